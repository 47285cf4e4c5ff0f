import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { ProjectForm } from "@/components/projects/project-form";
import {
  ArchiveProjectButton,
  RestoreProjectButton,
} from "@/components/projects/project-form-archive";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireGroupAccess } from "@/lib/auth/access";
import { getProjectForEdit, getProjectFormOptions } from "@/lib/projects/queries";
import { outdatedLanguages, projectFormValues } from "@/lib/projects/rules";
import { getDb } from "@/lib/server/db";

type Params = Promise<{ group: string; code: string }>;

function decode(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const t = await getTranslations("projectForm");
  return { title: t("editTitle", { code: decode((await params).code) ?? "" }) };
}

export default async function EditProjectPage({ params }: { params: Params }) {
  const { group: slug, code: segment } = await params;
  const { group } = await requireGroupAccess(slug, "project.manage");
  const code = decode(segment);
  const db = getDb();
  const project = code ? await getProjectForEdit(db, group.id, code) : null;
  if (!project) notFound();
  const [t, format, options] = await Promise.all([
    getTranslations(),
    getFormatter(),
    getProjectFormOptions(db, group.id, {
      areaId: project.areaId,
      contactIds: [project.contactNoId, project.contactRuId],
    }),
  ]);
  const projectHref = `/g/${slug}/projects/${encodeURIComponent(project.code)}`;
  return (
    <ClientMessages
      namespaces={[
        "projectForm",
        "projects",
        "fields",
        "status",
        "health",
        "validation",
        "errors",
        "languages",
        "sides",
        "delegations",
        "content",
      ]}
    >
      <div className="mx-auto max-w-6xl space-y-6">
        <PageHeader
          back={{ href: projectHref, label: t("projectForm.backToProject") }}
          title={t("projectForm.editTitle", { code: project.code })}
        />
        {project.archivedAt ? (
          <Card className="space-y-4">
            <Alert>
              {t("projectForm.archive.archivedNotice", {
                date: format.dateTime(project.archivedAt, { dateStyle: "long" }),
              })}
            </Alert>
            <RestoreProjectButton projectId={project.id} />
          </Card>
        ) : (
          <>
            <ProjectForm
              target={{ mode: "edit", projectId: project.id }}
              initial={projectFormValues(
                project,
                project.milestones,
                project.places.map((p) => p.place.key),
              )}
              options={options}
              outdated={outdatedLanguages(project.textEditedAt, project)}
              cancelHref={projectHref}
            />
            <Card aria-labelledby="archive-heading" className="space-y-3">
              <h2 id="archive-heading" className="text-base font-semibold">
                {t("projectForm.archive.heading")}
              </h2>
              <p className="text-sm text-muted">{t("projectForm.archive.body")}</p>
              <ArchiveProjectButton projectId={project.id} code={project.code} />
            </Card>
          </>
        )}
      </div>
    </ClientMessages>
  );
}

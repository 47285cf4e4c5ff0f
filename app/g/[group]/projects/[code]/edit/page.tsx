import { ChevronLeft } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
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
import { requireGroupAccess } from "@/lib/auth/access";
import { getProjectForEdit, getProjectFormOptions } from "@/lib/projects/queries";
import { projectFormValues } from "@/lib/projects/rules";
import { outdatedLanguages } from "@/lib/projects/translations";
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
        <header className="space-y-2">
          <Link
            href={projectHref}
            className="inline-flex items-center gap-1 text-sm text-accent-strong hover:underline"
          >
            <ChevronLeft aria-hidden className="size-4" />
            {t("projectForm.backToProject")}
          </Link>
          <h1 className="text-2xl font-semibold tracking-tight">
            {t("projectForm.editTitle", { code: project.code })}
          </h1>
        </header>
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
              initial={projectFormValues(project, project.milestones)}
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

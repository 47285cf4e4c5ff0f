import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { PROJECT_MESSAGES } from "@/components/page/messages";
import { PageFrame } from "@/components/page/page-frame";
import { ProjectForm } from "@/components/projects/project-form";
import {
  ArchiveProjectButton,
  RestoreProjectButton,
} from "@/components/projects/project-form-archive";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { requireGroupAccess } from "@/lib/auth/access";
import { decodeSegment, groupPage } from "@/lib/pages/page";
import { getProjectForEdit, getProjectFormOptions } from "@/lib/projects/queries";
import { outdatedLanguages, projectFormValues } from "@/lib/projects/rules";

type Params = Promise<{ group: string; code: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const t = await getTranslations("projectForm");
  return { title: t("editTitle", { code: decodeSegment((await params).code) ?? "" }) };
}

export default async function EditProjectPage({ params }: { params: Params }) {
  const { route, groupPath, group, t, db } = await groupPage(params, (s) =>
    requireGroupAccess(s, "project.manage"),
  );
  const code = decodeSegment(route.code);
  const project = code ? await getProjectForEdit(db, group.id, code) : null;
  if (!project) notFound();
  const [format, options] = await Promise.all([
    getFormatter(),
    getProjectFormOptions(db, group.id, {
      areaId: project.areaId,
      contactIds: [project.contactNoId, project.contactRuId],
    }),
  ]);
  const projectHref = `${groupPath}/projects/${encodeURIComponent(project.code)}`;
  return (
    <PageFrame
      messages={["projectForm", ...PROJECT_MESSAGES, "delegations"]}
      className="mx-auto max-w-6xl space-y-6"
      header={{
        back: { href: projectHref, label: t("projectForm.backToProject") },
        title: t("projectForm.editTitle", { code: project.code }),
      }}
    >
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
    </PageFrame>
  );
}

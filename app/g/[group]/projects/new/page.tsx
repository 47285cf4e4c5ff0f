import { PROJECT_MESSAGES } from "@/components/page/messages";
import { PageFrame } from "@/components/page/page-frame";
import { ProjectForm } from "@/components/projects/project-form";
import { Alert } from "@/components/ui/alert";
import { requireGroupAccess } from "@/lib/auth/access";
import { type GroupPageProps, groupPage, pageTitle } from "@/lib/pages/page";
import { getProjectFormOptions } from "@/lib/projects/queries";
import { emptyFormValues } from "@/lib/projects/rules";

export const generateMetadata = pageTitle("projectForm.newTitle");

export default async function NewProjectPage({ params }: Pick<GroupPageProps, "params">) {
  const { groupPath, group, t, db } = await groupPage(params, (s) =>
    requireGroupAccess(s, "project.manage"),
  );
  const options = await getProjectFormOptions(db, group.id);
  const listHref = `${groupPath}/projects`;
  return (
    <PageFrame
      messages={["projectForm", ...PROJECT_MESSAGES, "delegations"]}
      className="mx-auto max-w-6xl space-y-6"
      header={{
        back: { href: listHref, label: t("nav.projects") },
        title: t("projectForm.newTitle"),
        description: t("projectForm.newIntro"),
      }}
    >
      {options.areas.length ? (
        <ProjectForm
          target={{ mode: "create", groupId: group.id }}
          initial={emptyFormValues()}
          options={options}
          cancelHref={listHref}
        />
      ) : (
        <Alert>{t("projectForm.noAreas")}</Alert>
      )}
    </PageFrame>
  );
}

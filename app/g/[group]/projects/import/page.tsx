import { ClientMessages } from "@/components/i18n/client-messages";
import { PageFrame } from "@/components/page/page-frame";
import { ImportForm } from "@/components/spreadsheets/import-form";
import { ImportRules } from "@/components/spreadsheets/import-rules";
import { TemplateLinks } from "@/components/spreadsheets/template-links";
import { requireGroupAccess } from "@/lib/auth/access";
import { type GroupPageProps, groupPage, pageTitle } from "@/lib/pages/page";
import { MAX_FILE_BYTES } from "@/lib/spreadsheets/import/rules";

export const generateMetadata = pageTitle("spreadsheets.import.title");

export default async function ImportProjectsPage({ params }: Pick<GroupPageProps, "params">) {
  const { groupPath, group, t } = await groupPage(params, (s) =>
    requireGroupAccess(s, "project.import"),
  );
  const listHref = `${groupPath}/projects`;
  return (
    <PageFrame
      className="mx-auto max-w-5xl space-y-6"
      header={{
        back: { href: listHref, label: t("nav.projects") },
        title: t("spreadsheets.import.title"),
        description: t("spreadsheets.import.intro"),
        descriptionClassName: "max-w-prose",
      }}
    >
      <div className="grid gap-6 md:grid-cols-3">
        <ImportRules className="md:col-span-2" />
        <TemplateLinks basePath={`${listHref}/import/template`} />
      </div>
      <ClientMessages
        namespaces={["spreadsheets", "projectForm", "validation", "errors", "status", "health"]}
      >
        <ImportForm groupId={group.id} listHref={listHref} maxBytes={MAX_FILE_BYTES} />
      </ClientMessages>
    </PageFrame>
  );
}

import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { ImportForm } from "@/components/spreadsheets/import-form";
import { ImportRules } from "@/components/spreadsheets/import-rules";
import { TemplateLinks } from "@/components/spreadsheets/template-links";
import { PageHeader } from "@/components/ui/page-header";
import { requireGroupAccess } from "@/lib/auth/access";
import { MAX_FILE_BYTES } from "@/lib/spreadsheets/import/rules";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("spreadsheets.import"))("title") };
}

export default async function ImportProjectsPage({
  params,
}: {
  params: Promise<{ group: string }>;
}) {
  const { group: slug } = await params;
  const { group } = await requireGroupAccess(slug, "project.import");
  const t = await getTranslations();
  const listHref = `/g/${slug}/projects`;
  return (
    <div className="mx-auto max-w-5xl space-y-6">
      <PageHeader
        back={{ href: listHref, label: t("nav.projects") }}
        title={t("spreadsheets.import.title")}
        description={t("spreadsheets.import.intro")}
        descriptionClassName="max-w-prose"
      />
      <div className="grid gap-6 md:grid-cols-3">
        <ImportRules className="md:col-span-2" />
        <TemplateLinks basePath={`${listHref}/import/template`} />
      </div>
      <ClientMessages
        namespaces={["spreadsheets", "projectForm", "validation", "errors", "status", "health"]}
      >
        <ImportForm groupId={group.id} listHref={listHref} maxBytes={MAX_FILE_BYTES} />
      </ClientMessages>
    </div>
  );
}

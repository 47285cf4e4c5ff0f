import { ChevronLeft } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { ImportForm } from "@/components/spreadsheets/import-form";
import { ImportRules } from "@/components/spreadsheets/import-rules";
import { TemplateLinks } from "@/components/spreadsheets/template-links";
import { requireGroupAccess } from "@/lib/auth/access";
import { MAX_FILE_BYTES } from "@/lib/spreadsheets/read";

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
      <header className="space-y-2">
        <Link
          href={listHref}
          className="inline-flex items-center gap-1 text-sm text-accent-strong hover:underline"
        >
          <ChevronLeft aria-hidden className="size-4" />
          {t("nav.projects")}
        </Link>
        <h1 className="text-2xl font-semibold tracking-tight">{t("spreadsheets.import.title")}</h1>
        <p className="max-w-prose text-muted">{t("spreadsheets.import.intro")}</p>
      </header>
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

import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { ComingSoon } from "@/components/shell/coming-soon";
import { LocalizedText } from "@/components/ui/localized-text";
import { getDb } from "@/lib/db";
import { requireGroupAccess } from "@/lib/groups/guard";
import type { Locale } from "@/lib/i18n/locales";
import { localizedField, pickLocalized } from "@/lib/i18n/localized";
import { getProjectByCode } from "@/lib/projects/queries";

export default async function ProjectPage({
  params,
}: {
  params: Promise<{ group: string; code: string }>;
}) {
  const { group: slug, code } = await params;
  const { group } = await requireGroupAccess(slug);
  const project = await getProjectByCode(getDb(), group.id, decodeURIComponent(code));
  if (!project) notFound();
  const [t, locale] = await Promise.all([getTranslations(), getLocale() as Promise<Locale>]);
  const title = pickLocalized(localizedField(project, "title"), locale);
  return (
    <>
      <header className="mb-6 space-y-1">
        <p className="font-mono text-sm text-muted">{project.code}</p>
        <h1 className="text-2xl font-semibold tracking-tight">
          <LocalizedText value={title} />
        </h1>
      </header>
      <ComingSoon feature={t("coming.features.project")} />
    </>
  );
}

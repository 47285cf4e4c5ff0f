import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { TitledSection } from "@/components/ui/card";
import type { TranslationGap } from "@/lib/brief/rules";
import { pickLocalized } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/vocabulary";

/**
 * Before a meeting, for its coordinators: how many notes of the brief have no translation into
 * each side's language, and links to the projects concerned. Not printed.
 */
export async function TranslationGaps({
  gaps,
  projectsPath,
  locale,
}: {
  gaps: TranslationGap[];
  /** The group's project pages, e.g. /g/regional-cooperation/projects. */
  projectsPath: string;
  locale: Locale;
}) {
  const shown = gaps.filter((gap) => gap.count > 0);
  if (!shown.length) return null;
  const t = await getTranslations("brief.translationGaps");
  return (
    <TitledSection
      id="translation-gaps"
      title={t("heading")}
      className="mx-auto mb-6 max-w-[210mm] space-y-2 rounded-lg border border-warn/40 bg-warn-soft p-4 text-sm print:hidden"
    >
      {shown.map((gap) => (
        <div key={gap.locale} className="space-y-1">
          <p className="font-medium">{t("count", { count: gap.count, language: gap.locale })}</p>
          <p className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
            <span className="text-muted">{t("projects")}</span>
            {gap.projects.map((p) => {
              const title = pickLocalized(p.title, locale);
              return (
                <Link
                  key={p.code}
                  href={`${projectsPath}/${encodeURIComponent(p.code)}#history`}
                  className="inline-flex min-h-6 items-center text-accent-strong underline underline-offset-2"
                  prefetch={false}
                >
                  {p.code}
                  {title ? (
                    <span lang={title.lang === locale ? undefined : title.lang} className="sr-only">
                      {` ${title.text}`}
                    </span>
                  ) : null}
                </Link>
              );
            })}
          </p>
        </div>
      ))}
      <p className="text-muted">{t("hint")}</p>
    </TitledSection>
  );
}

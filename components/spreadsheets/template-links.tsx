import { Download } from "lucide-react";
import { useTranslations } from "next-intl";
import { TitledSection } from "@/components/ui/card";
import { LOCALES } from "@/lib/i18n/locales";

/** The import template in each language, as Excel and as CSV. */
export function TemplateLinks({ basePath }: { basePath: string }) {
  const t = useTranslations();
  const formats = [
    { format: "xlsx", label: t("spreadsheets.import.excel") },
    { format: "csv", label: t("spreadsheets.import.csv") },
  ] as const;
  return (
    <TitledSection
      id="import-template"
      title={t("spreadsheets.import.templateHeading")}
      className="space-y-2 rounded-lg border border-line bg-surface p-4"
      titleClassName="text-lg font-semibold"
    >
      <p className="text-sm text-muted">{t("spreadsheets.import.templateIntro")}</p>
      <ul className="space-y-1 text-sm">
        {LOCALES.flatMap((lang) =>
          formats.map(({ format, label }) => (
            <li key={`${lang}-${format}`}>
              <a
                href={`${basePath}/${format}?lang=${lang}`}
                download
                className="inline-flex items-center gap-1.5 text-accent-strong underline underline-offset-2"
              >
                <Download aria-hidden className="size-3.5 shrink-0" />
                {t("spreadsheets.import.templateLink", {
                  language: t(`languages.${lang}`),
                  format: label,
                })}
              </a>
            </li>
          )),
        )}
      </ul>
    </TitledSection>
  );
}

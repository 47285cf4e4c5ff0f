import { useTranslations } from "next-intl";
import { cn } from "@/lib/cn";
import { MAX_FILE_MB, MAX_ROWS } from "@/lib/spreadsheets/import/rules";

const RULES = ["headings", "values", "status", "formats", "formulas", "limits"] as const;

/** How a file is read: the rules an import applies, before the coordinator uploads. */
export function ImportRules({ className }: { className?: string }) {
  const t = useTranslations("spreadsheets.import");
  return (
    <section aria-labelledby="import-rules" className={cn("space-y-2", className)}>
      <h2 id="import-rules" className="text-lg font-semibold">
        {t("rulesHeading")}
      </h2>
      <ul className="list-disc space-y-1.5 pl-5 text-sm">
        {RULES.map((rule) => (
          <li key={rule}>{t(`rules.${rule}`, { size: MAX_FILE_MB, rows: MAX_ROWS })}</li>
        ))}
      </ul>
    </section>
  );
}

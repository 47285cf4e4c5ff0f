import { Download } from "lucide-react";
import { useTranslations } from "next-intl";

/** The project's status history as a spreadsheet. */
export function HistoryLinks({ basePath, code }: { basePath: string; code: string }) {
  const t = useTranslations("spreadsheets.export");
  const query = `?project=${encodeURIComponent(code)}`;
  return (
    <p className="no-print flex flex-wrap gap-x-4 text-sm">
      {(["csv", "xlsx"] as const).map((format) => (
        <a
          key={format}
          href={`${basePath}/export/history/${format}${query}`}
          download
          className="inline-flex min-h-6 items-center gap-1 py-0.5 text-accent-strong underline underline-offset-2"
        >
          <Download aria-hidden className="size-3.5" />
          {format === "csv" ? t("historyCsv") : t("historyXlsx")}
        </a>
      ))}
    </p>
  );
}

import { Download, FileUp } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { buttonClasses } from "@/components/ui/button";

/**
 * Downloads of the list as it is filtered (every page), of the group's status history, and —
 * for those who may — the way to the import.
 */
export function ExportLinks({
  basePath,
  query,
  canImport,
}: {
  /** The project list's path, e.g. /g/regional-cooperation/projects. */
  basePath: string;
  /** The list's filters as a query string ("?status=planned" or ""). */
  query: string;
  canImport: boolean;
}) {
  const t = useTranslations("spreadsheets");
  const links = [
    { href: `${basePath}/export/csv${query}`, label: t("export.listCsv"), hint: t("export.hint") },
    {
      href: `${basePath}/export/xlsx${query}`,
      label: t("export.listXlsx"),
      hint: t("export.hint"),
    },
    { href: `${basePath}/export/history/csv`, label: t("export.historyCsv") },
    { href: `${basePath}/export/history/xlsx`, label: t("export.historyXlsx") },
  ];
  return (
    <nav aria-label={t("export.heading")} className="no-print flex flex-wrap items-center gap-2">
      {links.map((link) => (
        <a
          key={link.href}
          href={link.href}
          download
          title={link.hint}
          className={buttonClasses("secondary", "sm")}
        >
          <Download aria-hidden className="size-3.5" />
          {link.label}
        </a>
      ))}
      {canImport ? (
        <Link href={`${basePath}/import`} className={buttonClasses("secondary", "sm")}>
          <FileUp aria-hidden className="size-3.5" />
          {t("import.open")}
        </Link>
      ) : null}
    </nav>
  );
}

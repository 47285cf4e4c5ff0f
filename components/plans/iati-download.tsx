import { FileCode } from "lucide-react";
import { useTranslations } from "next-intl";
import { buttonClasses } from "@/components/ui/button";
import { API_BASE } from "@/lib/api/rules";

/**
 * The plan's projects as an IATI 2.03 file (the API's export, with the reader's session), or —
 * until an administrator has set the organisation's IATI identifier — why it is not offered.
 */
export function IatiDownload({
  groupSlug,
  planNumber,
  configured,
}: {
  groupSlug: string;
  planNumber: number;
  configured: boolean;
}) {
  const t = useTranslations("plans.iati");
  if (!configured) return <p className="text-sm text-muted print:hidden">{t("notConfigured")}</p>;
  return (
    <div className="flex flex-wrap items-center gap-3 print:hidden">
      <a
        href={`${API_BASE}/groups/${encodeURIComponent(groupSlug)}/iati.xml?plan=${planNumber}`}
        download
        className={buttonClasses("secondary")}
      >
        <FileCode aria-hidden className="size-4" />
        {t("download")}
      </a>
      <span className="text-sm text-muted">{t("hint")}</span>
    </div>
  );
}

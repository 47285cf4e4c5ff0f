import Link from "next/link";
import { useTranslations } from "next-intl";
import type { AdminGroupRow } from "@/lib/admin/groups/types";
import type { Locale } from "@/lib/i18n/locales";

export function GroupTable({ rows, locale }: { rows: AdminGroupRow[]; locale: Locale }) {
  const t = useTranslations("admin.groups");
  const num = "px-3 py-2 text-right tabular-nums";
  return (
    <div className="overflow-x-auto rounded-lg border border-line bg-surface">
      <table className="w-full border-collapse text-sm">
        <caption className="sr-only">{t("caption")}</caption>
        <thead className="border-b border-line bg-canvas text-left text-xs font-semibold uppercase tracking-wide text-muted">
          <tr>
            <th scope="col" className="px-3 py-2">
              {t("columns.group")}
            </th>
            <th scope="col" className="hidden px-3 py-2 lg:table-cell">
              {t("columns.commission")}
            </th>
            <th scope="col" className={`hidden sm:table-cell ${num}`}>
              {t("columns.members")}
            </th>
            <th scope="col" className={num}>
              {t("columns.areas")}
            </th>
            <th scope="col" className={`hidden sm:table-cell ${num}`}>
              {t("columns.projects")}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-line">
          {rows.map((group) => (
            <tr key={group.id} className={group.archivedAt ? "bg-canvas/60" : undefined}>
              <th scope="row" className="px-3 py-2 text-left align-top font-normal">
                <Link
                  href={`/admin/groups/${group.id}`}
                  className="font-medium text-accent-strong underline-offset-2 hover:underline"
                >
                  {{ nb: group.nameNb, ru: group.nameRu, en: group.nameEn }[locale]}
                </Link>
                <div className="font-mono text-xs text-muted">{group.slug}</div>
                {group.archivedAt ? (
                  <span className="mt-1 inline-flex rounded border border-line bg-canvas px-1.5 py-0.5 text-xs font-medium">
                    {t("archivedBadge")}
                  </span>
                ) : null}
              </th>
              <td className="hidden px-3 py-2 align-top lg:table-cell">
                {{ nb: group.commissionNb, ru: group.commissionRu, en: group.commissionEn }[locale]}
              </td>
              <td className={`hidden align-top sm:table-cell ${num}`}>{group.members}</td>
              <td className={`align-top ${num}`}>{group.areas}</td>
              <td className={`hidden align-top sm:table-cell ${num}`}>{group.projects}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

import Link from "next/link";
import { useTranslations } from "next-intl";
import { DataTable, shownFrom } from "@/components/ui/data-table";
import type { AdminGroupRow } from "@/lib/admin/groups/types";
import type { Locale } from "@/lib/i18n/locales";

export function GroupTable({ rows, locale }: { rows: AdminGroupRow[]; locale: Locale }) {
  const t = useTranslations("admin.groups");
  const num = "text-right tabular-nums";
  return (
    <DataTable
      caption={t("caption")}
      columns={[
        { key: "group", label: t("columns.group") },
        { key: "commission", label: t("columns.commission"), from: "lg" },
        { key: "members", label: t("columns.members"), from: "sm", className: num },
        { key: "areas", label: t("columns.areas"), className: num },
        { key: "projects", label: t("columns.projects"), from: "sm", className: num },
      ]}
    >
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
          <td className={shownFrom("lg")}>
            {{ nb: group.commissionNb, ru: group.commissionRu, en: group.commissionEn }[locale]}
          </td>
          <td className={shownFrom("sm", num)}>{group.members}</td>
          <td className={num}>{group.areas}</td>
          <td className={shownFrom("sm", num)}>{group.projects}</td>
        </tr>
      ))}
    </DataTable>
  );
}

import { KeyRound, ShieldCheck } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { DataTable, shownFrom } from "@/components/ui/data-table";
import type { AdminUserRow, UserMembership } from "@/lib/admin/users/types";
import type { Locale } from "@/lib/i18n/locales";

function Groups({ memberships, locale }: { memberships: UserMembership[]; locale: Locale }) {
  const t = useTranslations();
  if (!memberships.length) return <span className="text-muted">{t("admin.users.noGroups")}</span>;
  return (
    <ul className="space-y-0.5">
      {memberships.map((m) => (
        <li key={m.groupId}>
          {{ nb: m.nameNb, ru: m.nameRu, en: m.nameEn }[locale]}
          <span className="text-muted"> · {t(`roles.${m.role}`)}</span>
          {m.archived ? (
            <span className="text-xs text-muted"> ({t("admin.groups.archivedBadge")})</span>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

export function StatusBadges({ user }: { user: AdminUserRow }) {
  const t = useTranslations("admin.users");
  return (
    <div className="flex flex-wrap gap-1.5">
      <span
        className={
          user.active
            ? "inline-flex items-center rounded border border-ok/40 bg-ok-soft px-1.5 py-0.5 text-xs font-medium"
            : "inline-flex items-center rounded border border-bad/40 bg-bad-soft px-1.5 py-0.5 text-xs font-medium"
        }
      >
        {user.active ? t("status.active") : t("status.deactivated")}
      </span>
      {user.isAdmin ? (
        <span className="inline-flex items-center gap-1 rounded border border-accent/40 bg-accent-soft px-1.5 py-0.5 text-xs font-medium">
          <ShieldCheck aria-hidden className="size-3.5" />
          {t("status.admin")}
        </span>
      ) : null}
      {user.mustChangePassword && user.active ? (
        <span className="inline-flex items-center gap-1 rounded border border-warn/40 bg-warn-soft px-1.5 py-0.5 text-xs font-medium text-warn">
          <KeyRound aria-hidden className="size-3.5" />
          {t("status.oneTimePassword")}
        </span>
      ) : null}
    </div>
  );
}

/** Users with their groups; secondary columns fold into the first one on narrow screens. */
export function UserTable({ rows, locale }: { rows: AdminUserRow[]; locale: Locale }) {
  const t = useTranslations();
  return (
    <DataTable
      caption={t("admin.users.caption")}
      columns={[
        { key: "user", label: t("admin.users.columns.user") },
        { key: "delegation", label: t("admin.users.columns.delegation"), from: "md" },
        { key: "language", label: t("admin.users.columns.language"), from: "lg" },
        { key: "groups", label: t("admin.users.columns.groups"), from: "sm" },
        { key: "status", label: t("admin.users.columns.status") },
      ]}
    >
      {rows.map((user) => (
        <tr key={user.id} className={user.active ? undefined : "bg-canvas/60"}>
          <td className="[overflow-wrap:anywhere]">
            <Link
              href={`/admin/users/${user.id}`}
              className="font-medium text-accent-strong underline-offset-2 hover:underline"
            >
              {user.name}
            </Link>
            <div className="text-xs text-muted">{user.email}</div>
            {user.position ? <div className="text-xs text-muted">{user.position}</div> : null}
            <div className="mt-1 space-y-1 text-xs md:hidden">
              <div>{t(`delegations.${user.delegation}`)}</div>
              <div className="sm:hidden">
                <Groups memberships={user.memberships} locale={locale} />
              </div>
            </div>
          </td>
          <td className={shownFrom("md")}>{t(`delegations.${user.delegation}`)}</td>
          <td className={shownFrom("lg")} lang={user.locale}>
            {t(`languages.${user.locale}`)}
          </td>
          <td className={shownFrom("sm")}>
            <Groups memberships={user.memberships} locale={locale} />
          </td>
          <td>
            <StatusBadges user={user} />
          </td>
        </tr>
      ))}
    </DataTable>
  );
}

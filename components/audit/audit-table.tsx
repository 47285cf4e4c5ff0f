import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { DataTable } from "@/components/ui/data-table";
import type { AuditRow } from "@/lib/audit/types";

type Snapshot = Record<string, unknown>;

const SECRET = /password|hash|secret|token|code/i;

function short(value: unknown): string {
  if (value === null || value === undefined || value === "") return "∅";
  const text = typeof value === "string" ? value : JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

/** An audit event in the reader's language: what was done, to what, and which fields changed how. */
export function AuditTable({
  rows,
  groupPath,
}: {
  rows: AuditRow[];
  groupPath: (slug: string) => string;
}) {
  const t = useTranslations();
  const format = useFormatter();
  const actionLabel = (code: string) => {
    const key = `auditLog.actions.${code}`;
    return t.has(key as "auditLog.title") ? t(key as "auditLog.title") : code;
  };
  const fieldLabel = (field: string) => {
    const key = `fields.${field}`;
    return t.has(key as "fields.code") ? t(key as "fields.code") : field;
  };
  const changes = (row: AuditRow) => {
    const before = (row.before ?? {}) as Snapshot;
    const after = (row.after ?? {}) as Snapshot;
    if (typeof before !== "object" || typeof after !== "object") return [];
    return [...new Set([...Object.keys(before), ...Object.keys(after)])]
      .filter(
        (key) => !SECRET.test(key) && JSON.stringify(before[key]) !== JSON.stringify(after[key]),
      )
      .map((key) => ({ key, before: before[key], after: after[key] }));
  };
  return (
    <DataTable
      caption={t("auditLog.caption")}
      columns={[
        { key: "when", label: t("auditLog.when") },
        { key: "who", label: t("auditLog.who") },
        { key: "what", label: t("auditLog.what") },
        { key: "changes", label: t("auditLog.changes") },
      ]}
    >
      {rows.map((row) => (
        <tr key={row.id}>
          <td className="whitespace-nowrap tabular-nums">
            {format.dateTime(row.at, { dateStyle: "medium", timeStyle: "medium" })}
          </td>
          <td>
            {row.actorName ?? <span className="italic text-muted">{t("auditLog.system")}</span>}
            {row.ip ? <div className="text-xs text-muted">{row.ip}</div> : null}
          </td>
          <td>
            <div className="font-medium">{actionLabel(row.action)}</div>
            <div className="text-xs text-muted">
              {row.projectCode && row.groupSlug ? (
                <Link
                  className="underline underline-offset-2"
                  href={`${groupPath(row.groupSlug)}/projects/${encodeURIComponent(row.projectCode)}`}
                >
                  {row.projectCode}
                </Link>
              ) : (
                <span className="font-mono">{row.action}</span>
              )}
            </div>
          </td>
          <td>
            <ul className="space-y-0.5">
              {changes(row).map((change) => (
                <li key={change.key}>
                  <span className="text-muted">{fieldLabel(change.key)}:</span>{" "}
                  {short(change.before)} → {short(change.after)}
                </li>
              ))}
            </ul>
          </td>
        </tr>
      ))}
    </DataTable>
  );
}

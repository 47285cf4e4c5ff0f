import Link from "next/link";
import { useTranslations } from "next-intl";
import { buttonClasses } from "@/components/ui/button";
import { Input, Select } from "@/components/ui/input";
import type { AuditFilters } from "@/lib/audit/input";
import { AUDIT_CATEGORIES } from "@/lib/audit/rules";
import type { AuditActor } from "@/lib/audit/types";

export function AuditFiltersForm({
  filters,
  actors,
  action,
  showProject,
}: {
  filters: AuditFilters;
  actors: AuditActor[];
  action: string;
  showProject: boolean;
}) {
  const t = useTranslations("auditLog");
  return (
    <search aria-label={t("filters")}>
      <form
        method="get"
        action={action}
        className="no-print flex flex-wrap items-end gap-3 rounded-lg border border-line bg-surface p-3"
      >
        <div className="space-y-1">
          <label htmlFor="audit-actor" className="block text-xs font-medium text-muted">
            {t("who")}
          </label>
          <Select id="audit-actor" name="actor" defaultValue={filters.actor ?? ""}>
            <option value="">{t("anyone")}</option>
            {actors.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </Select>
        </div>
        <div className="space-y-1">
          <label htmlFor="audit-action" className="block text-xs font-medium text-muted">
            {t("what")}
          </label>
          <Select id="audit-action" name="action" defaultValue={filters.action ?? ""}>
            <option value="">{t("anything")}</option>
            {AUDIT_CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {t(`categories.${c}`)}
              </option>
            ))}
          </Select>
        </div>
        {showProject ? (
          <div className="space-y-1">
            <label htmlFor="audit-project" className="block text-xs font-medium text-muted">
              {t("projectCode")}
            </label>
            <Input
              id="audit-project"
              name="project"
              defaultValue={filters.project ?? ""}
              className="w-32"
            />
          </div>
        ) : null}
        <button type="submit" className={buttonClasses("secondary")}>
          {t("apply")}
        </button>
        <Link href={action} className="text-sm text-accent underline">
          {t("clear")}
        </Link>
      </form>
    </search>
  );
}

import Link from "next/link";
import { useTranslations } from "next-intl";
import { buttonClasses } from "@/components/ui/button";
import { FilterField, FilterForm, FilterSelect } from "@/components/ui/filters";
import { Input } from "@/components/ui/input";
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
    <FilterForm label={t("filters")} action={action} className="flex flex-wrap items-end gap-3">
      <FilterSelect
        id="audit-actor"
        name="actor"
        label={t("who")}
        defaultValue={filters.actor ?? ""}
        all={t("anyone")}
        options={actors.map((a) => ({ value: a.id, label: a.name }))}
      />
      <FilterSelect
        id="audit-action"
        name="action"
        label={t("what")}
        defaultValue={filters.action ?? ""}
        all={t("anything")}
        options={AUDIT_CATEGORIES.map((c) => ({ value: c, label: t(`categories.${c}`) }))}
      />
      {showProject ? (
        <FilterField id="audit-project" label={t("projectCode")}>
          <Input
            id="audit-project"
            name="project"
            defaultValue={filters.project ?? ""}
            className="w-32"
          />
        </FilterField>
      ) : null}
      <button type="submit" className={buttonClasses("secondary")}>
        {t("apply")}
      </button>
      <Link href={action} className="text-sm text-accent underline">
        {t("clear")}
      </Link>
    </FilterForm>
  );
}

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
      {(
        [
          ["actor", t("who"), t("anyone"), actors.map((a) => ({ value: a.id, label: a.name }))],
          [
            "action",
            t("what"),
            t("anything"),
            AUDIT_CATEGORIES.map((c) => ({ value: c, label: t(`categories.${c}`) })),
          ],
        ] as const
      ).map(([name, label, all, options]) => (
        <FilterSelect
          key={name}
          id={`audit-${name}`}
          name={name}
          label={label}
          defaultValue={filters[name] ?? ""}
          all={all}
          options={options}
        />
      ))}
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

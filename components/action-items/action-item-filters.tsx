import { useTranslations } from "next-intl";
import {
  AreaSelect,
  ClearFilters,
  ListSearch,
  PlanSelect,
  SideSelect,
} from "@/components/projects/list-filters";
import { FilterForm, FilterSelect } from "@/components/ui/filters";
import { ACTION_ITEM_STATES, type ActionItemFilters } from "@/lib/action-items/input";
import type { Locale } from "@/lib/i18n/locales";
import { filtersToQuery } from "@/lib/projects/list/input";
import type { AreaOption, PlanOption } from "@/lib/projects/list/types";

interface Props {
  filters: ActionItemFilters;
  areas: AreaOption[];
  plans: PlanOption[];
  basePath: string;
  locale: Locale;
}

/**
 * Project filters the form has no control for (from dashboard links: status, overdue projects,
 * several areas, …) ride along as hidden fields, so changing the state keeps them; their chips
 * remove them.
 */
function carriedProjectFilters(filters: ActionItemFilters): [string, string][] {
  const { projects } = filters;
  const query = filtersToQuery({
    ...projects,
    q: "",
    area: projects.area.length > 1 ? projects.area : [],
    side: undefined,
    plan: undefined,
  });
  return [...new URLSearchParams(query.replace(/^\?/, ""))];
}

/**
 * A plain GET form: every filter lands in the URL, so a link reproduces the view. A choice
 * applies at once (SubmitOnChange); the button applies typed search text, and everything
 * without JavaScript.
 */
export function ActionItemFiltersForm({ filters, areas, plans, basePath, locale }: Props) {
  const t = useTranslations();
  const { projects } = filters;
  return (
    <FilterForm label={t("actionItems.filters")} action={basePath} className="space-y-3">
      <ListSearch id="item-filter-q" value={projects.q} />
      <div className="grid grid-cols-2 gap-3 lg:grid-cols-4">
        <FilterSelect
          id="item-filter-state"
          name="state"
          label={t("actionItems.stateLabel")}
          defaultValue={filters.state}
          options={ACTION_ITEM_STATES.map((state) => ({
            value: state,
            label: t(`actionItems.states.${state}`),
          }))}
          className="min-w-0"
        />
        <AreaSelect
          id="item-filter-area"
          value={projects.area.length === 1 ? projects.area[0] : ""}
          areas={areas}
          locale={locale}
          className="min-w-0"
        />
        <SideSelect id="item-filter-side" value={projects.side ?? ""} className="min-w-0" />
        <PlanSelect
          id="item-filter-plan"
          value={projects.plan?.toString() ?? ""}
          plans={plans}
          className="min-w-0"
        />
      </div>
      <fieldset className="flex flex-wrap items-center gap-x-4 gap-y-2">
        <legend className="sr-only">{t("projectList.show")}</legend>
        <label className="inline-flex items-center gap-2 text-sm">
          <input
            type="checkbox"
            name="owner"
            value="me"
            defaultChecked={filters.owner === "me"}
            className="size-4 accent-accent"
          />
          {t("actionItems.ownerMe")}
        </label>
        <label className="inline-flex items-center gap-2 text-sm">
          <input
            type="checkbox"
            name="general"
            value="1"
            defaultChecked={filters.general}
            className="size-4 accent-accent"
          />
          {t("actionItems.general")}
        </label>
        {carriedProjectFilters(filters).map(([name, value]) => (
          <input key={`${name}=${value}`} type="hidden" name={name} value={value} />
        ))}
        <ClearFilters href={basePath} />
      </fieldset>
    </FilterForm>
  );
}

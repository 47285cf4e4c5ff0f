import { useTranslations } from "next-intl";
import {
  AreaSelect,
  ClearFilters,
  ListSearch,
  PlanSelect,
  ScopeSelect,
  SideSelect,
} from "@/components/projects/list-filters";
import { FilterForm, FilterSelect } from "@/components/ui/filters";
import type { Locale } from "@/lib/i18n/locales";
import type { PlaceRef } from "@/lib/places/types";
import { type ProjectFilters, SORT_KEYS } from "@/lib/projects/list/input";
import type { AreaOption, PlanOption } from "@/lib/projects/list/types";
import { PROJECT_HEALTHS, PROJECT_STATUSES } from "@/lib/vocabulary";

interface Props {
  filters: ProjectFilters;
  areas: AreaOption[];
  plans: PlanOption[];
  /** The places of the group's projects (the place filter's choices). */
  places?: PlaceRef[];
  basePath: string;
  locale: Locale;
  /** The list's view, kept when the filters change ("map": the map of the filtered list). */
  view?: "list" | "map";
}

const CHECKS = ["mine", "overdue", "stale", "awaiting", "onesided", "archived"] as const;

/**
 * A plain GET form: every filter lands in the URL, so a link reproduces the view. A choice
 * applies at once (SubmitOnChange); the button applies typed search text, and everything
 * without JavaScript (styles: .filters).
 */
export function ProjectFiltersForm({
  filters,
  areas,
  plans,
  places = [],
  basePath,
  locale,
  view = "list",
}: Props) {
  const t = useTranslations();
  const single = (list: string[]) => (list.length === 1 ? list[0] : "");
  const statuses = PROJECT_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }));
  const healths = PROJECT_HEALTHS.map((h) => ({ value: h, label: t(`health.${h}`) }));
  return (
    <FilterForm label={t("projectList.filters")} action={basePath} className="filters">
      <ListSearch id="filter-q" value={filters.q} />
      <div className="sel">
        <AreaSelect id="filter-area" value={single(filters.area)} areas={areas} locale={locale} />
        {places.length ? (
          <ScopeSelect
            id="filter-place"
            name="place"
            label={t("map.filter")}
            value={single(filters.place)}
            options={[...places]
              .sort((a, b) => a.names[locale].localeCompare(b.names[locale], locale))
              .map((p) => ({ value: p.key, label: p.names[locale] }))}
          />
        ) : null}
        {(["status", "health"] as const).map((name) => (
          <ScopeSelect
            key={name}
            id={`filter-${name}`}
            name={name}
            label={t(`fields.${name}`)}
            value={single(filters[name])}
            options={name === "status" ? statuses : healths}
          />
        ))}
        <SideSelect id="filter-side" value={filters.side ?? ""} />
        <PlanSelect id="filter-plan" value={filters.plan?.toString() ?? ""} plans={plans} />
        <FilterSelect
          id="filter-sort"
          name="sort"
          label={t("projectList.sort")}
          defaultValue={filters.sort}
          options={SORT_KEYS.map((key) => ({ value: key, label: t(`projectList.sortBy.${key}`) }))}
        />
      </div>
      <fieldset>
        <legend className="sr-only">{t("projectList.show")}</legend>
        {CHECKS.map((key) => (
          <label key={key}>
            <input type="checkbox" name={key} value="1" defaultChecked={filters[key]} />
            {t(`projectList.only.${key}`)}
          </label>
        ))}
        {filters.dir === "desc" ? <input type="hidden" name="dir" value="desc" /> : null}
        {view === "map" ? <input type="hidden" name="view" value="map" /> : null}
        <ClearFilters href={basePath} />
      </fieldset>
    </FilterForm>
  );
}

import { Search } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { SubmitOnChange } from "@/components/forms/submit-on-change";
import { buttonClasses } from "@/components/ui/button";
import { Input, Select } from "@/components/ui/input";
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

function Labelled({
  id,
  label,
  children,
}: {
  id: string;
  label: string;
  children: React.ReactNode;
}) {
  return (
    <div>
      <label htmlFor={id}>{label}</label>
      {children}
    </div>
  );
}

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
  return (
    <search aria-label={t("projectList.filters")}>
      <form
        method="get"
        action={basePath}
        aria-label={t("projectList.filters")}
        className="no-print filters"
      >
        <div className="flex gap-2">
          <div className="relative flex-1">
            <label htmlFor="filter-q" className="sr-only">
              {t("projectList.search")}
            </label>
            <Search
              aria-hidden
              className="pointer-events-none absolute left-2.5 top-2.5 size-4 text-muted"
            />
            <Input
              id="filter-q"
              name="q"
              type="search"
              defaultValue={filters.q}
              placeholder={t("projectList.searchPlaceholder")}
              className="pl-8"
            />
          </div>
          <button type="submit" className={buttonClasses("secondary")}>
            {t("projectList.apply")}
          </button>
          <SubmitOnChange />
        </div>
        <div className="sel">
          <Labelled id="filter-area" label={t("fields.area")}>
            <Select id="filter-area" name="area" defaultValue={single(filters.area)}>
              <option value="">{t("projectList.all")}</option>
              {areas.map((a) => (
                <option key={a.id} value={a.id}>
                  {{ nb: a.nameNb, ru: a.nameRu, en: a.nameEn }[locale]}
                </option>
              ))}
            </Select>
          </Labelled>
          {places.length ? (
            <Labelled id="filter-place" label={t("map.filter")}>
              <Select id="filter-place" name="place" defaultValue={single(filters.place)}>
                <option value="">{t("projectList.all")}</option>
                {[...places]
                  .sort((a, b) => a.names[locale].localeCompare(b.names[locale], locale))
                  .map((p) => (
                    <option key={p.key} value={p.key}>
                      {p.names[locale]}
                    </option>
                  ))}
              </Select>
            </Labelled>
          ) : null}
          <Labelled id="filter-status" label={t("fields.status")}>
            <Select id="filter-status" name="status" defaultValue={single(filters.status)}>
              <option value="">{t("projectList.all")}</option>
              {PROJECT_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(`status.${s}`)}
                </option>
              ))}
            </Select>
          </Labelled>
          <Labelled id="filter-health" label={t("fields.health")}>
            <Select id="filter-health" name="health" defaultValue={single(filters.health)}>
              <option value="">{t("projectList.all")}</option>
              {PROJECT_HEALTHS.map((h) => (
                <option key={h} value={h}>
                  {t(`health.${h}`)}
                </option>
              ))}
            </Select>
          </Labelled>
          <Labelled id="filter-side" label={t("projectList.side")}>
            <Select id="filter-side" name="side" defaultValue={filters.side ?? ""}>
              <option value="">{t("projectList.all")}</option>
              <option value="NO">{t("sides.NO")}</option>
              <option value="RU">{t("sides.RU")}</option>
              <option value="both">{t("projectList.bothSides")}</option>
            </Select>
          </Labelled>
          <Labelled id="filter-plan" label={t("projectList.plan")}>
            <Select id="filter-plan" name="plan" defaultValue={filters.plan?.toString() ?? ""}>
              <option value="">{t("projectList.all")}</option>
              {plans.map((p) => (
                <option key={p.number} value={p.number}>
                  {t("projectList.planOption", {
                    number: p.number,
                    start: String(p.periodStart),
                    end: String(p.periodEnd),
                    state: t(`projectList.planState.${p.state}`),
                  })}
                </option>
              ))}
            </Select>
          </Labelled>
          <Labelled id="filter-sort" label={t("projectList.sort")}>
            <Select id="filter-sort" name="sort" defaultValue={filters.sort}>
              {SORT_KEYS.map((key) => (
                <option key={key} value={key}>
                  {t(`projectList.sortBy.${key}`)}
                </option>
              ))}
            </Select>
          </Labelled>
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
          <Link
            href={basePath}
            className="ml-auto inline-flex min-h-6 items-center text-sm text-accent underline"
          >
            {t("projectList.clear")}
          </Link>
        </fieldset>
      </form>
    </search>
  );
}

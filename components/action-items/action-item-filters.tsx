import { Search } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { SubmitOnChange } from "@/components/forms/submit-on-change";
import { buttonClasses } from "@/components/ui/button";
import { Input, Select } from "@/components/ui/input";
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

function Labelled({ id, label, children }: { id: string; label: string; children: ReactNode }) {
  return (
    <div className="min-w-0 space-y-1">
      <label htmlFor={id} className="block text-xs font-medium text-muted">
        {label}
      </label>
      {children}
    </div>
  );
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
    <search aria-label={t("actionItems.filters")}>
      <form
        method="get"
        action={basePath}
        aria-label={t("actionItems.filters")}
        className="no-print space-y-3 rounded-lg border border-line bg-surface p-3"
      >
        <div className="flex gap-2">
          <div className="relative min-w-0 flex-1">
            <label htmlFor="item-filter-q" className="sr-only">
              {t("projectList.search")}
            </label>
            <Search
              aria-hidden
              className="pointer-events-none absolute left-2.5 top-2.5 size-4 text-muted"
            />
            <Input
              id="item-filter-q"
              name="q"
              type="search"
              defaultValue={projects.q}
              placeholder={t("projectList.searchPlaceholder")}
              className="pl-8"
            />
          </div>
          <button type="submit" className={buttonClasses("secondary")}>
            {t("projectList.apply")}
          </button>
          <SubmitOnChange />
        </div>
        <div className="grid grid-cols-2 gap-3 lg:grid-cols-4">
          <Labelled id="item-filter-state" label={t("actionItems.stateLabel")}>
            <Select id="item-filter-state" name="state" defaultValue={filters.state}>
              {ACTION_ITEM_STATES.map((state) => (
                <option key={state} value={state}>
                  {t(`actionItems.states.${state}`)}
                </option>
              ))}
            </Select>
          </Labelled>
          <Labelled id="item-filter-area" label={t("fields.area")}>
            <Select
              id="item-filter-area"
              name="area"
              defaultValue={projects.area.length === 1 ? projects.area[0] : ""}
            >
              <option value="">{t("projectList.all")}</option>
              {areas.map((a) => (
                <option key={a.id} value={a.id}>
                  {{ nb: a.nameNb, ru: a.nameRu, en: a.nameEn }[locale]}
                </option>
              ))}
            </Select>
          </Labelled>
          <Labelled id="item-filter-side" label={t("projectList.side")}>
            <Select id="item-filter-side" name="side" defaultValue={projects.side ?? ""}>
              <option value="">{t("projectList.all")}</option>
              <option value="NO">{t("sides.NO")}</option>
              <option value="RU">{t("sides.RU")}</option>
              <option value="both">{t("projectList.bothSides")}</option>
            </Select>
          </Labelled>
          <Labelled id="item-filter-plan" label={t("projectList.plan")}>
            <Select
              id="item-filter-plan"
              name="plan"
              defaultValue={projects.plan?.toString() ?? ""}
            >
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

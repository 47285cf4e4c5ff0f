import Link from "next/link";
import { useTranslations } from "next-intl";
import { SubmitOnChange } from "@/components/forms/submit-on-change";
import { buttonClasses } from "@/components/ui/button";
import { type FilterOption, FilterSelect, SearchBox } from "@/components/ui/filters";
import type { Locale } from "@/lib/i18n/locales";
import type { AreaOption, PlanOption } from "@/lib/projects/list/types";

interface SelectProps {
  id: string;
  value: string | undefined;
  /** The wrapper's layout in its form. */
  className?: string;
}

/**
 * The search row of a list filtered by project: the text applies with the button (or Enter),
 * every other control of the form at once (SubmitOnChange).
 */
export function ListSearch({ id, value }: { id: string; value: string }) {
  const t = useTranslations("projectList");
  return (
    <div className="flex gap-2">
      <SearchBox
        id={id}
        label={t("search")}
        hideLabel
        defaultValue={value}
        placeholder={t("searchPlaceholder")}
      />
      <button type="submit" className={buttonClasses("secondary")}>
        {t("apply")}
      </button>
      <SubmitOnChange />
    </div>
  );
}

/**
 * The choices the lists filtered by project share (projects, action items, the dashboard):
 * cooperation areas, sides and plans, each labelled as everywhere else.
 */
function areaOptions(areas: AreaOption[], locale: Locale): FilterOption[] {
  return areas.map((a) => ({
    value: a.id,
    label: { nb: a.nameNb, ru: a.nameRu, en: a.nameEn }[locale],
  }));
}

/** Norwegian side, Russian side, both sides. */
function useSideOptions(): FilterOption[] {
  const t = useTranslations();
  return [
    { value: "NO", label: t("sides.NO") },
    { value: "RU", label: t("sides.RU") },
    { value: "both", label: t("projectList.bothSides") },
  ];
}

/** "Plan 3 (2024–2026, approved)" for each plan. */
export function usePlanOptions(plans: PlanOption[]): FilterOption[] {
  const t = useTranslations();
  return plans.map((p) => ({
    value: p.number,
    label: t("projectList.planOption", {
      number: p.number,
      start: String(p.periodStart),
      end: String(p.periodEnd),
      state: t(`projectList.planState.${p.state}`),
    }),
  }));
}

/** A filter of the lists filtered by project: its "All" choice filters nothing. */
export function ScopeSelect({
  id,
  value,
  className,
  ...select
}: SelectProps & { name: string; label: string; options: FilterOption[] }) {
  const t = useTranslations("projectList");
  return (
    <FilterSelect {...select} id={id} defaultValue={value} all={t("all")} className={className} />
  );
}

/** The cooperation area filter (name "area"). */
export function AreaSelect({
  areas,
  locale,
  ...props
}: SelectProps & { areas: AreaOption[]; locale: Locale }) {
  const t = useTranslations("fields");
  return (
    <ScopeSelect {...props} name="area" label={t("area")} options={areaOptions(areas, locale)} />
  );
}

/** The side filter (name "side"): Norwegian, Russian or both sides. */
export function SideSelect(props: SelectProps) {
  const t = useTranslations("projectList");
  return <ScopeSelect {...props} name="side" label={t("side")} options={useSideOptions()} />;
}

/** The plan filter (name "plan", the plan's number). */
export function PlanSelect({ plans, ...props }: SelectProps & { plans: PlanOption[] }) {
  const t = useTranslations("projectList");
  return <ScopeSelect {...props} name="plan" label={t("plan")} options={usePlanOptions(plans)} />;
}

/** Back to the list unfiltered. */
export function ClearFilters({ href }: { href: string }) {
  const t = useTranslations("projectList");
  return (
    <Link
      href={href}
      className="ml-auto inline-flex min-h-6 items-center text-sm text-accent underline"
    >
      {t("clear")}
    </Link>
  );
}

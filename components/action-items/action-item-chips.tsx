import { X } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import {
  type ActionItemFilters,
  type ActionItemFiltersInput,
  actionItemFiltersToQuery,
} from "@/lib/action-items/input";
import type { Locale } from "@/lib/i18n/locales";
import type { ProjectFilters } from "@/lib/projects/list/input";
import type { AreaOption } from "@/lib/projects/list/types";

interface Chip {
  key: string;
  label: string;
  without: ActionItemFiltersInput;
}

/** Every active filter as a removable chip, including those the form cannot show (from dashboard links). */
export function ActionItemChips({
  filters,
  areas,
  basePath,
  locale,
}: {
  filters: ActionItemFilters;
  areas: AreaOption[];
  basePath: string;
  locale: Locale;
}) {
  const t = useTranslations();
  const { projects } = filters;
  const chips: Chip[] = [];
  const project = (key: string, label: string, without: Partial<ProjectFilters>) =>
    chips.push({ key, label, without: { projects: { ...projects, ...without } } });

  if (filters.state !== "open")
    chips.push({
      key: "state",
      label: t(`actionItems.stateChips.${filters.state}`),
      without: { state: "open" },
    });
  if (filters.owner === "me")
    chips.push({ key: "owner", label: t("actionItems.ownerMe"), without: { owner: undefined } });
  if (filters.general)
    chips.push({ key: "general", label: t("actionItems.general"), without: { general: false } });
  if (projects.q) project("q", t("projectList.searchChip", { q: projects.q }), { q: "" });
  for (const id of projects.area) {
    const area = areas.find((a) => a.id === id);
    if (area)
      project(`area-${id}`, { nb: area.nameNb, ru: area.nameRu, en: area.nameEn }[locale], {
        area: projects.area.filter((a) => a !== id),
      });
  }
  for (const s of projects.status)
    project(`status-${s}`, t(`status.${s}`), {
      status: projects.status.filter((x) => x !== s),
    });
  for (const h of projects.health)
    project(`health-${h}`, t(`health.${h}`), {
      health: projects.health.filter((x) => x !== h),
    });
  if (projects.side)
    project(
      "side",
      projects.side === "both" ? t("projectList.bothSides") : t(`sides.${projects.side}`),
      { side: undefined },
    );
  if (projects.plan !== undefined)
    project("plan", t("projectList.planChip", { number: projects.plan }), { plan: undefined });
  // Yes/no project filters (mine, overdue, stale, …): whichever the project list knows.
  for (const [key, value] of Object.entries(projects)) {
    const message = `projectList.only.${key}` as const;
    if (value === true && t.has(message as never))
      project(key, t("actionItems.projectChip", { filter: t(message as never) }), {
        [key]: false,
      });
  }

  if (!chips.length) return null;
  return (
    <ul aria-label={t("projectList.activeFilters")} className="no-print flex flex-wrap gap-2">
      {chips.map((chip) => (
        <li key={chip.key} className="min-w-0 max-w-full">
          <Link
            href={`${basePath}${actionItemFiltersToQuery({ ...filters, page: 1, ...chip.without })}`}
            className="inline-flex max-w-full items-center gap-1 rounded-full border border-line bg-surface px-2.5 py-0.5 text-sm hover:border-accent"
          >
            <span className="truncate">{chip.label}</span>
            <X aria-hidden className="size-3.5 shrink-0" />
            <span className="sr-only">{t("projectList.removeFilter")}</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}

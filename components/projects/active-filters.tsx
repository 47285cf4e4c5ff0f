import { X } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import type { Locale } from "@/lib/i18n/locales";
import type { PlaceRef } from "@/lib/places/types";
import { filtersToQuery, type ProjectFilters } from "@/lib/projects/list/input";
import type { AreaOption } from "@/lib/projects/list/types";

/** Every active filter as a removable chip, including combinations the form cannot show (from dashboard links). */
export function ActiveFilters({
  filters,
  areas,
  places = [],
  basePath,
  locale,
}: {
  filters: ProjectFilters;
  areas: AreaOption[];
  /** The places of `?place=`, for their names (an unknown key shows as itself). */
  places?: PlaceRef[];
  basePath: string;
  locale: Locale;
}) {
  const t = useTranslations();
  const chips: { key: string; label: string; without: Partial<ProjectFilters> }[] = [];
  const base = { ...filters, page: 1 };
  if (filters.q)
    chips.push({
      key: "q",
      label: t("projectList.searchChip", { q: filters.q }),
      without: { q: "" },
    });
  for (const id of filters.area) {
    const area = areas.find((a) => a.id === id);
    if (area)
      chips.push({
        key: `area-${id}`,
        label: { nb: area.nameNb, ru: area.nameRu, en: area.nameEn }[locale],
        without: { area: filters.area.filter((a) => a !== id) },
      });
  }
  for (const key of filters.place)
    chips.push({
      key: `place-${key}`,
      label: t("map.placeChip", {
        name: places.find((p) => p.key === key)?.names[locale] ?? key,
      }),
      without: { place: filters.place.filter((p) => p !== key) },
    });
  for (const s of filters.status)
    chips.push({
      key: `status-${s}`,
      label: t(`status.${s}`),
      without: { status: filters.status.filter((x) => x !== s) },
    });
  for (const h of filters.health)
    chips.push({
      key: `health-${h}`,
      label: t(`health.${h}`),
      without: { health: filters.health.filter((x) => x !== h) },
    });
  if (filters.side)
    chips.push({
      key: "side",
      label: filters.side === "both" ? t("projectList.bothSides") : t(`sides.${filters.side}`),
      without: { side: undefined },
    });
  if (filters.plan !== undefined)
    chips.push({
      key: "plan",
      label: t("projectList.planChip", { number: filters.plan }),
      without: { plan: undefined },
    });
  for (const key of ["mine", "overdue", "stale", "awaiting", "onesided", "archived"] as const) {
    if (filters[key])
      chips.push({ key, label: t(`projectList.only.${key}`), without: { [key]: false } });
  }
  if (!chips.length) return null;
  return (
    <ul aria-label={t("projectList.activeFilters")} className="no-print flex flex-wrap gap-2">
      {chips.map((chip) => (
        <li key={chip.key}>
          <Link
            href={`${basePath}${filtersToQuery({ ...base, ...chip.without })}`}
            className="inline-flex items-center gap-1 rounded-full border border-line bg-surface px-2.5 py-0.5 text-sm hover:border-accent"
          >
            {chip.label}
            <X aria-hidden className="size-3.5" />
            <span className="sr-only">{t("projectList.removeFilter")}</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}

"use client";

import { useLocale, useTranslations } from "next-intl";
import { Icon } from "@/components/ui/icon";
import type { FigureTotals } from "@/lib/dashboard/types";
import { PROJECT_HEALTHS, PROJECT_STATUSES } from "@/lib/vocabulary";
import { AREA_PLACEHOLDER, type FigureHrefs } from "./area-hrefs";
import { lookOf } from "./icon-legend";
import { STATUS_COLORS } from "./palette";

/** An area's counts (or the group's, with `areaId` null), as the dashboard query returns them. */
export interface AreaRow {
  areaId: string | null;
  name: string;
  counts: Omit<FigureTotals, "healthUnrated">;
}

export type FlagKind = "overdue" | "stale" | "onesided" | "awaiting";

/**
 * Formatted figure labels ("Miljø: Pågår: 33 prosjekter" needs a plural rule), kept across
 * renders: the same counts come back request after request, and formatting some two hundred
 * of them anew took longer than the rest of the table.
 */
const labels = new Map<string, string>();
const KEPT = 5000;
function remembered(id: string, format: () => string): string {
  let text = labels.get(id);
  if (text === undefined) {
    if (labels.size >= KEPT) labels.clear();
    text = format();
    labels.set(id, text);
  }
  return text;
}

/** The cells of the dashboard's area table: rendered here from the counts (styles: .atable). */
export function AreaRows({
  rows,
  hrefs,
  labels: columns,
}: {
  rows: AreaRow[];
  hrefs: FigureHrefs;
  /** Column names, for the narrow-screen cards. */
  labels: Record<"projects" | "status" | "health" | "progress" | FlagKind | "actions", string>;
}) {
  const translate = useTranslations();
  const locale = useLocale();
  const t = (key: string, values: Record<string, string | number>) =>
    remembered(`${locale}|${key}|${JSON.stringify(values)}`, () =>
      translate(key as never, values as never),
    );
  const statusName = Object.fromEntries(PROJECT_STATUSES.map((s) => [s, t(`status.${s}`, {})]));
  const healthName = Object.fromEntries(PROJECT_HEALTHS.map((h) => [h, t(`health.${h}`, {})]));
  return (
    <tbody>
      {rows.map(({ areaId, name, counts }) => {
        const href = (kind: string) =>
          areaId
            ? (hrefs.area[kind] ?? "").replace(AREA_PLACEHOLDER, areaId)
            : (hrefs.group[kind] ?? "");
        const fig = (kind: string, value: number, label: string, children?: React.ReactNode) => (
          <a
            key={kind}
            href={href(kind)}
            aria-label={`${name}: ${label}`}
            data-figure={kind}
            className={value === 0 ? "fig zero" : "fig"}
          >
            {children ?? value}
          </a>
        );
        // A status or health count: its icon, in its colour, and the number.
        const iconFig = (kind: "status" | "health", key: string, count: number, word: string) => {
          const { icon, color } = lookOf(kind, key);
          return fig(
            `${kind}:${key}`,
            count,
            t(`dashboard.figure.${kind}`, { [kind]: word, count }),
            <>
              <Icon name={icon} color={color} />
              {count}
            </>,
          );
        };
        const flag = (kind: FlagKind) =>
          fig(kind, counts[kind], t(`dashboard.figure.${kind}`, { count: counts[kind] }));
        const mix = PROJECT_STATUSES.filter((s) => counts.status[s] > 0);
        return (
          <tr key={areaId ?? "total"} className={areaId ? "area" : "total"}>
            <th scope="row">{name}</th>
            <td data-label={columns.projects}>
              {fig(
                "total",
                counts.total,
                t("dashboard.figure.total", { count: counts.total }),
                t("dashboard.figure.total", { count: counts.total }),
              )}
            </td>
            <td data-label={columns.status}>
              <span className="block">
                {counts.total ? (
                  <span aria-hidden className="mix">
                    {mix.map((s) => (
                      <span
                        key={s}
                        style={{
                          width: `${((counts.status[s] / counts.total) * 100).toFixed(1)}%`,
                          background: STATUS_COLORS[s],
                        }}
                      />
                    ))}
                  </span>
                ) : null}
                <span className="figs">
                  {mix.map((s) => iconFig("status", s, counts.status[s], statusName[s] ?? s))}
                </span>
              </span>
            </td>
            <td data-label={columns.health}>
              <span className="figs">
                {PROJECT_HEALTHS.filter((h) => counts.health[h] > 0).map((h) =>
                  iconFig("health", h, counts.health[h], healthName[h] ?? h),
                )}
              </span>
            </td>
            <td data-label={columns.progress}>
              {counts.total ? `${Math.round(counts.progressSum / counts.total)} %` : "–"}
            </td>
            <td data-label={columns.overdue}>{flag("overdue")}</td>
            <td data-label={columns.stale}>{flag("stale")}</td>
            <td data-label={columns.onesided}>{flag("onesided")}</td>
            <td data-label={columns.awaiting}>{flag("awaiting")}</td>
            <td data-label={columns.actions}>
              <span className="whitespace-nowrap">
                <a
                  href={href("actions:open")}
                  aria-label={`${name}: ${t("dashboard.figure.openActions", { count: counts.openActions })}`}
                  className="fig"
                >
                  {counts.openActions}
                </a>
                {counts.overdueActions > 0 ? (
                  <>
                    {" · "}
                    <a
                      href={href("actions:overdue")}
                      aria-label={`${name}: ${t("dashboard.figure.overdueActions", { count: counts.overdueActions })}`}
                      className="fig late"
                    >
                      {t("dashboard.overdueShort", { count: counts.overdueActions })}
                    </a>
                  </>
                ) : null}
              </span>
            </td>
          </tr>
        );
      })}
    </tbody>
  );
}

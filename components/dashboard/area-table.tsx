import Link from "next/link";
import { useTranslations } from "next-intl";
import { HEALTH_ICONS, STATUS_ICONS } from "@/components/projects/badges";
import { PROJECT_HEALTHS, PROJECT_STATUSES } from "@/db/schema/enums";
import type { AreaFigures, sumFigures } from "@/lib/dashboard/area-figures";
import { averageProgress, type ProjectCounts } from "@/lib/dashboard/figures";
import type { Locale } from "@/lib/i18n/locales";
import { FigureLink, type FigureScope } from "./figure-link";
import { HEALTH_COLORS, STATUS_COLORS } from "./palette";

type Row = {
  areaId: string | null;
  name: string;
  counts: ProjectCounts & { openActions: number; overdueActions: number };
};

/** A thin bar of the status mix; the linked counts next to it carry the meaning. */
function MixBar({ parts }: { parts: { key: string; value: number; color: string }[] }) {
  const total = parts.reduce((sum, p) => sum + p.value, 0);
  if (!total) return null;
  return (
    <span
      aria-hidden
      className="mb-1 flex h-1.5 w-full min-w-24 overflow-hidden rounded-full bg-line"
    >
      {parts.map((p) =>
        p.value ? (
          <span key={p.key} style={{ width: `${(p.value / total) * 100}%`, background: p.color }} />
        ) : null,
      )}
    </span>
  );
}

export function AreaTable({
  areas,
  totals,
  scope,
  locale,
  actionsHref,
}: {
  areas: AreaFigures[];
  totals: ReturnType<typeof sumFigures>;
  scope: FigureScope;
  locale: Locale;
  actionsHref: (state: "open" | "overdue", general?: boolean, areaId?: string) => string;
}) {
  const t = useTranslations();
  const rows: Row[] = [
    ...areas.map((a) => ({ areaId: a.areaId, name: a.name[locale], counts: a })),
    { areaId: null, name: t("dashboard.total"), counts: totals },
  ];
  const cell =
    "px-3 py-2 align-top max-md:flex max-md:justify-between max-md:gap-3 max-md:px-0 max-md:py-1 max-md:before:text-muted max-md:before:content-[attr(data-label)]";
  return (
    <table className="w-full border-collapse text-sm max-md:block">
      <caption className="sr-only">{t("dashboard.areaTableCaption")}</caption>
      <thead className="border-b border-line text-left text-xs font-semibold uppercase tracking-wide text-muted max-md:hidden">
        <tr className="[&_th]:px-3 [&_th]:py-2">
          <th scope="col">{t("fields.area")}</th>
          <th scope="col">{t("dashboard.columns.projects")}</th>
          <th scope="col">{t("fields.status")}</th>
          <th scope="col">{t("fields.health")}</th>
          <th scope="col">{t("dashboard.columns.progress")}</th>
          <th scope="col">{t("dashboard.columns.overdue")}</th>
          <th scope="col">{t("dashboard.columns.stale")}</th>
          <th scope="col">{t("dashboard.columns.onesided")}</th>
          <th scope="col">{t("dashboard.columns.awaiting")}</th>
          <th scope="col">{t("dashboard.columns.actions")}</th>
        </tr>
      </thead>
      <tbody className="divide-y divide-line max-md:block max-md:divide-y-0 max-md:space-y-3">
        {rows.map(({ areaId, name, counts }) => {
          const fig = (kind: "overdue" | "stale" | "onesided" | "awaiting") => (
            <FigureLink
              scope={scope}
              areaId={areaId}
              kind={kind}
              value={counts[kind]}
              label={`${name}: ${t(`dashboard.figure.${kind}`, { count: counts[kind] })}`}
            />
          );
          const average = averageProgress(counts);
          return (
            <tr
              key={areaId ?? "total"}
              className={
                areaId
                  ? "max-md:block max-md:rounded-lg max-md:border max-md:border-line max-md:bg-surface max-md:p-3"
                  : "border-t-2 border-line font-semibold max-md:block max-md:rounded-lg max-md:border-2 max-md:bg-surface max-md:p-3"
              }
            >
              <th
                scope="row"
                className="px-3 py-2 text-left align-top font-medium max-md:block max-md:px-0 max-md:pb-2 max-md:text-base"
              >
                {name}
              </th>
              <td className={cell} data-label={t("dashboard.columns.projects")}>
                <FigureLink
                  scope={scope}
                  areaId={areaId}
                  kind="total"
                  value={counts.total}
                  label={`${name}: ${t("dashboard.figure.total", { count: counts.total })}`}
                >
                  {t("dashboard.figure.total", { count: counts.total })}
                </FigureLink>
              </td>
              <td className={cell} data-label={t("fields.status")}>
                <span className="block">
                  <MixBar
                    parts={PROJECT_STATUSES.map((s) => ({
                      key: s,
                      value: counts.status[s],
                      color: STATUS_COLORS[s],
                    }))}
                  />
                  <span className="flex flex-wrap gap-x-2.5 gap-y-0.5">
                    {PROJECT_STATUSES.filter((s) => counts.status[s] > 0).map((s) => {
                      const Icon = STATUS_ICONS[s];
                      return (
                        <FigureLink
                          key={s}
                          scope={scope}
                          areaId={areaId}
                          kind={`status:${s}`}
                          value={counts.status[s]}
                          label={`${name}: ${t("dashboard.figure.status", { status: t(`status.${s}`), count: counts.status[s] })}`}
                          className="inline-flex items-center gap-0.5 whitespace-nowrap"
                        >
                          <Icon
                            aria-hidden
                            className="size-3.5"
                            style={{ color: STATUS_COLORS[s] }}
                          />
                          {counts.status[s]}
                        </FigureLink>
                      );
                    })}
                  </span>
                </span>
              </td>
              <td className={cell} data-label={t("fields.health")}>
                <span className="flex flex-wrap gap-x-2.5 gap-y-0.5">
                  {PROJECT_HEALTHS.filter((h) => counts.health[h] > 0).map((h) => {
                    const Icon = HEALTH_ICONS[h];
                    return (
                      <FigureLink
                        key={h}
                        scope={scope}
                        areaId={areaId}
                        kind={`health:${h}`}
                        value={counts.health[h]}
                        label={`${name}: ${t("dashboard.figure.health", { health: t(`health.${h}`), count: counts.health[h] })}`}
                        className="inline-flex items-center gap-0.5 whitespace-nowrap"
                      >
                        <Icon
                          aria-hidden
                          className="size-3.5"
                          style={{ color: HEALTH_COLORS[h] }}
                        />
                        {counts.health[h]}
                      </FigureLink>
                    );
                  })}
                </span>
              </td>
              <td className={cell} data-label={t("dashboard.columns.progress")}>
                {average === null ? "–" : `${average} %`}
              </td>
              <td className={cell} data-label={t("dashboard.columns.overdue")}>
                {fig("overdue")}
              </td>
              <td className={cell} data-label={t("dashboard.columns.stale")}>
                {fig("stale")}
              </td>
              <td className={cell} data-label={t("dashboard.columns.onesided")}>
                {fig("onesided")}
              </td>
              <td className={cell} data-label={t("dashboard.columns.awaiting")}>
                {fig("awaiting")}
              </td>
              <td className={cell} data-label={t("dashboard.columns.actions")}>
                <span className="whitespace-nowrap">
                  <Link
                    href={actionsHref("open", false, areaId ?? undefined)}
                    aria-label={`${name}: ${t("dashboard.figure.openActions", { count: counts.openActions })}`}
                    className="tabular-nums underline decoration-line underline-offset-2"
                  >
                    {counts.openActions}
                  </Link>
                  {counts.overdueActions > 0 ? (
                    <>
                      {" · "}
                      <Link
                        href={actionsHref("overdue", false, areaId ?? undefined)}
                        aria-label={`${name}: ${t("dashboard.figure.overdueActions", { count: counts.overdueActions })}`}
                        className="tabular-nums text-bad underline decoration-line underline-offset-2"
                      >
                        {t("dashboard.overdueShort", { count: counts.overdueActions })}
                      </Link>
                    </>
                  ) : null}
                </span>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

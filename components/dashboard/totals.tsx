import Link from "next/link";
import { useTranslations } from "next-intl";
import { averageProgress } from "@/lib/dashboard/rules";
import type { DashboardFrame, FigureTotals } from "@/lib/dashboard/types";
import { FigureLink, type FigureScope } from "./figure-link";

function Card({
  label,
  children,
  hint,
}: {
  label: string;
  children: React.ReactNode;
  hint?: React.ReactNode;
}) {
  return (
    <div className="rounded-lg border border-line bg-surface p-3">
      <p className="text-xs font-medium uppercase tracking-wide text-muted">{label}</p>
      <p className="mt-1 text-2xl font-semibold">{children}</p>
      {hint ? <p className="mt-0.5 text-xs text-muted">{hint}</p> : null}
    </div>
  );
}

/** The group's headline figures; each count opens the projects behind it. */
export function DashboardTotals({
  totals,
  scope,
  actionsHref,
  general,
}: {
  totals: FigureTotals;
  scope: FigureScope;
  actionsHref: (state: "open" | "overdue", general?: boolean) => string;
  general: DashboardFrame["generalActions"];
}) {
  const t = useTranslations("dashboard");
  const average = averageProgress(totals);
  const figure = (kind: "total" | "overdue" | "stale" | "onesided" | "awaiting") => (
    <FigureLink
      scope={scope}
      areaId={null}
      kind={kind}
      value={totals[kind]}
      label={t(`figure.${kind}`, { count: totals[kind] })}
    />
  );
  return (
    <section
      aria-label={t("totalsTitle")}
      className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-7"
    >
      <Card label={t("columns.projects")} hint={t("figure.total", { count: totals.total })}>
        {figure("total")}
      </Card>
      <Card label={t("columns.progress")}>{average === null ? "–" : `${average} %`}</Card>
      <Card label={t("columns.overdue")}>{figure("overdue")}</Card>
      <Card label={t("columns.stale")}>{figure("stale")}</Card>
      <Card label={t("columns.onesided")}>{figure("onesided")}</Card>
      <Card label={t("columns.awaiting")}>{figure("awaiting")}</Card>
      <Card
        label={t("columns.actions")}
        hint={
          general.open > 0 ? (
            <Link href={actionsHref("open", true)} className="underline underline-offset-2">
              {t("generalActions", { open: general.open })}
            </Link>
          ) : undefined
        }
      >
        <Link
          href={actionsHref("open")}
          className="tabular-nums underline decoration-line underline-offset-2"
          aria-label={t("figure.openActions", { count: totals.openActions })}
        >
          {totals.openActions}
        </Link>
        <span className="text-base font-normal text-muted"> / </span>
        <Link
          href={actionsHref("overdue")}
          className="text-base tabular-nums text-bad underline decoration-line underline-offset-2"
          aria-label={t("figure.overdueActions", { count: totals.overdueActions })}
        >
          {t("overdueShort", { count: totals.overdueActions })}
        </Link>
      </Card>
    </section>
  );
}

import { ArrowRightLeft, List } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { buttonClasses } from "@/components/ui/button";
import type { Locale } from "@/lib/i18n/locales";
import type { PlanSummary } from "@/lib/plans/types";
import { PlanBanner } from "./plan-banner";
import { PrintButton } from "./print-button";

/** The plan's name, figures, links and state; on paper, the working group's name above it. */
export function PlanHeader({
  plan,
  groupName,
  basePath,
  projectsPath,
  previous,
  figures,
  locale,
}: {
  plan: PlanSummary;
  groupName: string;
  basePath: string;
  projectsPath: string;
  /** The plan before this one, to compare with. */
  previous: number | null;
  figures: { projects: number; carriedOver: number; areas: number };
  locale: Locale;
}) {
  const t = useTranslations();
  const summary = [
    t("plans.years", { start: plan.periodStart, end: plan.periodEnd }),
    t("counts.projects", { count: figures.projects }),
    figures.carriedOver ? t("plans.carriedOverCount", { count: figures.carriedOver }) : null,
    figures.areas ? t("plans.areaCount", { count: figures.areas }) : null,
  ];
  return (
    <header className="space-y-3">
      <Link href={basePath} className="text-sm text-accent-strong hover:underline print:hidden">
        {t("plans.backToList")}
      </Link>
      <p className="hidden text-sm print:block">{groupName}</p>
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div className="space-y-1">
          <h1 className="text-2xl font-semibold tracking-tight">
            {t("plans.name", { number: plan.number })}
          </h1>
          <p className="text-muted">{summary.filter(Boolean).join(" · ")}</p>
        </div>
        <div className="flex flex-wrap gap-2 print:hidden">
          <Link href={`${projectsPath}?plan=${plan.number}`} className={buttonClasses("secondary")}>
            <List aria-hidden className="size-4" />
            {t("plans.detail.projectList")}
          </Link>
          {previous !== null ? (
            <Link
              href={`${basePath}/compare?a=${previous}&b=${plan.number}`}
              className={buttonClasses("secondary")}
            >
              <ArrowRightLeft aria-hidden className="size-4" />
              {t("plans.detail.compareWith", { number: previous })}
            </Link>
          ) : null}
          <PrintButton label={t("plans.detail.print")} />
        </div>
      </div>
      <PlanBanner plan={plan} locale={locale} />
    </header>
  );
}

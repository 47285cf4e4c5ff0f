import { useTranslations } from "next-intl";
import { Card } from "@/components/ui/card";
import type { Locale } from "@/lib/i18n/locales";
import type { ProjectDetail } from "@/lib/projects/types";
import { MilestoneList } from "./milestone-list";
import { ProjectFacts } from "./project-facts";
import { WorkPlanList } from "./work-plan-list";

/** Facts, milestones and work plans: beside the history on a wide screen, above it on a phone. */
export function ProjectSidebar({
  project,
  locale,
  overdue,
  today,
  children,
}: {
  project: ProjectDetail;
  locale: Locale;
  overdue: boolean;
  today: string;
  /** More cards after the facts (the map of the project's places). */
  children?: React.ReactNode;
}) {
  const t = useTranslations();
  return (
    <div className="space-y-6 lg:col-start-3 lg:row-start-1">
      <Card aria-labelledby="facts-heading">
        <h2 id="facts-heading" className="text-base font-semibold">
          {t("project.facts.heading")}
        </h2>
        <ProjectFacts project={project} locale={locale} overdue={overdue} />
      </Card>
      {children}
      <Card aria-labelledby="milestones-heading" className="space-y-3">
        <h2 id="milestones-heading" className="text-base font-semibold">
          {t("fields.milestones")}
        </h2>
        <MilestoneList milestones={project.milestones} locale={locale} today={today} />
      </Card>
      <Card aria-labelledby="plans-heading" className="space-y-3">
        <h2 id="plans-heading" className="text-base font-semibold">
          {t("project.facts.plans")}
        </h2>
        <WorkPlanList plans={project.plans} />
      </Card>
    </div>
  );
}

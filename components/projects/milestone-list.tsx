import { Circle, CircleCheck } from "lucide-react";
import { useFormatter, useTranslations } from "next-intl";
import { LocalizedText } from "@/components/ui/localized-text";
import type { Locale } from "@/lib/i18n/locales";
import { pickLocalized } from "@/lib/i18n/localized";
import { isMilestoneOverdue } from "@/lib/projects/rules";
import type { MilestoneItem } from "@/lib/projects/types";
import { formatDay } from "./format";
import { OverdueMarker } from "./project-header";

/** Milestones in order: done or not (icon and words), due date, overdue when passed. */
export function MilestoneList({
  milestones,
  locale,
  today,
}: {
  milestones: MilestoneItem[];
  locale: Locale;
  today: string;
}) {
  const t = useTranslations("project.milestones");
  const format = useFormatter();
  if (!milestones.length) return <p className="text-sm text-muted">{t("none")}</p>;
  return (
    <ol className="space-y-3">
      {milestones.map((milestone) => {
        const done = milestone.doneOn !== null;
        const Icon = done ? CircleCheck : Circle;
        return (
          <li key={milestone.id} className="flex gap-2 text-sm">
            <Icon
              aria-hidden
              className={
                done ? "mt-0.5 size-4 shrink-0 text-ok" : "mt-0.5 size-4 shrink-0 text-muted"
              }
            />
            <div className="min-w-0 space-y-0.5">
              <p className="font-medium">
                <LocalizedText value={pickLocalized(milestone.title, locale)} />
              </p>
              <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-muted">
                <span>
                  {milestone.doneOn
                    ? t("done", { date: formatDay(format, milestone.doneOn) })
                    : t("open")}
                </span>
                <span aria-hidden>·</span>
                <span>
                  {milestone.dueOn
                    ? t("due", { date: formatDay(format, milestone.dueOn) })
                    : t("noDate")}
                </span>
                {isMilestoneOverdue(milestone, today) ? (
                  <OverdueMarker label={t("overdue")} />
                ) : null}
              </p>
            </div>
          </li>
        );
      })}
    </ol>
  );
}

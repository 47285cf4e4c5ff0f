import { useFormatter, useTranslations } from "next-intl";
import { Card } from "@/components/ui/card";
import type { Locale } from "@/lib/i18n/locales";
import { pickLocalized } from "@/lib/i18n/localized";
import type { HeldMeeting, PlanSummary } from "@/lib/plans/types";
import { ApproveForm } from "./approve-form";
import { PeriodForm } from "./period-form";

/** A draft's period and its approval, side by side on a wide screen; never printed. */
export function DraftSettings({
  groupId,
  plan,
  current,
  hasProjects,
  meetings,
  today,
  locale,
}: {
  groupId: string;
  plan: PlanSummary;
  /** The number of the approved plan this one would supersede. */
  current: number | null;
  hasProjects: boolean;
  meetings: HeldMeeting[];
  today: string;
  locale: Locale;
}) {
  const t = useTranslations("plans");
  const format = useFormatter();
  const choices = meetings.map((m) => ({
    id: m.id,
    startsOn: m.startsOn,
    endsOn: m.endsOn,
    label: t("approve.meetingOption", {
      number: m.number,
      city: pickLocalized(m.city, locale)?.text ?? "",
      dates: format.dateTimeRange(
        new Date(`${m.startsOn}T00:00:00Z`),
        new Date(`${m.endsOn}T00:00:00Z`),
        { dateStyle: "medium", timeZone: "UTC" },
      ),
    }),
  }));
  let approval: React.ReactNode;
  if (!hasProjects) approval = <p className="text-sm text-muted">{t("approve.emptyPlan")}</p>;
  else if (!choices.length)
    approval = <p className="text-sm text-muted">{t("approve.noMeetings")}</p>;
  else
    approval = <ApproveForm groupId={groupId} planId={plan.id} meetings={choices} today={today} />;
  return (
    <div className="grid gap-4 lg:grid-cols-5 print:hidden">
      <Card aria-labelledby="plan-period-heading" className="space-y-3 lg:col-span-2">
        <h2 id="plan-period-heading" className="text-lg font-semibold">
          {t("period.heading")}
        </h2>
        <PeriodForm
          groupId={groupId}
          planId={plan.id}
          start={plan.periodStart}
          end={plan.periodEnd}
        />
      </Card>
      <Card aria-labelledby="plan-approval-heading" className="space-y-3 lg:col-span-3">
        <h2 id="plan-approval-heading" className="text-lg font-semibold">
          {t("approve.heading")}
        </h2>
        <p className="text-sm text-muted">
          {current === null ? t("approve.hintFirst") : t("approve.hint", { current })}
        </p>
        {approval}
      </Card>
    </div>
  );
}

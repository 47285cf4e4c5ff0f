import { useFormatter, useTranslations } from "next-intl";
import type { Locale } from "@/lib/i18n/locales";
import { pickLocalized } from "@/lib/i18n/localized";
import type { PlanSummary } from "@/lib/plans/types";
import { formatLongDay, formatMomentDay } from "./format";

/** When and where the plan was approved, and when it was superseded; for drafts, that it is not yet. */
export function PlanApproval({ plan, locale }: { plan: PlanSummary; locale: Locale }) {
  const t = useTranslations("plans");
  const format = useFormatter();
  if (!plan.approvedOn) return <span className="text-muted">{t("notApproved")}</span>;
  const date = formatLongDay(format, plan.approvedOn);
  const city = plan.meeting ? (pickLocalized(plan.meeting.city, locale)?.text ?? "") : "";
  return (
    <span className="space-y-0.5">
      <span className="block">
        {plan.meeting ? t("approvedAt", { date, meeting: plan.meeting.number, city }) : date}
      </span>
      {plan.supersededAt ? (
        <span className="block text-muted">
          {t("supersededOn", { date: formatMomentDay(format, plan.supersededAt) })}
        </span>
      ) : null}
    </span>
  );
}

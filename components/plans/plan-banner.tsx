import { useFormatter, useTranslations } from "next-intl";
import { cn } from "@/lib/cn";
import type { Locale } from "@/lib/i18n/locales";
import { pickLocalized } from "@/lib/i18n/localized";
import type { PlanSummary } from "@/lib/plans/types";
import { formatLongDay, formatMomentDay } from "./format";
import { PlanStateBadge } from "./markers";

const TONE = {
  draft: "border-warn/40 bg-warn-soft",
  approved: "border-ok/40 bg-ok-soft",
  superseded: "border-line bg-canvas",
} as const;

/** What the plan's state means for the reader: editable draft, frozen approved, or history. */
export function PlanBanner({ plan, locale }: { plan: PlanSummary; locale: Locale }) {
  const t = useTranslations("plans.banner");
  const format = useFormatter();
  const approved = plan.approvedOn
    ? {
        date: formatLongDay(format, plan.approvedOn),
        meeting: plan.meeting?.number ?? 0,
        city: plan.meeting ? (pickLocalized(plan.meeting.city, locale)?.text ?? "") : "",
      }
    : null;
  let text: string;
  if (plan.state === "draft" || !approved) text = t("draft");
  else {
    const approval = plan.meeting ? t("approvedAt", approved) : t("approvedOn", approved);
    text =
      plan.state === "superseded" && plan.supersededAt
        ? `${t("superseded", { date: formatMomentDay(format, plan.supersededAt) })} ${approval}`
        : `${approval} ${t("frozen")}`;
  }
  return (
    <div
      className={cn(
        "flex flex-col gap-2 rounded-md border p-3 text-sm sm:flex-row sm:items-center sm:gap-3",
        TONE[plan.state],
      )}
    >
      <span className="self-start sm:self-auto">
        <PlanStateBadge state={plan.state} />
      </span>
      <p>{text}</p>
    </div>
  );
}

import { CornerDownRight, FileCheck, FilePenLine, History } from "lucide-react";
import { useTranslations } from "next-intl";
import { cn } from "@/lib/cn";
import type { PlanState } from "@/lib/vocabulary";

const STATE = {
  draft: { Icon: FilePenLine, tone: "border-warn/40 bg-warn-soft text-warn" },
  approved: { Icon: FileCheck, tone: "border-ok/40 bg-ok-soft text-ok" },
  superseded: { Icon: History, tone: "border-line bg-canvas text-muted" },
} as const;

/** A plan's state as icon and word, never colour alone. */
export function PlanStateBadge({ state }: { state: PlanState }) {
  const t = useTranslations("plans.state");
  const { Icon, tone } = STATE[state];
  return (
    <span
      className={cn(
        "inline-flex items-center gap-1 whitespace-nowrap rounded border px-1.5 py-0.5 text-sm font-medium print:border-ink",
        tone,
      )}
    >
      <Icon aria-hidden className="size-3.5 shrink-0" />
      <span className="text-ink">{t(state)}</span>
    </span>
  );
}

/** Marks a project that was already in an earlier plan. */
export function CarriedOverMarker() {
  const t = useTranslations("plans");
  return (
    <span className="inline-flex items-center gap-1 whitespace-nowrap text-xs font-medium text-muted">
      <CornerDownRight aria-hidden className="size-3 shrink-0" />
      {t("carriedOver")}
    </span>
  );
}

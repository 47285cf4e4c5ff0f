import { CalendarClock, CircleCheck, CircleX, Lock } from "lucide-react";
import { useTranslations } from "next-intl";
import { cn } from "@/lib/cn";
import type { MeetingPhase } from "@/lib/meetings/rules";

const PHASES = {
  planned: { Icon: CalendarClock, tone: "text-accent-strong" },
  held: { Icon: CircleCheck, tone: "text-ok" },
  closed: { Icon: Lock, tone: "text-muted" },
  cancelled: { Icon: CircleX, tone: "text-bad" },
} as const;

/** Planned, held, closed or cancelled, as icon and word: never colour alone. */
export function MeetingStateBadge({ phase }: { phase: MeetingPhase }) {
  const t = useTranslations("meetings.states");
  const { Icon, tone } = PHASES[phase];
  return (
    <span className={cn("inline-flex items-center gap-1 whitespace-nowrap text-sm", tone)}>
      <Icon aria-hidden className="size-4 shrink-0" />
      <span className="text-ink">{t(phase)}</span>
    </span>
  );
}

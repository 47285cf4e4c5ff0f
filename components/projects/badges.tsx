import {
  CalendarClock,
  CircleCheck,
  CircleDashed,
  CirclePause,
  CirclePlay,
  CircleX,
  OctagonAlert,
  TriangleAlert,
} from "lucide-react";
import { useTranslations } from "next-intl";
import type { ProjectHealth, ProjectStatus } from "@/db/schema/enums";
import { cn } from "@/lib/cn";

const STATUS = {
  proposed: { Icon: CircleDashed, tone: "text-muted" },
  planned: { Icon: CalendarClock, tone: "text-accent-strong" },
  in_progress: { Icon: CirclePlay, tone: "text-accent-strong" },
  completed: { Icon: CircleCheck, tone: "text-ok" },
  suspended: { Icon: CirclePause, tone: "text-warn" },
  cancelled: { Icon: CircleX, tone: "text-muted" },
} as const;

const HEALTH = {
  on_track: { Icon: CircleCheck, tone: "bg-ok-soft text-ok" },
  at_risk: { Icon: TriangleAlert, tone: "bg-warn-soft text-warn" },
  off_track: { Icon: OctagonAlert, tone: "bg-bad-soft text-bad" },
} as const;

export const STATUS_ICONS = Object.fromEntries(
  Object.entries(STATUS).map(([key, { Icon }]) => [key, Icon]),
) as Record<ProjectStatus, (typeof STATUS)[ProjectStatus]["Icon"]>;
export const HEALTH_ICONS = Object.fromEntries(
  Object.entries(HEALTH).map(([key, { Icon }]) => [key, Icon]),
) as Record<ProjectHealth, (typeof HEALTH)[ProjectHealth]["Icon"]>;

/** Lifecycle status as icon and word: never colour alone. */
export function StatusBadge({ status }: { status: ProjectStatus }) {
  const t = useTranslations("status");
  const { Icon, tone } = STATUS[status];
  return (
    <span className={cn("inline-flex items-center gap-1 whitespace-nowrap text-sm", tone)}>
      <Icon aria-hidden className="size-4 shrink-0" />
      <span className="text-ink">{t(status)}</span>
    </span>
  );
}

export function HealthBadge({ health }: { health: ProjectHealth | null }) {
  const t = useTranslations("health");
  if (!health) return <span className="text-sm text-muted">–</span>;
  const { Icon, tone } = HEALTH[health];
  return (
    <span
      className={cn(
        "inline-flex items-center gap-1 whitespace-nowrap rounded px-1.5 py-0.5 text-sm",
        tone,
      )}
    >
      <Icon aria-hidden className="size-3.5 shrink-0" />
      {t(health)}
    </span>
  );
}

/** A bar with the figure written next to it. */
export function ProgressBar({ value, label }: { value: number; label: string }) {
  return (
    <span className="inline-flex items-center gap-2">
      <span
        role="progressbar"
        aria-label={label}
        aria-valuenow={value}
        aria-valuemin={0}
        aria-valuemax={100}
        className="h-1.5 w-16 overflow-hidden rounded-full bg-line print:border print:border-ink"
      >
        <span className="block h-full bg-accent" style={{ width: `${value}%` }} />
      </span>
      <span className="tabular-nums text-sm">{value}&nbsp;%</span>
    </span>
  );
}

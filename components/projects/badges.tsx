import { useTranslations } from "next-intl";
import { Icon } from "@/components/ui/icon";
import type { IconName } from "@/components/ui/icon-sprite";
import type { ProjectHealth, ProjectStatus } from "@/lib/vocabulary";

/** Icon and colour of each status and health (styles in app/globals.css, .badge). */
export const STATUS_LOOK: Record<ProjectStatus, { icon: IconName; tone: string }> = {
  proposed: { icon: "circle-dashed", tone: "text-muted" },
  planned: { icon: "calendar-clock", tone: "text-accent-strong" },
  in_progress: { icon: "circle-play", tone: "text-accent-strong" },
  completed: { icon: "circle-check", tone: "text-ok" },
  suspended: { icon: "circle-pause", tone: "text-warn" },
  cancelled: { icon: "circle-x", tone: "text-muted" },
};

export const HEALTH_LOOK: Record<ProjectHealth, { icon: IconName; tone: string }> = {
  on_track: { icon: "circle-check", tone: "bg-ok-soft text-ok" },
  at_risk: { icon: "triangle-alert", tone: "bg-warn-soft text-warn" },
  off_track: { icon: "octagon-alert", tone: "bg-bad-soft text-bad" },
};

/** Lifecycle status as icon and word: never colour alone. */
export function StatusBadge({ status }: { status: ProjectStatus }) {
  const t = useTranslations("status");
  return <StatusMark status={status} label={t(status)} />;
}

/** The status badge with its word given (for client components with their own labels). */
export function StatusMark({ status, label }: { status: ProjectStatus; label: string }) {
  const { icon, tone } = STATUS_LOOK[status];
  return (
    <span className={`badge ${tone}`}>
      <Icon name={icon} />
      <span>{label}</span>
    </span>
  );
}

export function HealthBadge({ health }: { health: ProjectHealth | null }) {
  const t = useTranslations("health");
  return <HealthMark health={health} label={health ? t(health) : ""} />;
}

export function HealthMark({ health, label }: { health: ProjectHealth | null; label: string }) {
  if (!health) return <span className="text-sm text-muted">–</span>;
  const { icon, tone } = HEALTH_LOOK[health];
  return (
    <span className={`badge health ${tone}`}>
      <Icon name={icon} />
      {label}
    </span>
  );
}

/**
 * The figure, written, with a bar next to it. The bar only repeats the written figure, so it is
 * two empty elements that assistive technology skips, and a list of fifty rows carries a few
 * bytes per bar. `label` (read by screen readers only) where no column header names the figure.
 */
export function ProgressBar({ value, label }: { value: number; label?: string }) {
  return (
    <span className="progress">
      {/* Where no column header says what the figure is. */}
      {label ? <span className="sr-only">{label}</span> : null}
      <i>
        <i style={{ width: `${value}%` }} />
      </i>
      {`${value}\u00a0%`}
    </span>
  );
}

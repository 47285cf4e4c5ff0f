import { useTranslations } from "next-intl";
import { HEALTH_LOOK, STATUS_LOOK } from "@/components/projects/badges";
import { Icon } from "@/components/ui/icon";
import type { IconName } from "@/components/ui/icon-sprite";
import {
  PROJECT_HEALTHS,
  PROJECT_STATUSES,
  type ProjectHealth,
  type ProjectStatus,
} from "@/lib/vocabulary";
import { HEALTH_COLORS, STATUS_COLORS } from "./palette";

/** A status's or a health's icon and colour, as the area table's counts and this key draw them. */
export function lookOf(kind: "status" | "health", key: string): { icon: IconName; color: string } {
  if (kind === "status") {
    const status = key as ProjectStatus;
    return { icon: STATUS_LOOK[status].icon, color: STATUS_COLORS[status] };
  }
  const health = key as ProjectHealth;
  return { icon: HEALTH_LOOK[health].icon, color: HEALTH_COLORS[health] };
}

/**
 * What the icons of the area table's status and health counts mean, in words: the counts show
 * an icon and a number to stay compact, and this key says once which is which.
 */
export function IconLegend() {
  const t = useTranslations();
  return (
    <dl className="flex flex-wrap gap-x-6 gap-y-1 text-xs text-muted">
      <Entries kind="status" keys={PROJECT_STATUSES} word={(s) => t(`status.${s}`)} />
      <Entries kind="health" keys={PROJECT_HEALTHS} word={(h) => t(`health.${h}`)} />
    </dl>
  );
}

/** The status or health term and its icons, each with its colour and its word. */
function Entries<K extends string>({
  kind,
  keys,
  word,
}: {
  kind: "status" | "health";
  keys: readonly K[];
  word: (key: K) => string;
}) {
  const t = useTranslations("fields");
  return (
    <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
      <dt className="font-semibold">{t(kind)}:</dt>
      {keys.map((key) => {
        const { icon, color } = lookOf(kind, key);
        return (
          <dd key={key} className="inline-flex items-center gap-1">
            <Icon name={icon} color={color} />
            {word(key)}
          </dd>
        );
      })}
    </div>
  );
}

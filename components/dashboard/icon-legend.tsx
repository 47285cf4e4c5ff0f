import { useTranslations } from "next-intl";
import { HEALTH_LOOK, STATUS_LOOK } from "@/components/projects/badges";
import { Icon } from "@/components/ui/icon";
import { PROJECT_HEALTHS, PROJECT_STATUSES } from "@/lib/vocabulary";
import { HEALTH_COLORS, STATUS_COLORS } from "./palette";

/**
 * What the icons of the area table's status and health counts mean, in words: the counts show
 * an icon and a number to stay compact, and this key says once which is which.
 */
export function IconLegend() {
  const t = useTranslations();
  return (
    <dl className="flex flex-wrap gap-x-6 gap-y-1 text-xs text-muted">
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
        <dt className="font-semibold">{t("fields.status")}:</dt>
        {PROJECT_STATUSES.map((s) => (
          <dd key={s} className="inline-flex items-center gap-1">
            <Icon name={STATUS_LOOK[s].icon} color={STATUS_COLORS[s]} />
            {t(`status.${s}`)}
          </dd>
        ))}
      </div>
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
        <dt className="font-semibold">{t("fields.health")}:</dt>
        {PROJECT_HEALTHS.map((h) => (
          <dd key={h} className="inline-flex items-center gap-1">
            <Icon name={HEALTH_LOOK[h].icon} color={HEALTH_COLORS[h]} />
            {t(`health.${h}`)}
          </dd>
        ))}
      </div>
    </dl>
  );
}

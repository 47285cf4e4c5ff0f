import { BadgeCheck, Hourglass } from "lucide-react";
import { useFormatter, useTranslations } from "next-intl";
import type { Delegation } from "@/db/schema/enums";
import { formatMoment } from "./format";

interface Props {
  confirmation: { name: string; side: Delegation; at: string } | null;
  /** The side whose confirmation is awaited; only ever set for the latest update. */
  awaiting: Delegation | null;
}

/** Whether the other side stands behind an update: confirmed (who, when) or awaited. */
export function ConfirmationState({ confirmation, awaiting }: Props) {
  const t = useTranslations("project.confirmation");
  const format = useFormatter();
  if (confirmation) {
    return (
      <p className="inline-flex items-start gap-1.5 text-sm text-ok">
        <BadgeCheck aria-hidden className="mt-0.5 size-4 shrink-0" />
        <span className="text-ink">
          {t("confirmed", {
            side: confirmation.side,
            name: confirmation.name,
            date: formatMoment(format, confirmation.at),
          })}
        </span>
      </p>
    );
  }
  if (!awaiting) return null;
  return (
    <p className="inline-flex items-start gap-1.5 text-sm text-warn">
      <Hourglass aria-hidden className="mt-0.5 size-4 shrink-0" />
      <span className="text-ink">{t("awaiting", { side: awaiting })}</span>
    </p>
  );
}

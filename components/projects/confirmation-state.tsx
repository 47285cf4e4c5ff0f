"use client";

import { useFormatter, useTranslations } from "next-intl";
import { Icon } from "@/components/ui/icon";
import type { Delegation } from "@/lib/vocabulary";
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
        <Icon name="badge-check" className="mt-0.5" />
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
      <Icon name="hourglass" className="mt-0.5" />
      <span className="text-ink">{t("awaiting", { side: awaiting })}</span>
    </p>
  );
}

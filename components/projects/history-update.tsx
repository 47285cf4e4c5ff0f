"use client";

import { useFormatter, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Icon } from "@/components/ui/icon";
import type { UpdateEntry } from "@/lib/projects/status-updates/types";
import { HealthBadge, StatusBadge } from "./badges";

function Change({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function Arrow({ label }: { label: string }) {
  return (
    <>
      <Icon name="arrow-right" className="arrow" />
      <span className="sr-only">{label}</span>
    </>
  );
}

/** What an update changed: status and health from → to, progress with its delta. */
export function UpdateChanges({ entry }: { entry: UpdateEntry }) {
  const t = useTranslations();
  const format = useFormatter();
  // The value before (when the update changed it, and an earlier update is known) → now.
  const fromTo = <V,>(label: string, before: V | null, now: V, badge: (value: V) => ReactNode) => (
    <Change label={label}>
      {entry.previousStatus !== null && before && before !== now ? (
        <>
          {badge(before)}
          <Arrow label={t("project.history.changedTo")} />
        </>
      ) : null}
      {badge(now)}
    </Change>
  );
  const from = entry.previousProgress;
  const progress =
    from !== null && from !== entry.progress
      ? t("project.history.progressChange", {
          from,
          to: entry.progress,
          delta: format.number(entry.progress - from, { signDisplay: "exceptZero" }),
        })
      : `${entry.progress} %`;
  return (
    <dl>
      {fromTo(t("fields.status"), entry.previousStatus, entry.status, (status) => (
        <StatusBadge status={status} />
      ))}
      {entry.health
        ? fromTo(t("fields.health"), entry.previousHealth, entry.health, (health) => (
            <HealthBadge health={health} />
          ))
        : null}
      <Change label={t("fields.progress")}>{progress}</Change>
    </dl>
  );
}

/** Text a member wrote: escaped by React, line breaks kept, its language declared. */
export function WrittenText({
  text,
  lang,
  label,
}: {
  text: string;
  lang: string | null;
  label?: string;
}) {
  if (!label)
    return (
      <p lang={lang ?? undefined} className="txt">
        {text}
      </p>
    );
  return (
    <div>
      <p className="lbl">{label}</p>
      <p lang={lang ?? undefined} className="txt">
        {text}
      </p>
    </div>
  );
}

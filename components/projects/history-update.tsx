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
  const arrow = <Arrow label={t("project.history.changedTo")} />;
  const statusChanged = entry.previousStatus !== null && entry.previousStatus !== entry.status;
  const healthChanged = entry.previousStatus !== null && entry.previousHealth !== entry.health;
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
      <Change label={t("fields.status")}>
        {statusChanged && entry.previousStatus ? (
          <>
            <StatusBadge status={entry.previousStatus} />
            {arrow}
          </>
        ) : null}
        <StatusBadge status={entry.status} />
      </Change>
      {entry.health ? (
        <Change label={t("fields.health")}>
          {healthChanged && entry.previousHealth ? (
            <>
              <HealthBadge health={entry.previousHealth} />
              {arrow}
            </>
          ) : null}
          <HealthBadge health={entry.health} />
        </Change>
      ) : null}
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

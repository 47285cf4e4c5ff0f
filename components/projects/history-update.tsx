import { ArrowRight } from "lucide-react";
import { useFormatter, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import type { UpdateEntry } from "@/lib/projects/history";
import { HealthBadge, StatusBadge } from "./badges";

function Change({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
      <dt className="text-sm text-muted">{label}</dt>
      <dd className="flex flex-wrap items-center gap-1.5">{children}</dd>
    </div>
  );
}

function Arrow({ label }: { label: string }) {
  return (
    <>
      <ArrowRight aria-hidden className="size-3.5 shrink-0 text-muted" />
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
    <dl className="flex flex-wrap gap-x-6 gap-y-2">
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
      <Change label={t("fields.progress")}>
        <span className="tabular-nums text-sm">{progress}</span>
      </Change>
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
  return (
    <div className="space-y-0.5">
      {label ? <p className="text-sm font-medium text-muted">{label}</p> : null}
      <p lang={lang ?? undefined} className="max-w-prose whitespace-pre-line break-words text-sm">
        {text}
      </p>
    </div>
  );
}

import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { Icon } from "@/components/ui/icon";
import type { IconName } from "@/components/ui/icon-sprite";
import { LocalizedText } from "@/components/ui/localized-text";
import type { RecentChanges as Changes } from "@/lib/dashboard/types";
import type { Locale } from "@/lib/i18n/locales";
import { pickLocalized } from "@/lib/i18n/localized";

const ICONS: Record<Changes["events"][number]["kind"], IconName> = {
  update: "refresh-cw",
  confirmation: "circle-check",
  comment: "message-square",
};

/** What changed in the group since the reader's previous visit (or the latest changes on a first one). */
export function RecentChanges({
  recent,
  locale,
  basePath,
}: {
  recent: Changes;
  locale: Locale;
  basePath: string;
}) {
  const t = useTranslations();
  const format = useFormatter();
  const since = recent.since ? new Date(recent.since) : null;
  return (
    <section
      aria-labelledby="recent-changes"
      className="space-y-3 rounded-lg border border-line bg-surface p-4"
    >
      <header className="space-y-0.5">
        <h2 id="recent-changes" className="font-semibold">
          {since
            ? t("dashboard.recent.since", {
                date: format.dateTime(since, { dateStyle: "medium", timeStyle: "short" }),
              })
            : t("dashboard.recent.latest")}
        </h2>
        {since ? (
          <p className="text-sm text-muted">
            {t("dashboard.recent.summary", {
              updates: recent.counts.updates,
              statusChanges: recent.counts.statusChanges,
              confirmations: recent.counts.confirmations,
              comments: recent.counts.comments,
            })}
          </p>
        ) : null}
      </header>
      {recent.events.length === 0 ? (
        <p className="text-sm text-muted">{t("dashboard.recent.none")}</p>
      ) : (
        <ol className="space-y-2 text-sm">
          {recent.events.map((event) => {
            const side = t(`sides.${event.side}`);
            return (
              <li key={`${event.kind}-${event.at}-${event.code}`} className="flex gap-2">
                <Icon name={ICONS[event.kind]} className="mt-0.5 text-muted" />
                <div className="min-w-0">
                  <Link
                    href={`${basePath}/projects/${encodeURIComponent(event.code)}`}
                    className="font-medium underline-offset-2 hover:underline"
                  >
                    <span className="font-mono text-xs text-muted">{event.code}</span>{" "}
                    <LocalizedText value={pickLocalized(event.title, locale)} />
                  </Link>
                  <p className="text-muted">
                    {event.kind === "update"
                      ? t("dashboard.recent.update", {
                          actor: event.actor,
                          side,
                          change:
                            event.previousStatus &&
                            event.status &&
                            event.previousStatus !== event.status
                              ? t("dashboard.recent.statusChange", {
                                  from: t(`status.${event.previousStatus}`),
                                  to: t(`status.${event.status}`),
                                })
                              : t(`status.${event.status ?? "proposed"}`),
                          progress: event.progress ?? 0,
                        })
                      : event.kind === "confirmation"
                        ? t("dashboard.recent.confirmation", {
                            actor: event.actor,
                            side: event.side,
                          })
                        : t("dashboard.recent.comment", { actor: event.actor, side })}{" "}
                    · {format.dateTime(new Date(event.at), { dateStyle: "medium" })}
                  </p>
                </div>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}

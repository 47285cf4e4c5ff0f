import { UserRound } from "lucide-react";
import { useFormatter, useTranslations } from "next-intl";
import type { Locale } from "@/lib/i18n/locales";
import type { ReminderOverview } from "@/lib/meetings/reminders/types";
import type { MeetingRefs } from "@/lib/meetings/types";
import { formatDays } from "./format";
import { LinkedProjects } from "./linked-projects";
import { MeetingSection } from "./section";
import { SendReminder } from "./send-reminder";

/**
 * For coordinators of a planned meeting: who has not updated what since the previous meeting,
 * the projects no side has reported on, and "Send reminder now".
 */
export function RemindersSection({
  overview,
  refs,
  groupPath,
  locale,
}: {
  overview: ReminderOverview;
  refs: MeetingRefs;
  groupPath: string;
  locale: Locale;
}) {
  const t = useTranslations("meetings.reminders");
  const tSides = useTranslations("sides");
  const format = useFormatter();
  const day = (iso: string) => formatDays(format, iso, iso);
  const moment = (iso: string) =>
    format.dateTime(new Date(iso), { dateStyle: "medium", timeStyle: "short" });
  const reachable = overview.contacts.filter((c) => c.reachable);
  const { lastSent, nextAllowedAt } = overview;
  const hint = nextAllowedAt
    ? t("waitUntil", { time: moment(nextAllowedAt) })
    : reachable.length
      ? t("sendHint")
      : t("nobody");
  return (
    <MeetingSection id="reminders" title={t("heading")}>
      <p className="text-sm text-muted">
        {t("intro", { cutoff: day(overview.cutoff), since: day(overview.since) })}
      </p>
      {overview.contacts.length === 0 && overview.unreported.length === 0 ? (
        <p>{t("allUpdated", { count: overview.projects })}</p>
      ) : null}
      {overview.contacts.length ? (
        <div className="space-y-2">
          <h3 className="font-semibold">{t("contactsHeading")}</h3>
          <ul aria-label={t("contactsHeading")} className="divide-y divide-line">
            {overview.contacts.map((contact) => (
              <li key={contact.userId} className="py-2 first:pt-0 last:pb-0">
                <p className="flex flex-wrap items-center gap-x-2 gap-y-0.5">
                  <UserRound aria-hidden className="size-4 shrink-0 text-muted" />
                  <span className="font-medium">{contact.name}</span>
                  <span className="text-sm text-muted">
                    {tSides(contact.delegation)} ·{" "}
                    {t("projectCount", { count: contact.projects.length })}
                  </span>
                  {contact.reachable ? null : (
                    <span className="text-sm text-warn">{t("notMember")}</span>
                  )}
                </p>
                <LinkedProjects
                  projects={contact.projects}
                  groupPath={groupPath}
                  locale={locale}
                  label={t("projectsOf", { name: contact.name })}
                />
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {overview.unreported.length ? (
        <div className="space-y-2">
          <h3 className="font-semibold">
            {t("unreportedHeading", { count: overview.unreported.length })}
          </h3>
          <LinkedProjects
            projects={overview.unreported}
            groupPath={groupPath}
            locale={locale}
            label={t("unreportedHeading", { count: overview.unreported.length })}
          />
        </div>
      ) : null}
      <div className="space-y-2 border-t border-line pt-4">
        {lastSent ? (
          <p className="text-sm text-muted">
            {t("lastSent", {
              time: moment(lastSent.at),
              name: lastSent.byName ?? "–",
              count: lastSent.contacts,
            })}
          </p>
        ) : null}
        <SendReminder
          refs={refs}
          contacts={reachable.length}
          hint={hint}
          disabled={nextAllowedAt !== null || reachable.length === 0}
        />
      </div>
    </MeetingSection>
  );
}

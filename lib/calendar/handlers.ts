import "server-only";
import { groupRouteAccess, plain } from "@/lib/auth/route-access";
import type { Viewer } from "@/lib/auth/types";
import { todayIso } from "@/lib/clock";
import { readEnv } from "@/lib/env";
import { pickLocalized } from "@/lib/i18n/localized";
import { timeZoneFor } from "@/lib/i18n/time-zone";
import { addressOf } from "@/lib/mail/transport";
import { parseMeetingNumber } from "@/lib/meetings/input";
import { translatorFor } from "@/lib/notifications/mail";
import { getDb } from "@/lib/server/db";
import type { Locale } from "@/lib/vocabulary";
import { type CalendarEntry, calendarFile } from "./ics";
import { type CalendarMeeting, calendarFeed, calendarMeeting } from "./queries";

/** A meeting as a calendar entry, written in the reader's language. */
export function meetingEntry(
  meeting: CalendarMeeting,
  locale: Locale,
  base: string,
): CalendarEntry {
  const t = translatorFor(locale);
  const group = pickLocalized(meeting.groupName, locale)?.text ?? "";
  const city = pickLocalized(meeting.city, locale)?.text ?? "";
  return {
    uid: `meeting-${meeting.id}@workplan`,
    title: `${t("meetings.ordinal", { number: meeting.number })} — ${group}`,
    description: t("calendar.meetingDescription", { group }),
    location: `${city}, ${t(`meetings.countries.${meeting.country}`)}`,
    url: `${base}/g/${meeting.groupSlug}/meetings/${meeting.number}`,
    startsOn: meeting.startsOn,
    endsOn: meeting.endsOn,
    sequence: meeting.sequence,
    cancelled: meeting.state === "cancelled",
  };
}

const calendarResponse = (body: string, filename: string, method: string) =>
  new Response(body, {
    headers: {
      "content-type": `text/calendar; charset=utf-8; method=${method}`,
      "content-disposition": `attachment; filename="${filename}"`,
      "cache-control": "private, no-store",
      "x-content-type-options": "nosniff",
    },
  });

/** GET /g/[group]/meetings/[number]/calendar: "Add to calendar" for a member. */
export async function meetingCalendarFile(
  request: Request,
  params: Promise<{ group: string; number: string }>,
  viewer: Viewer | null,
): Promise<Response> {
  const { group: slug, number } = await params;
  const access = groupRouteAccess(viewer, slug);
  if ("response" in access) return access.response;
  const meetingNumber = parseMeetingNumber(number);
  const meeting = meetingNumber
    ? await calendarMeeting(getDb(), access.group.id, meetingNumber)
    : null;
  if (!meeting) return plain(404, "Not found");
  const base = readEnv().publicUrl ?? new URL(request.url).origin;
  const { user } = access.viewer;
  const method = meeting.state === "cancelled" ? "CANCEL" : "REQUEST";
  const body = calendarFile(
    [
      {
        ...meetingEntry(meeting, user.locale, base),
        organizer: { name: "Workplan", email: addressOf(readEnv().MAIL_FROM) },
        attendee: { name: user.name, email: user.email },
      },
    ],
    { method, timeZone: timeZoneFor(meeting.country) },
  );
  return calendarResponse(body, `meeting-${meeting.number}.ics`, method);
}

/**
 * GET /calendar/[token]: a personal subscription (the secret in the address is the credential,
 * kept only as a hash and revocable in the profile). Unknown or revoked: 404.
 */
export async function calendarFeedFile(request: Request, token: string): Promise<Response> {
  const feed = await calendarFeed(getDb(), token.replace(/\.ics$/, ""), todayIso());
  if (!feed) return plain(404, "Not found");
  const base = readEnv().publicUrl ?? new URL(request.url).origin;
  const { locale } = feed.user;
  const t = translatorFor(locale);
  const entries: CalendarEntry[] = [
    ...feed.meetings.map((m) => meetingEntry(m, locale, base)),
    ...feed.actionItems.map((item) => ({
      uid: `action-item-${item.id}@workplan`,
      title: t("calendar.actionItemDue", { text: pickLocalized(item.text, locale)?.text ?? "" }),
      description: pickLocalized(item.groupName, locale)?.text ?? "",
      url: `${base}/g/${item.groupSlug}/actions?owner=me`,
      startsOn: item.dueOn,
      endsOn: item.dueOn,
      sequence: 0,
    })),
  ];
  const body = calendarFile(entries, { method: "PUBLISH", name: t("calendar.feedName") });
  return calendarResponse(body, "workplan.ics", "PUBLISH");
}

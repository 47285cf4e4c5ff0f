import { INTL_LOCALE } from "@/lib/i18n/locales";
import { pickLocalized } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/vocabulary";
import type { InboxEntry, NotificationRow } from "./types";

/** A translator over the whole catalogue (the request's, or one made for a mail's recipient). */
export type Translate = (key: string, values?: Record<string, string | number>) => string;

/** One date format per language, made once: building an Intl formatter costs more than using it. */
const dateFormats = new Map<Locale, Intl.DateTimeFormat>();
const dateFormat = (locale: Locale) => {
  let format = dateFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(INTL_LOCALE[locale], {
      day: "numeric",
      month: "long",
      year: "numeric",
      timeZone: "UTC",
    });
    dateFormats.set(locale, format);
  }
  return format;
};

const day = (iso: string, locale: Locale) =>
  dateFormat(locale).format(new Date(`${iso.slice(0, 10)}T12:00:00Z`));

const days = (from: string, to: string, locale: Locale) =>
  from === to
    ? day(from, locale)
    : dateFormat(locale).formatRange(new Date(`${from}T12:00:00Z`), new Date(`${to}T12:00:00Z`));

/** Where a notification leads: the object it is about, in its group. */
export function targetOf(row: NotificationRow): string {
  const group = row.group ? `/g/${row.group.slug}` : null;
  if (!group) return "/profile";
  switch (row.kind) {
    case "update_reminder":
      return `${group}/my`;
    case "action_item_assigned":
    case "action_item_due_soon":
    case "action_item_overdue":
      return `${group}/actions?owner=me`;
    case "brief_ready":
      return row.meeting ? `${group}/meetings/${row.meeting.number}/brief` : `${group}/meetings`;
    case "meeting_scheduled":
    case "meeting_moved":
    case "meeting_cancelled":
      return row.meeting ? `${group}/meetings/${row.meeting.number}` : `${group}/meetings`;
    case "plan_approved":
      return row.plan ? `${group}/plans/${row.plan.number}` : `${group}/plans`;
    default:
      return row.project ? `${group}/projects/${encodeURIComponent(row.project.code)}` : group;
  }
}

/**
 * A notification as one sentence in the reader's language, from its kind and what it refers
 * to today (a renamed project shows its new name). Texts missing in that language fall back
 * to another, as everywhere.
 */
export function describeNotification(row: NotificationRow, t: Translate, locale: Locale): string {
  const text = (values: Parameters<typeof pickLocalized>[0] | undefined) =>
    values ? (pickLocalized(values, locale)?.text ?? "") : "";
  // Quotes inside a quoted title become „…“, as in print: «Мост „Баренц“».
  const title = row.project ? text(row.project.title).replace(/«/g, "„").replace(/»/g, "“") : "";
  const project = row.project ? `${row.project.code} «${title}»` : "";
  const meeting = row.meeting ? t("meetings.ordinal", { number: row.meeting.number }) : "";
  const p = row.params;
  const values: Record<string, string | number> = {
    actor: row.actorName ?? t("notifications.someone"),
    project,
    meeting,
    city: row.meeting ? text(row.meeting.city) : "",
    dates: row.meeting ? days(row.meeting.startsOn, row.meeting.endsOn, locale) : "",
    plan: row.plan ? `${row.plan.number} (${row.plan.periodStart}–${row.plan.periodEnd})` : "",
    item: row.actionItem ? text(row.actionItem.text) : "",
    due: row.actionItem?.dueOn ? day(row.actionItem.dueOn, locale) : "",
    from: typeof p.from === "string" ? day(p.from, locale) : "–",
    to: typeof p.to === "string" ? day(p.to, locale) : "–",
    count: Array.isArray(p.projects) ? p.projects.length : 0,
    cutoff: typeof p.cutoff === "string" ? day(p.cutoff, locale) : "",
  };
  return t(`notifications.kinds.${row.kind}`, values);
}

/** The inbox's view of a row. */
export function toInboxEntry(row: NotificationRow, t: Translate, locale: Locale): InboxEntry {
  return {
    id: row.id,
    kind: row.kind,
    text: describeNotification(row, t, locale),
    groupName: row.group ? text(row.group.name, locale) : null,
    href: targetOf(row),
    createdAt: row.createdAt.toISOString(),
    read: row.readAt !== null,
  };
}

const text = (values: Parameters<typeof pickLocalized>[0], locale: Locale) =>
  pickLocalized(values, locale)?.text ?? null;

import "server-only";
import { and, eq, inArray, isNull, lte } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { meetings, notifications, projects, users, workingGroups } from "@/db/schema";
import { type CalendarEntry, calendarFile } from "@/lib/calendar/ics";
import { INTL_LOCALE } from "@/lib/i18n/locales";
import { localizedColumns, localizedValues, pickLocalized } from "@/lib/i18n/localized";
import { timeZoneFor } from "@/lib/i18n/time-zone";
import { coalesce } from "@/lib/jobs/coalesce";
import { type JobHandler, recordAfterSend } from "@/lib/jobs/worker";
import { type MailContent, mailHtml, mailText } from "@/lib/mail/layout";
import type { Attachment, Mailer } from "@/lib/mail/transport";
import { meetingDateColumns } from "@/lib/meetings/columns";
import { documentTranslator } from "@/lib/print/i18n";
import { isUuid } from "@/lib/validation";
import type { Delegation, Locale, NotificationCategory } from "@/lib/vocabulary";
import { describeNotification, type Translate, targetOf } from "./describe";
import { readNotifications } from "./queries";
import { CALENDAR_KINDS, CATEGORY_OF } from "./rules";
import type { NotificationRow } from "./types";
import { unsubscribeToken } from "./unsubscribe";
import { MAIL_NOTIFICATION } from "./writes";

export const MAIL_DIGEST = "mail.digest";

export interface MailSettings {
  mailer: Mailer;
  /** Absolute address of the app, without a trailing slash: links in mail start with it. */
  publicUrl: string;
  /** The sender's address alone (for the calendar organizer and Message-IDs). */
  fromAddress: string;
}

interface Recipient {
  id: string;
  email: string;
  name: string;
  locale: Locale;
  delegation: Delegation;
  timeZone: string;
  active: boolean;
}

const recipientColumns = {
  id: users.id,
  email: users.email,
  name: users.name,
  locale: users.locale,
  delegation: users.delegation,
  timeZone: users.timeZone,
  active: users.active,
};

/** The readers of mail, by id, with their time zone defaulted by delegation. */
export async function loadRecipients(
  db: Executor,
  userIds: readonly string[],
): Promise<Map<string, Recipient>> {
  if (!userIds.length) return new Map();
  const rows = await db
    .select(recipientColumns)
    .from(users)
    .where(inArray(users.id, [...userIds]));
  return new Map(
    rows.map((row) => [row.id, { ...row, timeZone: row.timeZone ?? timeZoneFor(row.delegation) }]),
  );
}

export async function loadRecipient(db: Executor, userId: string): Promise<Recipient | null> {
  return (await loadRecipients(db, [userId])).get(userId) ?? null;
}

export const translatorFor = (locale: Locale) => documentTranslator(locale) as unknown as Translate;

const host = (settings: MailSettings) => new URL(settings.publicUrl).host;

/** The footer every mail carries: why it came, where to change that, and one-click out. */
function footer(
  settings: MailSettings,
  recipient: Recipient,
  t: Translate,
  category: NotificationCategory,
  reasonKey: string,
  groupName: string | null,
) {
  const unsubscribeUrl = `${settings.publicUrl}/unsubscribe/${unsubscribeToken(recipient.id, category)}`;
  return {
    unsubscribeUrl,
    footer: {
      reason: t(reasonKey, { group: groupName ?? "Workplan" }),
      links: [
        { label: t("mail.settings"), href: `${settings.publicUrl}/profile/notifications` },
        {
          label: t("mail.unsubscribe", { category: t(`notifications.categories.${category}`) }),
          href: unsubscribeUrl,
        },
      ],
    },
  };
}

interface ProjectLine {
  id: string;
  code: string;
  titleNb: string | null;
  titleRu: string | null;
  titleEn: string | null;
}

/** Projects by id, for the lines of reminders. */
async function readProjectLines(
  db: Executor,
  ids: readonly string[],
): Promise<Map<string, ProjectLine>> {
  if (!ids.length) return new Map();
  const rows = await db
    .select({
      id: projects.id,
      code: projects.code,
      ...localizedColumns(projects, "title"),
    })
    .from(projects)
    .where(inArray(projects.id, [...ids]));
  return new Map(rows.map((row) => [row.id, row]));
}

/** Where a mail's extra rows come from: the database directly, or a worker's shared rounds. */
export interface MailReads {
  projects(ids: readonly string[]): Promise<ProjectLine[]>;
}

const directReads = (db: Executor): MailReads => ({
  projects: async (ids) => [...(await readProjectLines(db, ids)).values()],
});

/** The projects a reminder lists (their ids are in its params), in the reader's language. */
async function reminderItems(
  reads: MailReads,
  row: NotificationRow,
  settings: MailSettings,
  locale: Locale,
) {
  const ids = Array.isArray(row.params.projects) ? (row.params.projects as string[]) : [];
  if (!ids.length || !row.group) return [];
  const rows = (await reads.projects(ids)).sort((a, b) =>
    a.code < b.code ? -1 : a.code > b.code ? 1 : 0,
  );
  // A contact is reminded to update: each project opens with its update form open.
  const open = row.params.audience === "contact" ? "?update=1" : "";
  return rows.map((p) => ({
    text: `${p.code} «${pickLocalized(localizedValues(p, "title"), locale)?.text ?? ""}»`,
    href: `${settings.publicUrl}/g/${row.group?.slug}/projects/${encodeURIComponent(p.code)}${open}`,
  }));
}

/** The meeting invitation (or its update or cancellation), addressed to the recipient. */
async function invitation(
  db: Executor,
  row: NotificationRow,
  meetingId: string,
  recipient: Recipient,
  settings: MailSettings,
  t: Translate,
): Promise<Attachment | null> {
  const [meeting] = await db
    .select({
      id: meetings.id,
      ...meetingDateColumns,
      country: meetings.country,
      sequence: meetings.sequence,
      slug: workingGroups.slug,
      ...localizedColumns(workingGroups, "name", "group"),
    })
    .from(meetings)
    .innerJoin(workingGroups, eq(workingGroups.id, meetings.groupId))
    .where(eq(meetings.id, meetingId));
  if (!meeting) return null;
  const cancelled = row.kind === "meeting_cancelled";
  const locale = recipient.locale;
  const city = pickLocalized(localizedValues(meeting, "city"), locale);
  const group = pickLocalized(localizedValues(meeting, "group"), locale);
  const entry: CalendarEntry = {
    uid: `meeting-${meeting.id}@workplan`,
    title: `${t("meetings.ordinal", { number: meeting.number })} — ${group?.text ?? ""}`,
    description: t("calendar.meetingDescription", { group: group?.text ?? "" }),
    location: `${city?.text ?? ""}, ${t(`meetings.countries.${meeting.country}`)}`,
    url: `${settings.publicUrl}/g/${meeting.slug}/meetings/${meeting.number}`,
    startsOn: meeting.startsOn,
    endsOn: meeting.endsOn,
    sequence: meeting.sequence,
    cancelled,
    organizer: { name: "Workplan", email: settings.fromAddress },
    attendee: { name: recipient.name, email: recipient.email },
  };
  return {
    filename: "invite.ics",
    contentType: `text/calendar; charset=utf-8; method=${cancelled ? "CANCEL" : "REQUEST"}`,
    content: calendarFile([entry], {
      method: cancelled ? "CANCEL" : "REQUEST",
      timeZone: timeZoneFor(meeting.country),
    }),
  };
}

/** One notification as a mail in its recipient's language. */
export async function notificationMail(
  db: Executor,
  row: NotificationRow,
  recipient: Recipient,
  settings: MailSettings,
  reads: MailReads = directReads(db),
) {
  const t = translatorFor(recipient.locale);
  const sentence = describeNotification(row, t, recipient.locale);
  const groupName = row.group
    ? (pickLocalized(row.group.name, recipient.locale)?.text ?? null)
    : null;
  const category = CATEGORY_OF[row.kind];
  const { footer: foot, unsubscribeUrl } = footer(
    settings,
    recipient,
    t,
    category,
    row.group ? "mail.reasonGroup" : "mail.reasonAccount",
    groupName,
  );
  const reminder = row.kind === "update_reminder";
  const content: MailContent = {
    lang: recipient.locale,
    preheader: sentence,
    heading: sentence,
    paragraphs: [t(`mail.details.${row.kind}`, { group: groupName ?? "" })],
    items: reminder ? await reminderItems(reads, row, settings, recipient.locale) : undefined,
    action: { label: t("mail.open"), href: `${settings.publicUrl}${targetOf(row)}` },
    footer: foot,
  };
  const thread = row.project ? `<project-${row.project.id}@${host(settings)}>` : undefined;
  const attachment =
    CALENDAR_KINDS.has(row.kind) && row.meeting
      ? await invitation(db, row, row.meeting.id, recipient, settings, t)
      : null;
  return {
    to: recipient.email,
    subject: groupName ? `${sentence} — ${groupName}` : sentence,
    html: mailHtml(content),
    text: mailText(content),
    messageId: `<notification-${row.id}@${host(settings)}>`,
    ...(thread ? { inReplyTo: thread, references: [thread] } : {}),
    // Reminders are bulk mail in the RFC 8058 sense: one click unsubscribes.
    ...(reminder ? { unsubscribeUrl } : {}),
    ...(attachment ? { attachments: [attachment] } : {}),
  };
}

/** A daily or weekly digest: every notification of that delivery not yet mailed. */
export async function digestMail(
  rows: NotificationRow[],
  period: "daily" | "weekly",
  recipient: Recipient,
  settings: MailSettings,
) {
  const t = translatorFor(recipient.locale);
  const heading = t(`mail.digest.${period}`, { count: rows.length });
  const unsubscribeUrl = `${settings.publicUrl}/unsubscribe/${unsubscribeToken(recipient.id, `digest:${period}`)}`;
  const when = new Intl.DateTimeFormat(INTL_LOCALE[recipient.locale], {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: recipient.timeZone,
  });
  const content: MailContent = {
    lang: recipient.locale,
    preheader: heading,
    heading,
    paragraphs: [t("mail.digest.intro")],
    items: rows.map((row) => ({
      text: describeNotification(row, t, recipient.locale),
      href: `${settings.publicUrl}${targetOf(row)}`,
      meta: [
        row.group ? pickLocalized(row.group.name, recipient.locale)?.text : null,
        when.format(row.createdAt),
      ]
        .filter(Boolean)
        .join(" · "),
    })),
    action: { label: t("mail.openInbox"), href: `${settings.publicUrl}/inbox` },
    footer: {
      reason: t("mail.reasonDigest"),
      links: [
        { label: t("mail.settings"), href: `${settings.publicUrl}/profile/notifications` },
        { label: t(`mail.unsubscribeDigest.${period}`), href: unsubscribeUrl },
      ],
    },
  };
  return {
    to: recipient.email,
    subject: heading,
    html: mailHtml(content),
    text: mailText(content),
    messageId: `<digest-${period}-${recipient.id}-${rows[0]?.id ?? "none"}@${host(settings)}>`,
    unsubscribeUrl,
  };
}

/**
 * The rows a worker's jobs in hand read and write, one statement per round for all of them
 * (`coalesce`): a batch of 50 reminder mails costs a handful of statements, not 250.
 */
function sharedRounds(db: Executor) {
  const notification = coalesce(async (ids: readonly string[]) => {
    const rows = await readNotifications(db, inArray(notifications.id, [...ids]), {
      limit: ids.length,
    });
    return new Map(rows.map((row) => [row.id, row]));
  });
  const recipient = coalesce((ids: readonly string[]) => loadRecipients(db, ids));
  const project = coalesce((ids: readonly string[]) => readProjectLines(db, ids));
  const markEmailed = coalesce(async (ids: readonly string[]) => {
    await db
      .update(notifications)
      .set({ emailedAt: new Date() })
      .where(and(inArray(notifications.id, [...ids]), isNull(notifications.emailedAt)));
    return new Map<string, true>();
  });
  const reads: MailReads = {
    projects: async (ids) =>
      (await Promise.all(ids.map(project))).filter((p): p is ProjectLine => p !== undefined),
  };
  return { notification, recipient, markEmailed, reads };
}

/** The job handlers that send notification mail. */
export function notificationMailHandlers(settings: MailSettings): Record<string, JobHandler> {
  const rounds = new WeakMap<Executor, ReturnType<typeof sharedRounds>>();
  const roundsFor = (db: Executor) => {
    const known = rounds.get(db);
    if (known) return known;
    const shared = sharedRounds(db);
    rounds.set(db, shared);
    return shared;
  };
  return {
    [MAIL_NOTIFICATION]: async (job, { db }) => {
      const id = String((job.payload as { id?: unknown }).id ?? "");
      const shared = roundsFor(db);
      const row = isUuid(id) ? await shared.notification(id) : undefined;
      // Mailed already (a retried job), or gone (older than the retention): nothing to do.
      if (!row || row.emailedAt) return;
      const recipient = await shared.recipient(row.userId);
      if (!recipient?.active) return;
      await settings.mailer.send(
        await notificationMail(db, row, recipient, settings, shared.reads),
      );
      await recordAfterSend(() => shared.markEmailed(id));
    },
    [MAIL_DIGEST]: async (job, { db }) => {
      const { userId, period, until } = job.payload as {
        userId: string;
        period: "daily" | "weekly";
        until: string;
      };
      const recipient = await loadRecipient(db, userId);
      if (!recipient?.active) return;
      const where = and(
        eq(notifications.userId, userId),
        eq(notifications.delivery, period),
        isNull(notifications.emailedAt),
        lte(notifications.createdAt, new Date(until)),
      );
      const rows = await readNotifications(db, where, { limit: 200 });
      if (!rows.length) return;
      await settings.mailer.send(await digestMail(rows, period, recipient, settings));
      await recordAfterSend(() =>
        db
          .update(notifications)
          .set({ emailedAt: new Date() })
          .where(
            inArray(
              notifications.id,
              rows.map((r) => r.id),
            ),
          ),
      );
    },
  };
}

import type { LocalizedValues } from "@/lib/i18n/localized";
import type { NotificationKind } from "@/lib/vocabulary";

/** A notification with what it refers to, as read for the inbox and for mail. */
export interface NotificationRow {
  id: string;
  /** The recipient. */
  userId: string;
  kind: NotificationKind;
  createdAt: Date;
  readAt: Date | null;
  emailedAt: Date | null;
  params: Record<string, unknown>;
  actorName: string | null;
  group: { slug: string; name: LocalizedValues } | null;
  project: { id: string; code: string; title: LocalizedValues } | null;
  meeting: {
    id: string;
    number: number;
    city: LocalizedValues;
    startsOn: string;
    endsOn: string;
  } | null;
  plan: { number: number; periodStart: number; periodEnd: number } | null;
  actionItem: { text: LocalizedValues; dueOn: string | null } | null;
}

/** One inbox entry as the reader sees it: a sentence in their language and where it leads. */
export interface InboxEntry {
  id: string;
  kind: NotificationKind;
  text: string;
  groupName: string | null;
  href: string;
  createdAt: string;
  read: boolean;
}

import type { EmailDelivery, NotificationCategory, NotificationKind } from "@/lib/vocabulary";

/** Which choice in the preferences governs each kind of notification. */
export const CATEGORY_OF: Record<NotificationKind, NotificationCategory> = {
  update_awaiting_confirmation: "confirmations",
  project_updated: "projects",
  update_confirmed: "projects",
  comment_added: "projects",
  contact_added: "projects",
  contact_removed: "projects",
  end_date_moved: "projects",
  project_archived: "projects",
  action_item_assigned: "actionItems",
  action_item_due_soon: "reminders",
  action_item_overdue: "reminders",
  meeting_scheduled: "meetings",
  meeting_moved: "meetings",
  meeting_cancelled: "meetings",
  brief_ready: "meetings",
  plan_approved: "plans",
  update_reminder: "reminders",
  password_changed: "account",
  two_factor_enabled: "account",
  two_factor_disabled: "account",
};

/**
 * Email unless the user chose otherwise: what asks for their action at once (confirmations,
 * reminders, their account), the rest gathered in a daily digest.
 */
export const DEFAULT_DELIVERY: Record<NotificationCategory, EmailDelivery> = {
  confirmations: "immediate",
  reminders: "immediate",
  account: "immediate",
  projects: "daily",
  actionItems: "daily",
  meetings: "daily",
  plans: "daily",
};

/** Meeting notifications carry a calendar invitation (or its cancellation). */
export const CALENDAR_KINDS: ReadonlySet<NotificationKind> = new Set([
  "meeting_scheduled",
  "meeting_moved",
  "meeting_cancelled",
]);

/** Kept this long, read or not. */
export const RETENTION_DAYS = 180;

/** Reminders about action items: three days before the due date, and once when it has passed. */
export const DUE_SOON_DAYS = 3;

/** The inbox's page size. */
export const INBOX_PAGE_SIZE = 30;

/** A user's delivery for a category: their choice, else the default. */
export function deliveryFor(
  kind: NotificationKind,
  choices: Partial<Record<NotificationCategory, EmailDelivery>>,
): EmailDelivery {
  const category = CATEGORY_OF[kind];
  return choices[category] ?? DEFAULT_DELIVERY[category];
}

/** A handful of zones the two delegations live in; the profile offers these. */
export const TIME_ZONES = [
  "Europe/Oslo",
  "Europe/Moscow",
  "Europe/Kaliningrad",
  "Europe/Samara",
  "Asia/Yekaterinburg",
  "Asia/Novosibirsk",
  "Asia/Krasnoyarsk",
  "Asia/Irkutsk",
  "Asia/Yakutsk",
  "Asia/Vladivostok",
  "Asia/Magadan",
  "Asia/Kamchatka",
  "Europe/London",
  "UTC",
] as const;

/** What reading notifications refreshes: the bell is on every page, and the inbox itself. */
export const EVERY_BELL = [{ path: "/", type: "layout" }] as const;

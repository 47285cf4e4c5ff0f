import type { EmailDelivery, NotificationCategory } from "@/lib/vocabulary";

/** A user's notification settings as the form shows them: defaults filled in. */
export interface NotificationSettings {
  deliveries: Record<NotificationCategory, EmailDelivery>;
  digestHour: number;
  timeZone: string;
  /** Where digests go by default (the user's delegation's capital). */
  defaultTimeZone: string;
  /** A calendar subscription address exists (its secret is never shown again). */
  calendarFeed: boolean;
}

import { z } from "zod";
import { TIME_ZONES } from "@/lib/notifications/rules";
import {
  EMAIL_DELIVERIES,
  NOTIFICATION_CATEGORIES,
  type NotificationCategory,
} from "@/lib/vocabulary";

const delivery = z.enum(EMAIL_DELIVERIES);

/** Each category's email choice, one field per category (named by it). */
const deliveries = Object.fromEntries(NOTIFICATION_CATEGORIES.map((c) => [c, delivery])) as Record<
  NotificationCategory,
  typeof delivery
>;

/** The hour of the digests, 0–23, from a form field ("7") or a number. */
const hour = z.preprocess(
  (value) => (typeof value === "number" ? String(value) : value),
  z
    .string()
    .trim()
    .min(1, { abort: true })
    .refine((value) => /^\d{1,2}$/.test(value), {
      params: { key: "validation.wholeNumber" },
      abort: true,
    })
    .transform(Number)
    .pipe(z.number().min(0).max(23)),
);

/** The notification settings form: email per category, and when digests come. */
export const notificationSettingsSchema = z.object({
  ...deliveries,
  digestHour: hour,
  timeZone: z.enum(TIME_ZONES),
});

export type NotificationSettingsInput = z.output<typeof notificationSettingsSchema>;

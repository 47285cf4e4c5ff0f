import { z } from "zod";
import { storableString } from "@/lib/validation";

const name = storableString().trim().min(1).max(300);

export const SLUG_PATTERN = /^[a-z0-9][a-z0-9-]{0,62}$/;

/** The reminders before each meeting: whole days before the brief's cut-off. */
export const REMINDER_DAYS = { min: 1, max: 60, count: 6, defaults: [14, 3] } as const;

/**
 * The reminder days as typed ("14, 3"): whole days from 1 to 60, at most six, each once,
 * kept from the earliest reminder to the last. Empty: no reminders by themselves.
 */
export const reminderDaysField = z
  .string()
  .max(200)
  .transform((raw, ctx) => {
    const parts = raw.split(/[\s,;]+/).filter(Boolean);
    const days = parts.map((part) => (/^\d{1,3}$/.test(part) ? Number(part) : Number.NaN));
    const { min, max, count } = REMINDER_DAYS;
    if (days.some((d) => !(d >= min && d <= max)))
      ctx.addIssue({
        code: "custom",
        params: { key: "admin.groups.errors.reminderDays", values: { min, max } },
      });
    else if (new Set(days).size > count)
      ctx.addIssue({
        code: "custom",
        params: { key: "admin.groups.errors.reminderDaysCount", values: { count } },
      });
    return [...new Set(days)].sort((a, b) => b - a);
  });

export const groupFieldsSchema = z.object({
  slug: z
    .string()
    .trim()
    .min(1)
    .refine((value) => SLUG_PATTERN.test(value), {
      params: { key: "admin.groups.errors.slugFormat" },
    }),
  nameNb: name,
  nameRu: name,
  nameEn: name,
  commissionNb: name,
  commissionRu: name,
  commissionEn: name,
  /** Absent (not from the form): the defaults for a new group, unchanged for an edit. */
  reminderDays: reminderDaysField.optional(),
});

export const updateGroupSchema = groupFieldsSchema.extend({ groupId: z.uuid() });
export const groupRefSchema = z.object({ groupId: z.uuid() });

const areaName = storableString().trim().min(1).max(200);

export const areaNamesSchema = z.object({
  nameNb: areaName,
  nameRu: areaName,
  nameEn: areaName,
});

export const createAreaSchema = areaNamesSchema.extend({ groupId: z.uuid() });
export const areaRefSchema = z.object({ groupId: z.uuid(), areaId: z.uuid() });
/**
 * The OECD DAC 5 purpose code an area's projects are reported under (IATI sector): five digits,
 * or empty for none. Absent: left as it is.
 */
const dacCode = z
  .preprocess(
    (value) => (typeof value === "string" ? value.trim() : value),
    z.union([
      z.literal(""),
      z.string().refine((value) => /^\d{5}$/.test(value), {
        params: { key: "admin.areas.errors.dacCode" },
      }),
    ]),
  )
  .optional()
  .transform((value) => (value === undefined ? undefined : value === "" ? null : value));

export const renameAreaSchema = areaNamesSchema.extend({ ...areaRefSchema.shape, dacCode });
export const moveAreaSchema = areaRefSchema.extend({ direction: z.enum(["up", "down"]) });

export type GroupFields = z.output<typeof groupFieldsSchema>;

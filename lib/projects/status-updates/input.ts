import { z } from "zod";
import { evidenceSchema } from "@/lib/documents/input";
import { NEXT_STEPS_MAX, NOTE_MAX, needsHealth } from "@/lib/projects/status-updates/rules";
import { INT4_MAX, storableString } from "@/lib/validation";
import { LOCALES, PROJECT_HEALTHS, PROJECT_STATUSES } from "@/lib/vocabulary";

const blankToUndefined = (value: unknown) =>
  typeof value === "string" && value.trim() === "" ? undefined : value;

/** Optional free text: trimmed, blank stored as null. */
const text = (max: number) =>
  z.preprocess(
    blankToUndefined,
    storableString()
      .trim()
      .max(max)
      .optional()
      .transform((value) => value ?? null),
  );

/** A whole percentage, from a form field ("60") or a number. */
const percent = z.preprocess(
  (value) => (typeof value === "number" ? String(value) : value),
  z
    .string()
    .trim()
    .min(1, { abort: true })
    .refine((value) => /^\d+$/.test(value), {
      params: { key: "validation.wholeNumber" },
      abort: true,
    })
    .transform(Number)
    .pipe(z.number().min(0).max(100)),
);

/** A status update, as the project page's form or the JSON route sends it. */
export const statusUpdateSchema = z
  .object({
    projectId: z.uuid(),
    version: z.coerce.number().int().min(1).max(INT4_MAX),
    status: z.enum(PROJECT_STATUSES),
    health: z.preprocess(blankToUndefined, z.enum(PROJECT_HEALTHS).optional()),
    progress: percent,
    note: text(NOTE_MAX),
    noteLocale: z.preprocess(blankToUndefined, z.enum(LOCALES).optional()),
    nextSteps: text(NEXT_STEPS_MAX),
    /** Documents uploaded as evidence while the update was written (lib/documents). */
    evidence: evidenceSchema,
  })
  .refine((input) => !needsHealth(input.status) || input.health !== undefined, {
    path: ["health"],
    params: { key: "project.update.healthRequired" },
    // Also report it next to other fields' errors, not only once they are fixed.
    when: (payload) => typeof payload.value === "object" && payload.value !== null,
  })
  .transform((input) => ({
    ...input,
    health: needsHealth(input.status) ? (input.health ?? null) : null,
  }));

export type StatusUpdateInput = z.input<typeof statusUpdateSchema>;

/** The other side confirms the latest update, named by its id. */
export const confirmUpdateSchema = z.object({ updateId: z.uuid() });

/**
 * A translation of an update's note and next steps into another language (the action checks
 * that it is not the note's own and that each text the original has is translated).
 */
export const translateUpdateSchema = z
  .object({
    updateId: z.uuid(),
    locale: z.enum(LOCALES),
    note: text(NOTE_MAX),
    nextSteps: text(NEXT_STEPS_MAX),
  })
  .refine((input) => input.note !== null || input.nextSteps !== null, {
    path: ["note"],
    params: { key: "project.translate.empty" },
  });

export type TranslateUpdateInput = z.input<typeof translateUpdateSchema>;

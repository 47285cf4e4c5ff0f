import { z } from "zod";
import { DELEGATIONS } from "@/db/schema/enums";
import { isIsoDate, storableString } from "@/lib/validation";

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A custom issue whose message is a key under meetings.errors (see lib/validation.ts). */
export const issue = (key: string, values?: Record<string, string | number>) => ({
  code: "custom" as const,
  params: values ? { key: `meetings.errors.${key}`, values } : { key: `meetings.errors.${key}` },
});

/** Form fields arrive as strings; an absent one counts as empty. Text PostgreSQL cannot store is refused. */
export const formString = () => z.preprocess((v) => v ?? "", storableString());

/** Text as typed (line breaks normalised), only trimmed; empty means absent. */
export const optionalText = (max: number) =>
  formString()
    .transform((v) => v.replace(/\r\n?/g, "\n"))
    .pipe(z.string().trim().max(max))
    .transform((v) => v || null);

/** The id of a record the form refers to (hidden fields). */
export const recordId = () =>
  formString().pipe(
    z
      .string()
      .trim()
      .refine((v) => UUID.test(v), { params: { key: "validation.invalid" } }),
  );

/** The working group the guard checks; any string, the guard answers not_found for nonsense. */
export const groupId = () => formString().pipe(z.string().trim());

/** A choice among people or projects; empty means none. */
export const optionalChoice = () =>
  formString().transform((raw, ctx) => {
    const value = raw.trim();
    if (value && !UUID.test(value))
      ctx.addIssue({ code: "custom", params: { key: "validation.choice" } });
    return value || null;
  });

/** Checkbox lists: absent, one value or many; duplicates dropped. */
export const choiceList = (max: number) =>
  z
    .preprocess(
      (v) => (v === undefined || v === null || v === "" ? [] : Array.isArray(v) ? v : [v]),
      z.array(z.string()),
    )
    .transform((values, ctx) => {
      const unique = [...new Set(values.map((v) => v.trim()).filter(Boolean))];
      if (unique.some((v) => !UUID.test(v)))
        ctx.addIssue({ code: "custom", params: { key: "validation.choice" } });
      if (unique.length > max)
        ctx.addIssue({ code: "custom", params: { key: "validation.tooMany", values: { max } } });
      return unique;
    });

export const requiredDate = () =>
  formString().transform((raw, ctx) => {
    const value = raw.trim();
    if (!value) ctx.addIssue({ code: "custom", params: { key: "validation.required" } });
    else if (!isIsoDate(value)) ctx.addIssue(issue("date"));
    return value;
  });

export const optionalDate = () =>
  formString().transform((raw, ctx) => {
    const value = raw.trim();
    if (value && !isIsoDate(value)) ctx.addIssue(issue("date"));
    return value || null;
  });

export const delegation = () => z.preprocess((v) => v ?? "", z.enum(DELEGATIONS));

/** The fingerprint of the record the form was opened on; empty when the caller has none. */
export const base = () =>
  formString()
    .pipe(z.string().trim().max(64))
    .transform((v) => v || null);

/** Cross-field rules run despite other fields' errors (so all show at once), but need an object. */
export const whenObject = {
  when: (payload: { value: unknown }) =>
    typeof payload.value === "object" && payload.value !== null,
};

/** True when none of the named fields has an issue yet. */
export function clean(ctx: { issues: { path?: PropertyKey[] }[] }, ...fields: string[]) {
  return !ctx.issues.some((i) => fields.includes(String(i.path?.[0])));
}

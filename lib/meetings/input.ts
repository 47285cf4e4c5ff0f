import { z } from "zod";
import { type LocalizedKey, localizedKeys } from "@/lib/i18n/localized";
import { MEETING_LIMITS as L } from "@/lib/meetings/rules";
import { isIsoDate, storableString, UUID_PATTERN as UUID } from "@/lib/validation";
import { DELEGATIONS } from "@/lib/vocabulary";

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

/** A text in nb, ru and en (`${prefix}Nb`, …), each optional, at most `max` characters. */
const optionalTexts = <P extends string>(prefix: P, max: number) =>
  Object.fromEntries(localizedKeys(prefix).map((key) => [key, optionalText(max)])) as Record<
    LocalizedKey<P>,
    ReturnType<typeof optionalText>
  >;

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

/** Every meeting-scoped input names the group (checked by the guard) and the meeting. */
const scoped = { groupId: groupId(), meetingId: recordId() };

export const meetingRef = z.object(scoped);
export type MeetingRef = z.output<typeof meetingRef>;

const meetingNumber = formString().transform((raw, ctx) => {
  const value = raw.trim();
  if (!value) {
    ctx.addIssue({ code: "custom", params: { key: "validation.required" } });
    return 0;
  }
  const number = /^\d{1,3}$/.test(value) ? Number(value) : Number.NaN;
  if (!(number >= 1 && number <= L.number)) ctx.addIssue(issue("numberRange", { max: L.number }));
  return number;
});

const meetingFields = {
  number: meetingNumber,
  startsOn: requiredDate(),
  endsOn: requiredDate(),
  ...optionalTexts("city", L.city),
  country: delegation(),
  /** The day updates are due by and the brief reports up to; empty means the first day. */
  briefCutoffOn: optionalDate(),
};

type MeetingFields = z.output<z.ZodObject<typeof meetingFields>>;

function meetingRules(value: MeetingFields, ctx: z.core.$RefinementCtx<MeetingFields>) {
  if (clean(ctx, "startsOn", "endsOn") && value.endsOn < value.startsOn)
    ctx.addIssue({ ...issue("endBeforeStart"), path: ["endsOn"] });
  if (clean(ctx, "cityNb", "cityRu", "cityEn") && !(value.cityNb || value.cityRu || value.cityEn))
    ctx.addIssue({ ...issue("cityRequired"), path: ["city"] });
  if (
    clean(ctx, "startsOn", "briefCutoffOn") &&
    value.briefCutoffOn &&
    value.briefCutoffOn > value.startsOn
  )
    ctx.addIssue({ ...issue("cutoffAfterStart"), path: ["briefCutoffOn"] });
}

export const createMeetingInput = z
  .object({ groupId: groupId(), ...meetingFields })
  .superRefine(meetingRules, whenObject);

export const updateMeetingInput = z
  .object({ ...scoped, base: base(), ...meetingFields })
  .superRefine(meetingRules, whenObject);

export type MeetingInput = MeetingFields;

/** At least one language of a multilingual text; the error sits on the group ("title", "text"). */
function oneLanguage(prefix: "title" | "text", key: string) {
  // biome-ignore lint/suspicious/noExplicitAny: shared by several object schemas
  return (value: object, ctx: z.core.$RefinementCtx<any>) => {
    const fields = [`${prefix}Nb`, `${prefix}Ru`, `${prefix}En`];
    const values = value as Record<string, unknown>;
    if (clean(ctx, ...fields) && !fields.some((f) => values[f]))
      ctx.addIssue({ ...issue(key), path: [prefix] });
  };
}

/**
 * A meeting item's two inputs: adding it (its fields, with a text in at least one language) and
 * updating it (also the item, and the fingerprint its form was opened on).
 */
function itemInputs<F extends z.ZodRawShape>(fields: F, prefix: "title" | "text", key: string) {
  const inOneLanguage = oneLanguage(prefix, key);
  return {
    add: z.object({ ...scoped, ...fields }).superRefine(inOneLanguage, whenObject),
    update: z
      .object({ ...scoped, itemId: recordId(), base: base(), ...fields })
      .superRefine(inOneLanguage, whenObject),
  };
}

const agendaFields = {
  ...optionalTexts("title", L.title),
  projectIds: choiceList(L.linkedProjects),
};

const agendaInputs = itemInputs(agendaFields, "title", "titleRequired");
export const addAgendaItemInput = agendaInputs.add;
export const updateAgendaItemInput = agendaInputs.update;

export type AgendaItemInput = z.output<typeof addAgendaItemInput>;

/** Deleting an agenda item, a decision or an action item. */
export const itemRef = z.object({ ...scoped, itemId: recordId() });

/** The whole list in its new order, as the editor shows it: positions are rewritten from it. */
export const reorderInput = z.object({
  ...scoped,
  order: z
    .array(z.string().regex(UUID))
    .max(L.items)
    .refine((ids) => new Set(ids).size === ids.length, { params: { key: "validation.invalid" } }),
});

export const minutesInput = z.object({
  ...scoped,
  base: base(),
  ...optionalTexts("minutes", L.minutes),
});

const decisionFields = {
  ...optionalTexts("text", L.decision),
  projectId: optionalChoice(),
};

const decisionInputs = itemInputs(decisionFields, "text", "textRequired");
export const addDecisionInput = decisionInputs.add;
export const updateDecisionInput = decisionInputs.update;

export type DecisionInput = z.output<typeof addDecisionInput>;

const actionItemFields = {
  ...optionalTexts("text", L.actionText),
  ownerId: optionalChoice().refine((v) => v !== null, { params: issue("ownerRequired").params }),
  dueOn: optionalDate(),
  projectId: optionalChoice(),
};

const actionItemInputs = itemInputs(actionItemFields, "text", "textRequired");
export const addActionItemInput = actionItemInputs.add;
export const updateActionItemInput = actionItemInputs.update;

export type ActionItemInput = z.output<typeof addActionItemInput>;

function parseJson(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return undefined;
  }
}

const guest = z.object({
  name: formString().pipe(z.string().trim().min(1).max(L.guestName)),
  delegation: delegation(),
  capacity: optionalText(L.capacity),
});

export type GuestInput = z.output<typeof guest>;

/** The guest editor keeps its rows in one hidden field, as JSON. */
const guests = formString()
  .transform((raw, ctx) => {
    const parsed = raw.trim() ? parseJson(raw) : [];
    if (!Array.isArray(parsed)) {
      ctx.addIssue({ code: "custom", params: { key: "validation.invalid" } });
      return z.NEVER;
    }
    if (parsed.length > L.guests)
      ctx.addIssue({
        code: "custom",
        params: { key: "validation.tooMany", values: { max: L.guests } },
      });
    return parsed as unknown[];
  })
  .pipe(z.array(guest));

export const attendeesInput = z.object({
  ...scoped,
  base: base(),
  memberIds: choiceList(L.attendees),
  guests,
});

export type AttendeesInput = z.output<typeof attendeesInput>;

/** A meeting number from the URL: a positive whole number, else null (404). */
export function parseMeetingNumber(value: string): number | null {
  return /^[1-9]\d{0,5}$/.test(value) ? Number(value) : null;
}

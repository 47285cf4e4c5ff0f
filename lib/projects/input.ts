import { z } from "zod";
import { placeKeysField } from "@/lib/places/input";
import { CODE_PATTERN, INITIAL_STATUSES, LIMITS } from "@/lib/projects/rules";
import { INT4_MAX, isIsoDate, storableString, UUID_PATTERN as UUID } from "@/lib/validation";
import { CURRENCIES } from "@/lib/vocabulary";

/** A custom issue whose message is a key in messages/*.json (see lib/validation.ts). */
const issue = (key: string, values?: Record<string, number>) => ({
  code: "custom" as const,
  params: values
    ? { key: `projectForm.errors.${key}`, values }
    : { key: `projectForm.errors.${key}` },
});

/** Form fields arrive as strings; an absent one counts as empty. Text PostgreSQL cannot store is refused. */
const formString = () => z.preprocess((v) => v ?? "", storableString());

/** Text as typed, only trimmed; empty means absent. */
const text = (max: number) =>
  formString()
    .pipe(z.string().trim().max(max))
    .transform((v) => v || null);

const optionalDate = formString().transform((raw, ctx) => {
  const value = raw.trim();
  if (value && !isIsoDate(value)) ctx.addIssue(issue("date"));
  return value || null;
});

const optionalId = formString().transform((raw, ctx) => {
  const value = raw.trim();
  if (value && !UUID.test(value))
    ctx.addIssue({ code: "custom", params: { key: "validation.choice" } });
  return value || null;
});

/** One entry per line: trimmed, empty lines dropped. Line numbers in errors are the textarea's. */
const lines = formString().transform((raw, ctx) => {
  const items: string[] = [];
  raw.split(/\r?\n/).forEach((line, index) => {
    const item = line.trim();
    if (!item) return;
    if (item.length > LIMITS.line)
      ctx.addIssue(issue("lineTooLong", { line: index + 1, max: LIMITS.line }));
    items.push(item);
  });
  if (items.length > LIMITS.lines) ctx.addIssue(issue("tooManyLines", { max: LIMITS.lines }));
  return items;
});

/**
 * An amount as people type it in any of our languages ("1 500 000,50", "1,500,000.50"): the last
 * separator followed by one or two digits is the decimal mark, others group thousands.
 * Returned as numeric(14,2) text, e.g. "1500000.50".
 */
const amount = formString().transform((raw, ctx) => {
  const compact = raw.replace(/[\s\u00a0\u202f']/g, "");
  if (!compact) return null;
  const decimal = /[.,](\d{1,2})$/.exec(compact);
  const whole = (decimal ? compact.slice(0, decimal.index) : compact).replace(/[.,]/g, "");
  const normalised = decimal ? `${whole}.${decimal[1]}` : whole;
  if (!/^\d{1,12}(\.\d{1,2})?$/.test(normalised)) {
    ctx.addIssue(issue("amount"));
    return null;
  }
  const [integer = "0", fraction = ""] = normalised.split(".");
  return `${BigInt(integer)}.${fraction.padEnd(2, "0")}`;
});

const currency = formString()
  .pipe(z.enum(["", ...CURRENCIES]))
  .transform((v) => (v === "" ? null : v));

/** Cross-field rules run despite other fields' errors (so all show at once), but need an object. */
const whenObject = {
  when: (payload: { value: unknown }) =>
    typeof payload.value === "object" && payload.value !== null,
};

const milestone = z
  .object({
    id: optionalId,
    titleNb: text(LIMITS.title),
    titleRu: text(LIMITS.title),
    titleEn: text(LIMITS.title),
    dueOn: optionalDate,
    doneOn: optionalDate,
  })
  .superRefine((m, ctx) => {
    const titlesClean = !ctx.issues.some((i) => String(i.path?.[0]).startsWith("title"));
    if (titlesClean && !(m.titleNb || m.titleRu || m.titleEn))
      ctx.addIssue({ ...issue("milestoneTitle"), path: ["title"] });
  }, whenObject);

export type MilestoneInput = z.output<typeof milestone>;

function parseJson(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return undefined;
  }
}

/** The milestone editor keeps its rows in one hidden field, as JSON. */
const milestones = z
  .string()
  .transform((raw, ctx) => {
    const parsed = parseJson(raw);
    if (!Array.isArray(parsed)) {
      ctx.addIssue(issue("milestonesInvalid"));
      return z.NEVER;
    }
    if (parsed.length > LIMITS.milestones)
      ctx.addIssue(issue("tooManyMilestones", { max: LIMITS.milestones }));
    return parsed as unknown[];
  })
  .pipe(z.array(milestone));

const projectFields = {
  code: formString().pipe(
    z
      .string()
      .trim()
      .min(1)
      .max(LIMITS.code)
      .refine((v) => v === "" || CODE_PATTERN.test(v), { params: issue("codeFormat").params }),
  ),
  areaId: formString().pipe(
    z
      .string()
      .trim()
      .min(1)
      .refine((v) => v === "" || UUID.test(v), { params: { key: "validation.choice" } }),
  ),
  titleNb: text(LIMITS.title),
  titleRu: text(LIMITS.title),
  titleEn: text(LIMITS.title),
  summaryNb: text(LIMITS.summary),
  summaryRu: text(LIMITS.summary),
  summaryEn: text(LIMITS.summary),
  plannedStart: optionalDate,
  plannedEnd: optionalDate,
  leadOrgNo: text(LIMITS.organisation),
  leadOrgRu: text(LIMITS.organisation),
  contactNoId: optionalId,
  contactRuId: optionalId,
  partners: lines,
  places: placeKeysField,
  fundingAmount: amount,
  fundingCurrency: currency,
  fundingSource: text(LIMITS.source),
  milestones,
};

type ProjectFields = z.output<z.ZodObject<typeof projectFields>>;

/** Rules across fields; each only when the fields it reads parsed cleanly. */
function crossFieldRules(value: ProjectFields, ctx: z.core.$RefinementCtx<ProjectFields>) {
  const clean = (...fields: (keyof ProjectFields)[]) =>
    !ctx.issues.some((i) => fields.includes(i.path?.[0] as keyof ProjectFields));
  if (clean("titleNb", "titleRu", "titleEn") && !(value.titleNb || value.titleRu || value.titleEn))
    ctx.addIssue({ ...issue("titleRequired"), path: ["title"] });
  const { plannedStart, plannedEnd } = value;
  if (
    clean("plannedStart", "plannedEnd") &&
    plannedStart &&
    plannedEnd &&
    plannedEnd < plannedStart
  )
    ctx.addIssue({ ...issue("endBeforeStart"), path: ["plannedEnd"] });
  if (clean("fundingAmount", "fundingCurrency")) {
    if (value.fundingAmount && !value.fundingCurrency)
      ctx.addIssue({ ...issue("currencyMissing"), path: ["fundingCurrency"] });
    if (value.fundingCurrency && !value.fundingAmount)
      ctx.addIssue({ ...issue("amountMissing"), path: ["fundingAmount"] });
  }
}

export const createProjectInput = z
  .object({
    /** Checked by the guard: the actor must be allowed to manage projects in this group. */
    groupId: formString(),
    status: z.preprocess((v) => v || "proposed", z.enum(INITIAL_STATUSES)),
    ...projectFields,
  })
  .superRefine(crossFieldRules, whenObject);

export const updateProjectInput = z
  .object({
    projectId: formString(),
    /** The version the form started from: saving over a newer one is refused. */
    version: z.coerce.number().int().min(1).max(INT4_MAX),
    ...projectFields,
  })
  .superRefine(crossFieldRules, whenObject);

export type CreateProjectInput = z.output<typeof createProjectInput>;
export type UpdateProjectInput = z.output<typeof updateProjectInput>;
export type ProjectInput = ProjectFields;

/** Archiving and restoring name the project. */
export const archiveInput = z.object({ projectId: z.preprocess((v) => v ?? "", z.string()) });

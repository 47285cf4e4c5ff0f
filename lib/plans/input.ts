import { z } from "zod";
import { ADD_MAX, PERIOD_MAX_YEARS, YEAR_MAX, YEAR_MIN } from "@/lib/plans/rules";
import { isIsoDate, UUID_PATTERN as UUID } from "@/lib/validation";

/** A custom issue whose message is a key in messages/*.json (see lib/validation.ts). */
const issue = (key: string, values?: Record<string, number>) => ({
  code: "custom" as const,
  params: values ? { key: `plans.errors.${key}`, values } : { key: `plans.errors.${key}` },
});

/** Form fields arrive as strings; an absent one counts as empty. */
const formString = () => z.preprocess((v) => v ?? "", z.string());

/** The last value of a repeated field (a hidden default followed by a checkbox). */
const last = (v: unknown) => (Array.isArray(v) ? v.at(-1) : v);

/** An id chosen from a list the page offered: a bad one is a wrong choice. */
const id = z.preprocess(
  (v) => last(v) ?? "",
  z
    .string()
    .min(1)
    .refine((v) => v === "" || UUID.test(v), { params: { key: "validation.choice" } }),
);

const year = formString().transform((raw, ctx) => {
  const value = raw.trim();
  if (!/^\d{4}$/.test(value) || Number(value) < YEAR_MIN || Number(value) > YEAR_MAX) {
    ctx.addIssue(issue("year", { min: YEAR_MIN, max: YEAR_MAX }));
    return z.NEVER;
  }
  return Number(value);
});

const whenObject = {
  when: (payload: { value: unknown }) =>
    typeof payload.value === "object" && payload.value !== null,
};

const period = { periodStart: year, periodEnd: year };

function periodInOrder(
  value: { periodStart: number; periodEnd: number },
  ctx: z.core.$RefinementCtx<{ periodStart: number; periodEnd: number }>,
) {
  const clean = !ctx.issues.some((i) => String(i.path?.[0]).startsWith("period"));
  if (!clean) return;
  if (value.periodEnd < value.periodStart)
    ctx.addIssue({ ...issue("periodOrder"), path: ["periodEnd"] });
  else if (value.periodEnd - value.periodStart >= PERIOD_MAX_YEARS)
    ctx.addIssue({ ...issue("periodLength", { max: PERIOD_MAX_YEARS }), path: ["periodEnd"] });
}

/** A checkbox with a hidden "0" before it: absent means the default. */
const flag = (fallback: boolean) =>
  z.preprocess(
    last,
    z
      .enum(["0", "1", "on", "true", "false"])
      .optional()
      .transform((v) => (v === undefined ? fallback : v === "1" || v === "on" || v === "true")),
  );

/** Every plan action names the group (checked by the guard) and, but for creation, the plan. */
const planRef = { groupId: formString(), planId: id };

export const createPlanInput = z
  .object({ groupId: formString(), ...period, carryOver: flag(true) })
  .superRefine(periodInOrder, whenObject);

export const updatePlanInput = z
  .object({ ...planRef, ...period })
  .superRefine(periodInOrder, whenObject);

export const planRefInput = z.object(planRef);

export const addProjectsInput = z.object({
  ...planRef,
  projectIds: z.preprocess(
    (v) => (v === undefined || v === "" ? [] : Array.isArray(v) ? v : [v]),
    z
      .array(z.string().regex(UUID))
      .max(ADD_MAX)
      .refine((ids) => ids.length > 0, { params: { key: "plans.errors.noneChosen" } }),
  ),
});

export const removeProjectInput = z.object({ ...planRef, projectId: id });

export const approvePlanInput = z.object({
  ...planRef,
  meetingId: id,
  approvedOn: formString().transform((raw, ctx) => {
    const value = raw.trim();
    if (!isIsoDate(value)) {
      ctx.addIssue(
        value ? issue("date") : { code: "custom", params: { key: "validation.required" } },
      );
      return z.NEVER;
    }
    return value;
  }),
});

export type CreatePlanInput = z.input<typeof createPlanInput>;
export type ApprovePlanInput = z.input<typeof approvePlanInput>;

import { and, count, eq, sql } from "drizzle-orm";
import { meetings, workPlanProjects, workPlans } from "@/db/schema";
import { defineAction } from "@/lib/actions/guard";
import { todayIso } from "@/lib/clock";
import { AppError, type FieldErrors } from "@/lib/errors";
import { approvePlanInput } from "./input";
import { lockGroupPlans, lockPlan, requireScope, type SavedPlan } from "./writes";

const refuse = (key: string, values?: Record<string, string | number>) =>
  new AppError("conflict", { message: values ? { key, values } : { key } });

const fieldError = (fieldErrors: FieldErrors) => new AppError("validation", { fieldErrors });

/**
 * Approves a draft at a held meeting of the group. In one transaction the plan approved so far
 * is superseded and the draft approved; from then on the draft's list is frozen.
 */
export const approvePlan = defineAction({
  name: "plan.approve",
  permission: "plan.manage",
  schema: approvePlanInput,
  resource: (input) => ({ kind: "group", groupId: input.groupId }),
  async run({ tx, input, groupId, audit }): Promise<SavedPlan & { superseded: number | null }> {
    const scope = requireScope(groupId);
    const slug = await lockGroupPlans(tx, scope);
    const plan = await lockPlan(tx, scope, input.planId);
    if (plan.state !== "draft") throw refuse("plans.errors.notDraft");

    const [meeting] = await tx
      .select({ id: meetings.id, state: meetings.state, startsOn: meetings.startsOn })
      .from(meetings)
      .where(and(eq(meetings.id, input.meetingId), eq(meetings.groupId, scope)));
    if (!meeting) throw fieldError({ meetingId: [{ key: "plans.errors.meetingUnknown" }] });
    if (meeting.state !== "held")
      throw fieldError({ meetingId: [{ key: "plans.errors.meetingNotHeld" }] });
    if (input.approvedOn < meeting.startsOn)
      throw fieldError({ approvedOn: [{ key: "plans.errors.beforeMeeting" }] });
    if (input.approvedOn > todayIso())
      throw fieldError({ approvedOn: [{ key: "plans.errors.inFuture" }] });

    const [listed] = await tx
      .select({ n: count() })
      .from(workPlanProjects)
      .where(and(eq(workPlanProjects.planId, plan.id), eq(workPlanProjects.groupId, scope)));
    if (!listed?.n) throw refuse("plans.errors.empty");

    // First the old plan, then the new: at no point are two plans approved (a unique index).
    const superseded = await tx
      .update(workPlans)
      .set({ state: "superseded", supersededAt: sql`now()` })
      .where(and(eq(workPlans.groupId, scope), eq(workPlans.state, "approved")))
      .returning({ id: workPlans.id, number: workPlans.number });
    await tx
      .update(workPlans)
      .set({ state: "approved", approvedOn: input.approvedOn, approvedAtMeetingId: meeting.id })
      .where(
        and(eq(workPlans.id, plan.id), eq(workPlans.groupId, scope), eq(workPlans.state, "draft")),
      );
    const previous = superseded[0] ?? null;
    await audit({
      action: "plan.approve",
      entityType: "work_plan",
      entityId: plan.id,
      before: { number: plan.number, state: "draft", approved: previous?.number ?? null },
      after: {
        number: plan.number,
        state: "approved",
        approvedOn: input.approvedOn,
        meetingId: meeting.id,
        superseded: previous?.number ?? null,
      },
    });
    return { groupSlug: slug, number: plan.number, superseded: previous?.number ?? null };
  },
});

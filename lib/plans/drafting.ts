import { and, asc, eq } from "drizzle-orm";
import { projects, workPlanProjects, workPlans } from "@/db/schema";
import { defineAction } from "@/lib/actions/guard";
import { AppError } from "@/lib/errors";
import { unfinishedProjectsOf } from "./carry-over";
import { createPlanInput, planRefInput, updatePlanInput } from "./input";
import {
  groupSlug,
  lockDraft,
  lockGroupPlans,
  requireScope,
  type SavedPlan,
  writeToPlan,
} from "./writes";

/**
 * Drafts the next plan (highest number + 1), by default with every unfinished project of the
 * approved plan carried over. One draft at a time: a second is refused.
 */
export const createPlan = defineAction({
  name: "plan.create",
  permission: "plan.manage",
  schema: createPlanInput,
  resource: (input) => ({ kind: "group", groupId: input.groupId }),
  async run({ tx, actor, input, groupId, audit }): Promise<SavedPlan & { carriedOver: number }> {
    const scope = requireScope(groupId);
    const slug = await lockGroupPlans(tx, scope);
    const existing = await tx
      .select({ id: workPlans.id, number: workPlans.number, state: workPlans.state })
      .from(workPlans)
      .where(eq(workPlans.groupId, scope));
    const draft = existing.find((p) => p.state === "draft");
    if (draft) {
      throw new AppError("conflict", {
        message: { key: "plans.errors.draftExists", values: { number: draft.number } },
      });
    }
    const number = Math.max(0, ...existing.map((p) => p.number)) + 1;
    const current = existing.find((p) => p.state === "approved");
    const carried =
      input.carryOver && current ? await unfinishedProjectsOf(tx, scope, current.id) : [];
    const [plan] = await tx
      .insert(workPlans)
      .values({
        groupId: scope,
        number,
        periodStart: input.periodStart,
        periodEnd: input.periodEnd,
        createdById: actor.id,
      })
      .returning({ id: workPlans.id });
    if (!plan) throw new Error("work plan not inserted");
    if (carried.length) {
      await writeToPlan(() =>
        tx.insert(workPlanProjects).values(
          carried.map((p) => ({
            planId: plan.id,
            projectId: p.id,
            groupId: scope,
            carriedOver: true,
          })),
        ),
      );
    }
    await audit({
      action: "plan.create",
      entityType: "work_plan",
      entityId: plan.id,
      after: {
        number,
        periodStart: input.periodStart,
        periodEnd: input.periodEnd,
        carriedOverFrom: carried.length ? (current?.number ?? null) : null,
        carriedOver: carried.map((p) => p.code),
      },
    });
    return { groupSlug: slug, number, carriedOver: carried.length };
  },
});

/** Changes a draft's period. */
export const updatePlan = defineAction({
  name: "plan.update",
  permission: "plan.manage",
  schema: updatePlanInput,
  resource: (input) => ({ kind: "group", groupId: input.groupId }),
  async run({ tx, input, groupId, audit }): Promise<SavedPlan> {
    const scope = requireScope(groupId);
    const plan = await lockDraft(tx, scope, input.planId);
    const saved = { groupSlug: await groupSlug(tx, scope), number: plan.number };
    if (plan.periodStart === input.periodStart && plan.periodEnd === input.periodEnd) return saved;
    await tx
      .update(workPlans)
      .set({ periodStart: input.periodStart, periodEnd: input.periodEnd })
      .where(
        and(eq(workPlans.id, plan.id), eq(workPlans.groupId, scope), eq(workPlans.state, "draft")),
      );
    await audit({
      action: "plan.update",
      entityType: "work_plan",
      entityId: plan.id,
      before: { number: plan.number, periodStart: plan.periodStart, periodEnd: plan.periodEnd },
      after: { number: plan.number, periodStart: input.periodStart, periodEnd: input.periodEnd },
    });
    return saved;
  },
});

/** Deletes a draft and its list; approved and superseded plans are records and stay. */
export const deletePlan = defineAction({
  name: "plan.delete",
  permission: "plan.manage",
  schema: planRefInput,
  resource: (input) => ({ kind: "group", groupId: input.groupId }),
  async run({ tx, input, groupId, audit }): Promise<SavedPlan> {
    const scope = requireScope(groupId);
    const plan = await lockDraft(tx, scope, input.planId);
    const listed = await tx
      .select({ code: projects.code })
      .from(workPlanProjects)
      .innerJoin(projects, eq(projects.id, workPlanProjects.projectId))
      .where(and(eq(workPlanProjects.planId, plan.id), eq(workPlanProjects.groupId, scope)))
      .orderBy(asc(projects.code));
    await writeToPlan(() =>
      tx
        .delete(workPlans)
        .where(
          and(
            eq(workPlans.id, plan.id),
            eq(workPlans.groupId, scope),
            eq(workPlans.state, "draft"),
          ),
        ),
    );
    await audit({
      action: "plan.delete",
      entityType: "work_plan",
      entityId: plan.id,
      before: {
        number: plan.number,
        periodStart: plan.periodStart,
        periodEnd: plan.periodEnd,
        projects: listed.map((p) => p.code),
      },
    });
    return { groupSlug: await groupSlug(tx, scope), number: plan.number };
  },
});

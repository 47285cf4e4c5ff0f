import "server-only";
import { and, asc, count, eq, inArray, isNull, lt, sql } from "drizzle-orm";
import { meetings, projects, workPlanProjects, workPlans } from "@/db/schema";
import { defineAction } from "@/lib/actions/guard";
import { onGroup } from "@/lib/actions/resources";
import { todayIso } from "@/lib/clock";
import { AppError, type FieldErrors } from "@/lib/errors";
import { notifyGroup } from "@/lib/notifications/writes";
import {
  addProjectsInput,
  approvePlanInput,
  createPlanInput,
  planRefInput,
  removeProjectInput,
  updatePlanInput,
} from "@/lib/plans/input";
import { unfinishedProjectsOf } from "@/lib/plans/queries";
import type { ApprovedPlan, CreatedPlan, SavedPlan } from "@/lib/plans/types";
import { lockDraft, lockGroupPlans, lockPlan, writeToPlan } from "@/lib/plans/writes";
import { groupSlug } from "@/lib/projects/writes";

/**
 * Drafts the next plan (highest number + 1), by default with every unfinished project of the
 * approved plan carried over. One draft at a time: a second is refused.
 */
export const createPlan = defineAction({
  name: "plan.create",
  ...onGroup("plan.manage", createPlanInput),
  async run({ tx, actor, input, groupId: scope, audit }): Promise<CreatedPlan> {
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
  ...onGroup("plan.manage", updatePlanInput),
  async run({ tx, input, groupId: scope, audit }): Promise<SavedPlan> {
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
  ...onGroup("plan.manage", planRefInput),
  async run({ tx, input, groupId: scope, audit }): Promise<SavedPlan> {
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

/**
 * Adds projects of the group to a draft. A project that was in an earlier plan counts as
 * carried over; one already in the draft is left as it is.
 */
export const addProjects = defineAction({
  name: "plan.add_projects",
  ...onGroup("plan.manage", addProjectsInput),
  async run({ tx, input, groupId: scope, audit }): Promise<SavedPlan & { added: number }> {
    const plan = await lockDraft(tx, scope, input.planId);
    const ids = [...new Set(input.projectIds)];
    const found = await tx
      .select({ id: projects.id, code: projects.code })
      .from(projects)
      .where(
        and(inArray(projects.id, ids), eq(projects.groupId, scope), isNull(projects.archivedAt)),
      )
      .orderBy(asc(projects.code));
    if (found.length !== ids.length) {
      throw new AppError("validation", {
        fieldErrors: { projectIds: [{ key: "plans.errors.projectUnknown" }] },
      });
    }
    const earlier = await tx
      .selectDistinct({ projectId: workPlanProjects.projectId })
      .from(workPlanProjects)
      .innerJoin(
        workPlans,
        and(eq(workPlans.id, workPlanProjects.planId), eq(workPlans.groupId, scope)),
      )
      .where(
        and(
          eq(workPlanProjects.groupId, scope),
          inArray(workPlanProjects.projectId, ids),
          lt(workPlans.number, plan.number),
        ),
      );
    const carried = new Set(earlier.map((row) => row.projectId));
    const inserted = await writeToPlan(() =>
      tx
        .insert(workPlanProjects)
        .values(
          found.map((p) => ({
            planId: plan.id,
            projectId: p.id,
            groupId: scope,
            carriedOver: carried.has(p.id),
          })),
        )
        .onConflictDoNothing()
        .returning({ projectId: workPlanProjects.projectId }),
    );
    const added = new Set(inserted.map((row) => row.projectId));
    if (added.size) {
      await audit({
        action: "plan.add_projects",
        entityType: "work_plan",
        entityId: plan.id,
        after: {
          number: plan.number,
          added: found.filter((p) => added.has(p.id)).map((p) => p.code),
        },
      });
    }
    return { groupSlug: await groupSlug(tx, scope), number: plan.number, added: added.size };
  },
});

/** Takes a project off a draft. */
export const removeProject = defineAction({
  name: "plan.remove_project",
  ...onGroup("plan.manage", removeProjectInput),
  async run({ tx, input, groupId: scope, audit }): Promise<SavedPlan & { code: string }> {
    const plan = await lockDraft(tx, scope, input.planId);
    const [removed] = await writeToPlan(() =>
      tx
        .delete(workPlanProjects)
        .where(
          and(
            eq(workPlanProjects.planId, plan.id),
            eq(workPlanProjects.projectId, input.projectId),
            eq(workPlanProjects.groupId, scope),
          ),
        )
        .returning({ carriedOver: workPlanProjects.carriedOver }),
    );
    if (!removed) throw new AppError("not_found");
    const [project] = await tx
      .select({ code: projects.code })
      .from(projects)
      .where(and(eq(projects.id, input.projectId), eq(projects.groupId, scope)));
    const code = project?.code ?? "";
    await audit({
      action: "plan.remove_project",
      entityType: "work_plan",
      entityId: plan.id,
      before: { number: plan.number, project: code, carriedOver: removed.carriedOver },
    });
    return { groupSlug: await groupSlug(tx, scope), number: plan.number, code };
  },
});

const refuse = (key: string, values?: Record<string, string | number>) =>
  new AppError("conflict", { message: values ? { key, values } : { key } });

const fieldError = (fieldErrors: FieldErrors) => new AppError("validation", { fieldErrors });

/**
 * Approves a draft at a held meeting of the group. In one transaction the plan approved so far
 * is superseded and the draft approved; from then on the draft's list is frozen.
 */
export const approvePlan = defineAction({
  name: "plan.approve",
  ...onGroup("plan.manage", approvePlanInput),
  async run({ tx, actor, input, groupId: scope, audit }): Promise<ApprovedPlan> {
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
    // The group's members hear of it, in the same transaction (nobody if it rolls back).
    await notifyGroup(tx, scope, { type: "plan.approved", actorId: actor.id }, { planId: plan.id });
    return { groupSlug: slug, number: plan.number, superseded: previous?.number ?? null };
  },
});

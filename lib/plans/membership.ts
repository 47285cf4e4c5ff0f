import { and, asc, eq, inArray, isNull, lt } from "drizzle-orm";
import { projects, workPlanProjects, workPlans } from "@/db/schema";
import { defineAction } from "@/lib/actions/guard";
import { AppError } from "@/lib/errors";
import { addProjectsInput, removeProjectInput } from "./input";
import { groupSlug, lockDraft, requireScope, type SavedPlan, writeToPlan } from "./writes";

/**
 * Adds projects of the group to a draft. A project that was in an earlier plan counts as
 * carried over; one already in the draft is left as it is.
 */
export const addProjects = defineAction({
  name: "plan.add_projects",
  permission: "plan.manage",
  schema: addProjectsInput,
  resource: (input) => ({ kind: "group", groupId: input.groupId }),
  async run({ tx, input, groupId, audit }): Promise<SavedPlan & { added: number }> {
    const scope = requireScope(groupId);
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
  permission: "plan.manage",
  schema: removeProjectInput,
  resource: (input) => ({ kind: "group", groupId: input.groupId }),
  async run({ tx, input, groupId, audit }): Promise<SavedPlan & { code: string }> {
    const scope = requireScope(groupId);
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

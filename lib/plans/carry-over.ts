import { and, asc, eq, isNull, notInArray } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { projects, workPlanProjects } from "@/db/schema";
import { FINISHED_STATUSES } from "./rules";

/**
 * The projects a new draft carries over from a plan: listed in it, neither completed nor
 * cancelled, not archived.
 */
export async function unfinishedProjectsOf(db: Executor, groupId: string, planId: string) {
  return db
    .select({ id: projects.id, code: projects.code })
    .from(workPlanProjects)
    .innerJoin(
      projects,
      and(eq(projects.id, workPlanProjects.projectId), eq(projects.groupId, groupId)),
    )
    .where(
      and(
        eq(workPlanProjects.planId, planId),
        eq(workPlanProjects.groupId, groupId),
        isNull(projects.archivedAt),
        notInArray(projects.status, [...FINISHED_STATUSES]),
      ),
    )
    .orderBy(asc(projects.code));
}

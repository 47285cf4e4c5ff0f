import { and, eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { projects } from "@/db/schema";

/** A project of the given group by its code (scope first); null when absent or in another group. */
export async function getProjectByCode(db: Executor, groupId: string, code: string) {
  if (code.length > 64) return null;
  const [row] = await db
    .select()
    .from(projects)
    .where(and(eq(projects.groupId, groupId), eq(projects.code, code)))
    .limit(1);
  return row ?? null;
}

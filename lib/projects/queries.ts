import { and, eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { projects } from "@/db/schema";
import { isStorableText } from "@/lib/validation";

/** A project of the given group by its code (scope first); null when absent or in another group. */
export async function getProjectByCode(db: Executor, groupId: string, code: string) {
  // A code from a URL may hold anything; no stored code holds NUL (PostgreSQL would refuse it).
  if (code.length > 64 || !isStorableText(code)) return null;
  const [row] = await db
    .select()
    .from(projects)
    .where(and(eq(projects.groupId, groupId), eq(projects.code, code)))
    .limit(1);
  return row ?? null;
}

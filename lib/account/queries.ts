import "server-only";
import { eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { users } from "@/db/schema";

/** What the profile page shows beyond the viewer: only the user's own row, never the hash. */
export async function getOwnProfile(db: Executor, userId: string) {
  const [row] = await db
    .select({ position: users.position })
    .from(users)
    .where(eq(users.id, userId));
  return row ?? null;
}

import { eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { settings } from "@/db/schema";

export const DEMO_SETTING = "demo_data";

/** True when the installation holds the demo data set (labelled as such in the interface). */
export async function isDemoInstallation(db: Executor): Promise<boolean> {
  const [row] = await db
    .select({ value: settings.value })
    .from(settings)
    .where(eq(settings.key, DEMO_SETTING));
  return row?.value === true;
}

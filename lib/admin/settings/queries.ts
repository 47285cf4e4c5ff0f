import { eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { settings } from "@/db/schema";
import { GROUP_ROLES } from "@/db/schema/enums";

export const DEMO_SETTING = "demo_data";
/** The roles that must use two-factor sign-in: a jsonb array such as ["admin","coordinator"]. */
export const REQUIRE_2FA_SETTING = "require_2fa";

/** "admin" is the installation's administrator; the others are roles in a working group. */
export const TWO_FACTOR_ROLES = ["admin", ...GROUP_ROLES] as const;
export type TwoFactorRole = (typeof TWO_FACTOR_ROLES)[number];

/** True when the installation holds the demo data set (labelled as such in the interface). */
export async function isDemoInstallation(db: Executor): Promise<boolean> {
  const [row] = await db
    .select({ value: settings.value })
    .from(settings)
    .where(eq(settings.key, DEMO_SETTING));
  return row?.value === true;
}

/** The roles that must use two-factor sign-in (none unless an administrator chose some). */
export async function twoFactorRequiredRoles(db: Executor): Promise<TwoFactorRole[]> {
  const [row] = await db
    .select({ value: settings.value })
    .from(settings)
    .where(eq(settings.key, REQUIRE_2FA_SETTING));
  const value: unknown = row?.value;
  return Array.isArray(value)
    ? TWO_FACTOR_ROLES.filter((role) => (value as unknown[]).includes(role))
    : [];
}

import "server-only";
import { eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { SETTING_KEYS, settings } from "@/db/schema";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "@/db/seed/demo-accounts";
import { TWO_FACTOR_ROLES, type TwoFactorRole } from "./rules";

/** True when the installation holds the demo data set (labelled as such in the interface). */
export async function isDemoInstallation(db: Executor): Promise<boolean> {
  const [row] = await db
    .select({ value: settings.value })
    .from(settings)
    .where(eq(settings.key, SETTING_KEYS.demo));
  return row?.value === true;
}

/** The roles that must use two-factor sign-in (none unless an administrator chose some). */
export async function twoFactorRequiredRoles(db: Executor): Promise<TwoFactorRole[]> {
  const [row] = await db
    .select({ value: settings.value })
    .from(settings)
    .where(eq(settings.key, SETTING_KEYS.requireTwoFactor));
  const value: unknown = row?.value;
  return Array.isArray(value)
    ? TWO_FACTOR_ROLES.filter((role) => (value as unknown[]).includes(role))
    : [];
}

/** The demo accounts and their password, for the sign-in page — only in a demo installation. */
export async function demoSignIn(
  db: Executor,
): Promise<{ accounts: typeof DEMO_ACCOUNTS; password: string } | null> {
  if (!(await isDemoInstallation(db))) return null;
  return { accounts: DEMO_ACCOUNTS, password: DEMO_PASSWORD };
}

import "server-only";
import { eq } from "drizzle-orm";
import { SETTING_KEYS, settings } from "@/db/schema";
import { defineAction } from "@/lib/actions/guard";
import { adminOnly } from "@/lib/actions/resources";
import { iatiOrganisation } from "@/lib/api/queries";
import { iatiOrganisationSchema, twoFactorRequirementSchema } from "./input";
import { twoFactorRequiredRoles } from "./queries";
import { TWO_FACTOR_ROLES } from "./rules";

/** Which roles must use two-factor sign-in; those not enrolled are sent to set it up. */
export const setTwoFactorRequirement = defineAction({
  name: "admin.setTwoFactorRequirement",
  ...adminOnly(twoFactorRequirementSchema),
  async run({ tx, input, audit }) {
    const before = await twoFactorRequiredRoles(tx);
    const roles = TWO_FACTOR_ROLES.filter((role) => input.roles.includes(role));
    await tx
      .insert(settings)
      .values({ key: SETTING_KEYS.requireTwoFactor, value: roles })
      .onConflictDoUpdate({ target: settings.key, set: { value: roles, updatedAt: new Date() } });
    await audit({
      action: "settings.require_2fa",
      entityType: "setting",
      entityId: SETTING_KEYS.requireTwoFactor,
      before: { roles: before },
      after: { roles },
    });
    return { roles };
  },
});

/** The reporting organisation's IATI identifier, which IATI exports need; empty turns them off. */
export const setIatiOrganisation = defineAction({
  name: "admin.setIatiOrganisation",
  ...adminOnly(iatiOrganisationSchema),
  async run({ tx, input, audit }) {
    const before = await iatiOrganisation(tx);
    const value = input.organisation || null;
    if (value === null)
      await tx.delete(settings).where(eq(settings.key, SETTING_KEYS.iatiOrganisation));
    else
      await tx
        .insert(settings)
        .values({ key: SETTING_KEYS.iatiOrganisation, value })
        .onConflictDoUpdate({ target: settings.key, set: { value, updatedAt: new Date() } });
    await audit({
      action: "settings.iati_org",
      entityType: "setting",
      entityId: SETTING_KEYS.iatiOrganisation,
      before: { organisation: before },
      after: { organisation: value },
    });
    return { organisation: value };
  },
});

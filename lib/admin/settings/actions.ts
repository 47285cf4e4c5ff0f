import { z } from "zod";
import { SETTING_KEYS, settings } from "@/db/schema";
import { defineAction } from "@/lib/actions/guard";
import { ADMIN_ONLY } from "@/lib/admin/rules";
import { TWO_FACTOR_ROLES, twoFactorRequiredRoles } from "@/lib/admin/settings/queries";

/** Which roles must use two-factor sign-in; those not enrolled are sent to set it up. */
export const setTwoFactorRequirement = defineAction({
  name: "admin.setTwoFactorRequirement",
  ...ADMIN_ONLY,
  schema: z.object({
    roles: z
      .union([z.enum(TWO_FACTOR_ROLES), z.array(z.enum(TWO_FACTOR_ROLES))])
      .optional()
      .transform((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value])),
  }),
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

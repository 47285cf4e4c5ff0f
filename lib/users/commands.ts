import { eq } from "drizzle-orm";
import { z } from "zod";
import { users } from "@/db/schema";
import { LOCALES } from "@/db/schema/enums";
import { defineAction } from "@/lib/actions/guard";

export const setLocale = defineAction({
  name: "user.setLocale",
  permission: "self",
  schema: z.object({ locale: z.enum(LOCALES) }),
  async run({ tx, actor, input, audit }) {
    const [before] = await tx
      .select({ locale: users.locale })
      .from(users)
      .where(eq(users.id, actor.id));
    await tx
      .update(users)
      .set({ locale: input.locale, updatedAt: new Date() })
      .where(eq(users.id, actor.id));
    await audit({
      action: "user.set_locale",
      entityType: "user",
      entityId: actor.id,
      before: before ?? null,
      after: { locale: input.locale },
    });
    return { locale: input.locale };
  },
});

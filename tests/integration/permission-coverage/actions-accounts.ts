import { eq } from "drizzle-orm";
import * as s from "@/db/schema";
import { DEMO_PASSWORD } from "@/db/seed/demo-accounts";
import { confirmTwoFactor, startTwoFactor } from "@/lib/account/actions";
import { startSession } from "@/lib/auth/sessions";
import { totpCode } from "@/lib/auth/totp";
import { pendingTotpSecret } from "@/lib/auth/two-factor";
import { NOTIFICATION_CATEGORIES } from "@/lib/vocabulary";
import { type ActionCase, ADMINS, type CaseContext, SELF } from "./matrix";

const group = ({ w }: CaseContext) => ({ groupId: w.group.id });
const area = ({ w }: CaseContext) => ({ groupId: w.group.id, areaId: w.area.id });
const target = ({ w }: CaseContext) => ({ userId: w.target.id });
const names = (en: string) => ({ nameNb: `${en} (nb)`, nameRu: `${en} (ru)`, nameEn: en });

function groupFields(c: CaseContext) {
  const g = c.w.otherGroup;
  return {
    slug: g.slug,
    nameNb: g.nameNb,
    nameRu: g.nameRu,
    nameEn: "Renamed by the coverage matrix",
    commissionNb: g.commissionNb,
    commissionRu: g.commissionRu,
    commissionEn: g.commissionEn,
  };
}

/** A mail that failed for good, as the worker leaves it. */
async function deadLetter({ tx }: CaseContext): Promise<number> {
  const [job] = await tx
    .insert(s.jobs)
    .values({
      kind: "mail.notification",
      state: "dead",
      attempts: 8,
      lastError: "550 no such user",
    })
    .returning({ id: s.jobs.id });
  if (!job) throw new Error("no job");
  return job.id;
}

export const ADMIN_ACTIONS: Record<string, ActionCase> = {
  "admin.createArea": {
    permission: "admin.manage",
    expected: ADMINS,
    input: (c) => ({ ...group(c), ...names("Arctic logistics") }),
  },
  "admin.renameArea": {
    permission: "admin.manage",
    expected: ADMINS,
    input: (c) => ({ ...area(c), ...names("Maritime technology, renamed") }),
  },
  "admin.moveArea": {
    permission: "admin.manage",
    expected: ADMINS,
    input: (c) => ({ ...area(c), direction: "down" }),
  },
  "admin.archiveArea": { permission: "admin.manage", expected: ADMINS, input: area },
  "admin.restoreArea": {
    permission: "admin.manage",
    expected: ADMINS,
    input: async (c) => {
      await c.tx
        .update(s.cooperationAreas)
        .set({ archivedAt: new Date() })
        .where(eq(s.cooperationAreas.id, c.w.area.id));
      return area(c);
    },
  },
  "admin.createGroup": {
    permission: "admin.manage",
    expected: ADMINS,
    input: (c) => ({ ...groupFields(c), slug: "coverage-matrix" }),
  },
  "admin.updateGroup": {
    permission: "admin.manage",
    expected: ADMINS,
    input: (c) => ({ ...groupFields(c), groupId: c.w.otherGroup.id }),
  },
  "admin.createPlace": {
    permission: "admin.manage",
    expected: ADMINS,
    input: () => ({
      ...names("Liinakhamari"),
      nameSe: "",
      aliases: "Linahamari",
      latitude: "69.6528",
      longitude: "31.3639",
      kind: "village",
      country: "RU",
      key: "",
    }),
  },
  "admin.updatePlace": {
    permission: "admin.manage",
    expected: ADMINS,
    input: async (c) => {
      // A place of the gazetteer (migration 0012_places), renamed in English.
      const [place] = await c.tx.select().from(s.places).where(eq(s.places.key, "nikel"));
      if (!place) throw new Error("the gazetteer has no Nikel");
      return {
        placeId: place.id,
        nameNb: place.nameNb,
        nameRu: place.nameRu,
        nameEn: "Nikel, renamed by the coverage matrix",
        nameSe: place.nameSe ?? "",
        aliases: place.aliases.join("\n"),
        latitude: String(place.latitude),
        longitude: String(place.longitude),
        kind: place.kind,
        country: place.country ?? "",
      };
    },
  },
  "admin.archiveGroup": { permission: "admin.manage", expected: ADMINS, input: group },
  "admin.restoreGroup": {
    permission: "admin.manage",
    expected: ADMINS,
    input: async (c) => {
      await c.tx
        .update(s.workingGroups)
        .set({ archivedAt: new Date() })
        .where(eq(s.workingGroups.id, c.w.group.id));
      return group(c);
    },
  },
  "admin.createUser": {
    permission: "admin.manage",
    expected: ADMINS,
    input: (c) => ({
      email: "new.member@workplan.test",
      name: "New Member",
      delegation: "RU",
      locale: "ru",
      memberships: [{ groupId: c.w.group.id, role: "delegate" }],
    }),
  },
  "admin.updateUser": {
    permission: "admin.manage",
    expected: ADMINS,
    input: ({ w }) => ({
      userId: w.target.id,
      email: w.target.email,
      name: `${w.target.name} (renamed)`,
      delegation: w.target.delegation,
      locale: w.target.locale,
      position: w.target.position ?? "",
    }),
  },
  "admin.setMemberships": {
    permission: "admin.manage",
    expected: ADMINS,
    input: ({ w }) => ({
      userId: w.target.id,
      memberships: [
        { groupId: w.group.id, role: "observer" },
        { groupId: w.otherGroup.id, role: "delegate" },
      ],
    }),
  },
  "admin.retryDeadLetter": {
    permission: "admin.manage",
    expected: ADMINS,
    input: async (c) => ({ jobId: await deadLetter(c) }),
  },
  "admin.discardDeadLetter": {
    permission: "admin.manage",
    expected: ADMINS,
    input: async (c) => ({ jobId: await deadLetter(c) }),
  },
  "admin.setTwoFactorRequirement": {
    permission: "admin.manage",
    expected: ADMINS,
    input: () => ({ roles: ["coordinator"] }),
  },
  "admin.deactivateUser": { permission: "admin.manage", expected: ADMINS, input: target },
  "admin.reactivateUser": {
    permission: "admin.manage",
    expected: ADMINS,
    input: async (c) => {
      await c.tx.update(s.users).set({ active: false }).where(eq(s.users.id, c.w.target.id));
      return target(c);
    },
  },
  "admin.resetPassword": { permission: "admin.manage", expected: ADMINS, input: target },
  "admin.endSessions": { permission: "admin.manage", expected: ADMINS, input: target },
  "admin.resetTwoFactor": { permission: "admin.manage", expected: ADMINS, input: target },
};

/**
 * Someone else's id in every place one could be: the schemas have no such field, so it must be
 * dropped, and the runner checks that no other account's rows changed.
 */
const aimedElsewhere = ({ w }: CaseContext) => ({ userId: w.target.id, id: w.target.id });

/** Turns two-factor sign-in on for the actor; returns a recovery code. */
async function enrolled(c: CaseContext): Promise<string> {
  if (!c.actor) return "none-signed-out";
  const started = await startTwoFactor.execute(c.db, c.actor, {});
  const secret = await pendingTotpSecret(c.tx, c.actor.id);
  const confirmed = await confirmTwoFactor.execute(c.db, c.actor, {
    code: totpCode(secret ?? "", new Date()),
  });
  if (started.status !== "success" || confirmed.status !== "success")
    throw new Error(`set-up failed: ${JSON.stringify(confirmed)}`);
  return confirmed.data.recoveryCodes[0] ?? "";
}

export const SELF_ACTIONS: Record<string, ActionCase> = {
  // One of the actor's own sessions (issue 18.5): created here, ended by the action.
  "user.endSession": {
    permission: "self",
    expected: SELF,
    input: async (c) => ({
      ...aimedElsewhere(c),
      sessionId: c.actor
        ? await startSession(c.tx, {
            userId: c.actor.id,
            sessionVersion: 0,
            ip: null,
            userAgent: null,
          })
        : "00000000-0000-4000-8000-000000000000",
    }),
  },
  "user.setLocale": {
    permission: "self",
    expected: SELF,
    input: (c) => ({ ...aimedElsewhere(c), locale: "ru" }),
  },
  "user.updateProfile": {
    permission: "self",
    expected: SELF,
    input: (c) => ({ ...aimedElsewhere(c), name: "Renamed by the coverage matrix", locale: "nb" }),
  },
  "user.changePassword": {
    permission: "self",
    expected: SELF,
    input: (c) => ({
      ...aimedElsewhere(c),
      email: c.w.target.email,
      currentPassword: DEMO_PASSWORD,
      newPassword: "coverage-matrix-password",
      confirmPassword: "coverage-matrix-password",
    }),
  },
  "user.startTwoFactor": { permission: "self", expected: SELF, input: aimedElsewhere },
  "user.confirmTwoFactor": {
    permission: "self",
    expected: SELF,
    input: async (c) => {
      if (c.actor) await startTwoFactor.execute(c.db, c.actor, {});
      const secret = c.actor ? await pendingTotpSecret(c.tx, c.actor.id) : null;
      return { ...aimedElsewhere(c), code: totpCode(secret ?? "JBSWY3DPEHPK3PXP", new Date()) };
    },
  },
  "user.disableTwoFactor": {
    permission: "self",
    expected: SELF,
    input: async (c) => ({
      ...aimedElsewhere(c),
      currentPassword: DEMO_PASSWORD,
      code: await enrolled(c),
    }),
  },
  "user.setNotificationPreferences": {
    permission: "self",
    expected: SELF,
    input: (c) => ({
      ...aimedElsewhere(c),
      ...Object.fromEntries(NOTIFICATION_CATEGORIES.map((category) => [category, "weekly"])),
      digestHour: "18",
      timeZone: "Asia/Vladivostok",
    }),
  },
  "user.createCalendarFeed": { permission: "self", expected: SELF, input: aimedElsewhere },
  "user.revokeCalendarFeed": {
    permission: "self",
    expected: SELF,
    input: async (c) => {
      // Someone else's subscription stays; the actor's own is the one turned off.
      for (const id of [c.w.target.id, c.actor?.id].filter((v): v is string => Boolean(v)))
        await c.tx
          .update(s.users)
          .set({ calendarTokenHash: `coverage-${id}` })
          .where(eq(s.users.id, id));
      return aimedElsewhere(c);
    },
  },
};

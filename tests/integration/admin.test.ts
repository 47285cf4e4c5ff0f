import { and, asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as s from "@/db/schema";
import {
  archiveArea,
  archiveGroup,
  createArea,
  createGroup,
  moveArea,
  renameArea,
  restoreArea,
  restoreGroup,
  updateGroup,
} from "@/lib/admin/groups/actions";
import { setTwoFactorRequirement } from "@/lib/admin/settings/actions";
import {
  createUser,
  deactivateUser,
  endSessions,
  INITIAL_PASSWORD_ALPHABET,
  reactivateUser,
  resetPassword,
  resetTwoFactor,
  setMemberships,
  updateUser,
} from "@/lib/admin/users/actions";
import { parseUserFilters } from "@/lib/admin/users/input";
import { listUsers, USERS_PAGE_SIZE } from "@/lib/admin/users/queries";
import { verifyCredentials } from "@/lib/auth/credentials";
import { verifyPassword } from "@/lib/auth/password";
import type { SessionUser } from "@/lib/auth/session-user";
import { loadViewer } from "@/lib/auth/viewer";
import { createTestDatabase, type TestDatabase, testBackend } from "../support/db";
import * as f from "../support/factories";

let t: TestDatabase;
let admin: SessionUser;
let group: s.WorkingGroup;
let otherGroup: s.WorkingGroup;

beforeAll(async () => {
  t = await createTestDatabase();
  admin = f.asSessionUser(await f.createUser(t.db, { isAdmin: true }));
  group = await f.createGroup(t.db, { slug: "regional-cooperation" });
  otherGroup = await f.createGroup(t.db);
});
afterAll(async () => {
  await t?.destroy();
});

let serial = 0;
const newUserForm = (overrides: Record<string, unknown> = {}) => ({
  email: `Ola.Nordmann.${++serial}@Example.NO`,
  name: "  Ola Nordmann ",
  delegation: "NO",
  locale: "nb",
  position: "Seniorrådgiver, Utenriksdepartementet",
  isAdmin: "",
  memberships: [{ groupId: group.id, role: "delegate" }],
  ...overrides,
});

/** A user created without mail (these tests run so): the one-time password flow. */
async function created(overrides: Record<string, unknown> = {}) {
  const result = await createUser.execute(t.db, admin, newUserForm(overrides));
  if (result.status !== "success") throw new Error(JSON.stringify(result));
  const { initialPassword } = result.data;
  if (initialPassword === null) throw new Error("invited instead of a one-time password");
  return { ...result.data, initialPassword };
}

const userRow = async (id: string) => {
  const [row] = await t.db.select().from(s.users).where(eq(s.users.id, id));
  if (!row) throw new Error("no user");
  return row;
};

const membershipsOf = (userId: string) =>
  t.db
    .select({ groupId: s.memberships.groupId, role: s.memberships.role })
    .from(s.memberships)
    .where(eq(s.memberships.userId, userId))
    .orderBy(asc(s.memberships.groupId));

const auditOf = (entityId: string, action?: string) =>
  t.db
    .select()
    .from(s.auditEvents)
    .where(
      action
        ? and(eq(s.auditEvents.entityId, entityId), eq(s.auditEvents.action, action))
        : eq(s.auditEvents.entityId, entityId),
    )
    .orderBy(asc(s.auditEvents.id));

/** The session token a browser holds after signing in, as the viewer checks it. */
const sessionOf = (user: { id: string; sessionVersion: number }) => ({
  userId: user.id,
  sessionVersion: user.sessionVersion,
  signedInAt: Math.floor(Date.now() / 1000) - 60,
  nowSeconds: Math.floor(Date.now() / 1000),
  maxAgeSeconds: 12 * 3600,
});

describe(`administration: users (${testBackend()})`, () => {
  it("creates a user with a one-time password that is stored only as an argon2id hash", async () => {
    const { userId, email, initialPassword } = await created();
    const shape = new RegExp(
      `^[${INITIAL_PASSWORD_ALPHABET}]{4}(-[${INITIAL_PASSWORD_ALPHABET}]{4}){3}$`,
    );
    expect(initialPassword).toMatch(shape);
    const row = await userRow(userId);
    expect(row).toMatchObject({
      email,
      name: "Ola Nordmann",
      delegation: "NO",
      locale: "nb",
      position: "Seniorrådgiver, Utenriksdepartementet",
      isAdmin: false,
      active: true,
      mustChangePassword: true,
    });
    expect(email).toBe(email.toLowerCase());
    expect(row.passwordHash.startsWith("$argon2id$")).toBe(true);
    expect(await verifyPassword(row.passwordHash, initialPassword)).toBe(true);
    // The sign-in check accepts it, typed with the email in any case.
    expect(
      (await verifyCredentials(t.db, { email: email.toUpperCase(), password: initialPassword }))
        ?.id,
    ).toBe(userId);
    expect(await membershipsOf(userId)).toEqual([{ groupId: group.id, role: "delegate" }]);
    const viewer = await loadViewer(t.db, sessionOf(row));
    expect(viewer?.mustChangePassword).toBe(true);
    expect(viewer?.groups.map((g) => [g.slug, g.role])).toEqual([
      ["regional-cooperation", "delegate"],
    ]);

    const [event] = await auditOf(userId, "user.create");
    expect(event).toMatchObject({ actorId: admin.id, entityType: "user" });
    const stored = JSON.stringify(event);
    expect(stored).not.toContain(initialPassword);
    expect(stored).not.toContain("argon2");
  });

  it("gives every new user a different password", async () => {
    const a = await created({ memberships: [] });
    const b = await created({ memberships: [] });
    expect(a.initialPassword).not.toBe(b.initialPassword);
  });

  it("refuses a second user with the same email, in any case, with a field error", async () => {
    const { email } = await created();
    const result = await createUser.execute(
      t.db,
      admin,
      newUserForm({ email: ` ${email.toUpperCase()} ` }),
    );
    expect(result).toMatchObject({
      status: "error",
      code: "validation",
      fieldErrors: { email: [{ key: "admin.users.errors.emailTaken" }] },
    });
    expect(await t.db.select().from(s.users).where(eq(s.users.email, email))).toHaveLength(1);
  });

  it("answers bad input with field errors and creates nothing", async () => {
    const before = (await t.db.select().from(s.users)).length;
    const result = await createUser.execute(
      t.db,
      admin,
      newUserForm({ email: "not an email", name: " ", delegation: "SE" }),
    );
    expect(result).toMatchObject({ status: "error", code: "validation" });
    const fields = result.status === "error" ? Object.keys(result.fieldErrors ?? {}) : [];
    expect(fields.sort()).toEqual(["delegation", "email", "name"]);
    expect(await t.db.select().from(s.users)).toHaveLength(before);
  });

  it("creates a user with several memberships, and refuses two roles in one group", async () => {
    const { userId } = await created({
      memberships: [
        { groupId: group.id, role: "coordinator" },
        { groupId: otherGroup.id, role: "observer" },
      ],
    });
    expect(await membershipsOf(userId)).toHaveLength(2);
    const twice = await createUser.execute(
      t.db,
      admin,
      newUserForm({
        memberships: [
          { groupId: group.id, role: "coordinator" },
          { groupId: group.id, role: "observer" },
        ],
      }),
    );
    expect(twice).toMatchObject({ status: "error", code: "validation" });
  });

  it("edits name, delegation, language, position and the admin flag, with an audit of what changed", async () => {
    const { userId, email } = await created();
    const result = await updateUser.execute(t.db, admin, {
      userId,
      email,
      name: "Ivan Petrov",
      delegation: "RU",
      locale: "ru",
      position: "",
      isAdmin: "on",
    });
    expect(result.status).toBe("success");
    expect(await userRow(userId)).toMatchObject({
      name: "Ivan Petrov",
      delegation: "RU",
      locale: "ru",
      position: null,
      isAdmin: true,
    });
    const [event] = await auditOf(userId, "user.update");
    expect(event?.before).toEqual({
      name: "Ola Nordmann",
      delegation: "NO",
      locale: "nb",
      position: "Seniorrådgiver, Utenriksdepartementet",
      isAdmin: false,
    });
    expect(event?.after).toMatchObject({ name: "Ivan Petrov", isAdmin: true, position: null });
  });

  it("refuses to change the email to one another user has", async () => {
    const a = await created();
    const b = await created();
    const result = await updateUser.execute(t.db, admin, {
      userId: b.userId,
      email: a.email,
      name: "B",
      delegation: "NO",
      locale: "nb",
    });
    expect(result).toMatchObject({
      fieldErrors: { email: [{ key: "admin.users.errors.emailTaken" }] },
    });
    expect((await userRow(b.userId)).email).toBe(b.email);
  });

  it("does not let an admin remove their own admin rights", async () => {
    const me = await userRow(admin.id);
    const result = await updateUser.execute(t.db, admin, {
      userId: admin.id,
      email: me.email,
      name: me.name,
      delegation: me.delegation,
      locale: me.locale,
    });
    expect(result).toMatchObject({
      status: "error",
      fieldErrors: { isAdmin: [{ key: "admin.users.errors.selfDemote" }] },
    });
    expect((await userRow(admin.id)).isAdmin).toBe(true);
  });

  it("adds a membership, changes the role and removes it, one audit event per change", async () => {
    const { userId } = await created({ memberships: [] });
    const set = (memberships: { groupId: string; role: string }[]) =>
      setMemberships.execute(t.db, admin, { userId, memberships });

    expect((await set([{ groupId: group.id, role: "observer" }])).status).toBe("success");
    expect(await membershipsOf(userId)).toEqual([{ groupId: group.id, role: "observer" }]);

    await set([
      { groupId: group.id, role: "coordinator" },
      { groupId: otherGroup.id, role: "delegate" },
    ]);
    const both = await membershipsOf(userId);
    expect(both).toHaveLength(2);
    expect(both).toContainEqual({ groupId: group.id, role: "coordinator" });

    await set([{ groupId: otherGroup.id, role: "delegate" }]);
    expect(await membershipsOf(userId)).toEqual([{ groupId: otherGroup.id, role: "delegate" }]);

    const events = await auditOf(userId, "user.membership");
    expect(events.map((e) => [e.groupId, e.before, e.after])).toEqual([
      [group.id, { groupId: group.id, role: null }, { groupId: group.id, role: "observer" }],
      [
        group.id,
        { groupId: group.id, role: "observer" },
        { groupId: group.id, role: "coordinator" },
      ],
      [
        otherGroup.id,
        { groupId: otherGroup.id, role: null },
        { groupId: otherGroup.id, role: "delegate" },
      ],
      [group.id, { groupId: group.id, role: "coordinator" }, { groupId: group.id, role: null }],
    ]);
    // Saving the same memberships again changes nothing and says nothing.
    await set([{ groupId: otherGroup.id, role: "delegate" }]);
    expect(await auditOf(userId, "user.membership")).toHaveLength(4);
  });

  it("refuses a membership in a group that does not exist", async () => {
    const { userId } = await created({ memberships: [] });
    const result = await setMemberships.execute(t.db, admin, {
      userId,
      memberships: [{ groupId: "7d0b3c2e-0000-4000-8000-000000000000", role: "delegate" }],
    });
    expect(result).toMatchObject({ status: "error", code: "validation" });
    expect(await membershipsOf(userId)).toEqual([]);
  });

  it("deactivating ends the user's session on their next request; reactivating lets them sign in again", async () => {
    const { userId, email, initialPassword } = await created();
    const session = sessionOf(await userRow(userId));
    expect(await loadViewer(t.db, session)).not.toBeNull();

    expect((await deactivateUser.execute(t.db, admin, { userId })).status).toBe("success");
    const row = await userRow(userId);
    expect(row.active).toBe(false);
    expect(row.sessionVersion).toBe(session.sessionVersion + 1);
    expect(await loadViewer(t.db, session)).toBeNull();
    expect(await verifyCredentials(t.db, { email, password: initialPassword })).toBeNull();

    expect((await reactivateUser.execute(t.db, admin, { userId })).status).toBe("success");
    expect((await userRow(userId)).active).toBe(true);
    // The old session stays ended; a new sign-in works.
    expect(await loadViewer(t.db, session)).toBeNull();
    expect(await verifyCredentials(t.db, { email, password: initialPassword })).not.toBeNull();
    expect((await auditOf(userId)).map((e) => e.action)).toEqual([
      "user.create",
      "user.deactivate",
      "user.reactivate",
    ]);
  });

  it("does not let an admin deactivate themselves", async () => {
    const result = await deactivateUser.execute(t.db, admin, { userId: admin.id });
    expect(result).toMatchObject({
      status: "error",
      code: "validation",
      message: { key: "admin.users.errors.selfDeactivate" },
    });
    expect((await userRow(admin.id)).active).toBe(true);
  });

  it("resetting the password issues a new one-time password and ends every session", async () => {
    const { userId, email, initialPassword } = await created();
    // The user had already chosen their own password.
    await t.db.update(s.users).set({ mustChangePassword: false }).where(eq(s.users.id, userId));
    const session = sessionOf(await userRow(userId));

    const result = await resetPassword.execute(t.db, admin, { userId });
    if (result.status !== "success") throw new Error(JSON.stringify(result));
    const fresh = result.data.initialPassword;
    expect(fresh).not.toBe(initialPassword);
    const row = await userRow(userId);
    expect(row.mustChangePassword).toBe(true);
    expect(row.sessionVersion).toBe(session.sessionVersion + 1);
    expect(await loadViewer(t.db, session)).toBeNull();
    expect(await verifyCredentials(t.db, { email, password: initialPassword })).toBeNull();
    expect(await verifyCredentials(t.db, { email, password: fresh })).not.toBeNull();
    const [event] = await auditOf(userId, "user.reset_password");
    expect(JSON.stringify(event)).not.toContain(fresh);
    expect(JSON.stringify(event)).not.toContain("argon2");
  });

  it("does not let an admin reset their own password here", async () => {
    const before = await userRow(admin.id);
    const result = await resetPassword.execute(t.db, admin, { userId: admin.id });
    expect(result).toMatchObject({
      status: "error",
      message: { key: "admin.users.errors.selfReset" },
    });
    expect((await userRow(admin.id)).passwordHash).toBe(before.passwordHash);
  });

  it("ends every session of a user", async () => {
    const { userId } = await created();
    const session = sessionOf(await userRow(userId));
    expect((await endSessions.execute(t.db, admin, { userId })).status).toBe("success");
    expect(await loadViewer(t.db, session)).toBeNull();
    expect((await userRow(userId)).active).toBe(true);
    expect(await auditOf(userId, "user.end_sessions")).toHaveLength(1);
  });

  it("answers not_found for a user that does not exist", async () => {
    const userId = "7d0b3c2e-0000-4000-8000-000000000000";
    for (const action of [deactivateUser, reactivateUser, resetPassword, endSessions])
      expect(await action.execute(t.db, admin, { userId })).toMatchObject({ code: "not_found" });
  });
});

describe(`administration: finding users (${testBackend()})`, () => {
  it("finds users by name or email, whatever the case or script, 50 to a page", async () => {
    const ivan = await created({
      name: "Иван Петров",
      email: "ivan.petrov@murmansk.example",
      memberships: [],
    });
    await deactivateUser.execute(t.db, admin, { userId: ivan.userId });
    const search = (params: Record<string, string>) => listUsers(t.db, parseUserFilters(params));

    for (const q of ["иван", "IVAN", "petrov", "MURMANSK.example"]) {
      const { rows } = await search({ q });
      expect(
        rows.map((r) => r.id),
        q,
      ).toContain(ivan.userId);
    }
    const {
      rows: [row],
    } = await search({ q: "ivan.petrov" });
    expect(row).toMatchObject({
      name: "Иван Петров",
      active: false,
      isAdmin: false,
      memberships: [],
    });
    expect(row && "passwordHash" in row).toBe(false);
    expect((await search({ q: "ivan.petrov", status: "active" })).total).toBe(0);
    expect((await search({ q: "ivan.petrov", status: "deactivated" })).total).toBe(1);
    expect((await search({ q: "100%_" })).total).toBe(0);

    const { rows: withGroups } = await search({ q: "ola.nordmann" });
    expect(
      withGroups.some((r) =>
        r.memberships.some((m) => m.slug === "regional-cooperation" && m.role === "delegate"),
      ),
    ).toBe(true);

    const total = (await search({})).total;
    for (let i = total; i <= USERS_PAGE_SIZE; i++) await f.createUser(t.db);
    const first = await search({});
    const second = await search({ page: "2" });
    expect(first.rows).toHaveLength(USERS_PAGE_SIZE);
    expect(second.rows.length).toBe(first.total - USERS_PAGE_SIZE);
    expect(second.rows.some((r) => first.rows.some((s) => s.id === r.id))).toBe(false);
  });
});

describe(`administration: working groups and cooperation areas (${testBackend()})`, () => {
  const groupForm = (slug: string, overrides: Record<string, unknown> = {}) => ({
    slug,
    nameNb: "Arbeidsgruppen for helse",
    nameRu: "Рабочая группа по здравоохранению",
    nameEn: "Working group on health",
    commissionNb: "Den norsk-russiske regjeringskommisjonen",
    commissionRu: "Российско-Норвежская межправительственная комиссия",
    commissionEn: "The Norwegian–Russian intergovernmental commission",
    ...overrides,
  });

  it("creates, edits, archives and restores a working group", async () => {
    const result = await createGroup.execute(t.db, admin, groupForm("health"));
    if (result.status !== "success") throw new Error(JSON.stringify(result));
    const { groupId } = result.data;
    const session = sessionOf(await userRow(admin.id));
    expect((await loadViewer(t.db, session))?.groups.some((g) => g.id === groupId)).toBe(true);

    const update = await updateGroup.execute(
      t.db,
      admin,
      groupForm("health-care", { groupId, nameEn: "Working group on health care" }),
    );
    expect(update.status).toBe("success");
    const [row] = await t.db.select().from(s.workingGroups).where(eq(s.workingGroups.id, groupId));
    expect(row).toMatchObject({ slug: "health-care", nameEn: "Working group on health care" });

    expect((await archiveGroup.execute(t.db, admin, { groupId })).status).toBe("success");
    expect((await loadViewer(t.db, session))?.groups.some((g) => g.id === groupId)).toBe(false);
    expect((await restoreGroup.execute(t.db, admin, { groupId })).status).toBe("success");
    expect((await loadViewer(t.db, session))?.groups.some((g) => g.id === groupId)).toBe(true);

    const events = await auditOf(groupId);
    expect(events.map((e) => e.action)).toEqual([
      "group.create",
      "group.update",
      "group.archive",
      "group.restore",
    ]);
    expect(events[1]?.before).toEqual({ slug: "health", nameEn: "Working group on health" });
  });

  it("requires every name and a slug of lower-case letters, digits and hyphens, used once", async () => {
    const bad = await createGroup.execute(
      t.db,
      admin,
      groupForm("Helse gruppe", { nameRu: "", commissionEn: " " }),
    );
    expect(bad).toMatchObject({
      status: "error",
      fieldErrors: {
        slug: [{ key: "admin.groups.errors.slugFormat" }],
        nameRu: [{ key: "validation.required" }],
        commissionEn: [{ key: "validation.required" }],
      },
    });
    const taken = await createGroup.execute(t.db, admin, groupForm("regional-cooperation"));
    expect(taken).toMatchObject({
      fieldErrors: { slug: [{ key: "admin.groups.errors.slugTaken" }] },
    });
    const renamed = await updateGroup.execute(
      t.db,
      admin,
      groupForm(group.slug, { groupId: otherGroup.id }),
    );
    expect(renamed).toMatchObject({
      fieldErrors: { slug: [{ key: "admin.groups.errors.slugTaken" }] },
    });
  });

  it("adds areas in order, renames, reorders and archives them; archived areas keep their projects", async () => {
    const created = await createGroup.execute(t.db, admin, groupForm("areas-test"));
    if (created.status !== "success") throw new Error("group not created");
    const { groupId } = created.data;
    const ids: string[] = [];
    for (const name of ["Maritime technology", "Aquaculture", "Tourism"]) {
      const result = await createArea.execute(t.db, admin, {
        groupId,
        nameNb: `${name} nb`,
        nameRu: `${name} ru`,
        nameEn: name,
      });
      if (result.status !== "success") throw new Error(JSON.stringify(result));
      ids.push(result.data.areaId);
    }
    const [maritime, aquaculture, tourism] = ids as [string, string, string];
    const order = async () =>
      (
        await t.db
          .select({ id: s.cooperationAreas.id, position: s.cooperationAreas.position })
          .from(s.cooperationAreas)
          .where(eq(s.cooperationAreas.groupId, groupId))
          .orderBy(asc(s.cooperationAreas.position))
      ).map((a) => a.id);
    expect(await order()).toEqual([maritime, aquaculture, tourism]);

    const renamed = await renameArea.execute(t.db, admin, {
      groupId,
      areaId: aquaculture,
      nameNb: "Havbruk",
      nameRu: "Аквакультура",
      nameEn: "Aquaculture",
    });
    expect(renamed.status).toBe("success");

    expect(
      await moveArea.execute(t.db, admin, { groupId, areaId: tourism, direction: "up" }),
    ).toEqual({
      status: "success",
      data: { areaId: tourism, position: 2, total: 3 },
    });
    expect(await order()).toEqual([maritime, tourism, aquaculture]);
    // At the top already: nothing moves.
    await moveArea.execute(t.db, admin, { groupId, areaId: maritime, direction: "up" });
    expect(await order()).toEqual([maritime, tourism, aquaculture]);

    const project = await f.createProject(t.db, groupId, tourism);
    expect((await archiveArea.execute(t.db, admin, { groupId, areaId: tourism })).status).toBe(
      "success",
    );
    const [kept] = await t.db.select().from(s.projects).where(eq(s.projects.id, project.id));
    expect(kept?.areaId).toBe(tourism);
    // Moving skips the archived area, which keeps its place.
    const moved = await moveArea.execute(t.db, admin, {
      groupId,
      areaId: aquaculture,
      direction: "up",
    });
    expect(moved).toMatchObject({ data: { position: 1, total: 2 } });
    expect(await order()).toEqual([aquaculture, tourism, maritime]);
    expect(
      await moveArea.execute(t.db, admin, { groupId, areaId: tourism, direction: "up" }),
    ).toMatchObject({
      status: "error",
      message: { key: "admin.areas.errors.archived" },
    });

    expect((await restoreArea.execute(t.db, admin, { groupId, areaId: tourism })).status).toBe(
      "success",
    );
    const [restored] = await t.db
      .select()
      .from(s.cooperationAreas)
      .where(eq(s.cooperationAreas.id, tourism));
    expect(restored?.archivedAt).toBeNull();
    expect((await auditOf(aquaculture)).map((e) => e.action)).toEqual([
      "area.create",
      "area.update",
      "area.move",
    ]);
  });

  it("does not touch an area through another group", async () => {
    const area = await f.createArea(t.db, group.id);
    const result = await renameArea.execute(t.db, admin, {
      groupId: otherGroup.id,
      areaId: area.id,
      nameNb: "X",
      nameRu: "X",
      nameEn: "X",
    });
    expect(result).toMatchObject({ status: "error", code: "not_found" });
    const [row] = await t.db
      .select()
      .from(s.cooperationAreas)
      .where(eq(s.cooperationAreas.id, area.id));
    expect(row?.nameEn).toBe("Aquaculture");
  });
});

describe(`administration is for admins only (${testBackend()})`, () => {
  it("refuses every administration action to a coordinator and a delegate, changing nothing", async () => {
    const coordinator = f.asSessionUser(await f.createMember(t.db, group.id, "coordinator"));
    const delegate = f.asSessionUser(await f.createMember(t.db, group.id, "delegate"));
    const target = await created();
    const area = await f.createArea(t.db, group.id, 99);
    const userId = target.userId;
    const groupId = group.id;
    const areaId = area.id;
    const names = { nameNb: "A", nameRu: "Б", nameEn: "C" };
    const groupFields = {
      slug: "taken-over",
      ...names,
      commissionNb: "A",
      commissionRu: "Б",
      commissionEn: "C",
    };
    const attempts = [
      [createUser, newUserForm()],
      [
        updateUser,
        { userId, email: "x@example.no", name: "X", delegation: "RU", locale: "ru", isAdmin: "on" },
      ],
      [setMemberships, { userId, memberships: [{ groupId, role: "coordinator" }] }],
      [deactivateUser, { userId }],
      [reactivateUser, { userId }],
      [resetPassword, { userId }],
      [endSessions, { userId }],
      [resetTwoFactor, { userId }],
      [setTwoFactorRequirement, { roles: ["admin"] }],
      [createGroup, groupFields],
      [updateGroup, { ...groupFields, groupId }],
      [archiveGroup, { groupId }],
      [restoreGroup, { groupId }],
      [createArea, { groupId, ...names }],
      [renameArea, { groupId, areaId, ...names }],
      [moveArea, { groupId, areaId, direction: "up" }],
      [archiveArea, { groupId, areaId }],
      [restoreArea, { groupId, areaId }],
    ] as const;

    const snapshot = async () => ({
      users: await t.db.select().from(s.users).orderBy(asc(s.users.id)),
      memberships: await t.db.select().from(s.memberships),
      settings: await t.db.select().from(s.settings).orderBy(asc(s.settings.key)),
      groups: await t.db.select().from(s.workingGroups).orderBy(asc(s.workingGroups.id)),
      areas: await t.db.select().from(s.cooperationAreas).orderBy(asc(s.cooperationAreas.id)),
      audit: (await t.db.select().from(s.auditEvents)).length,
    });
    const before = await snapshot();
    for (const actor of [coordinator, delegate]) {
      for (const [action, input] of attempts) {
        const result = await (action as typeof createUser).execute(t.db, actor, input);
        expect(result, `${action.definition.name} by ${actor.id}`).toMatchObject({
          status: "error",
          code: "forbidden",
        });
      }
    }
    expect(await snapshot()).toEqual(before);
  });
});

/**
 * The inbox (issue 14): the bell's count comes with the viewer, the list shows only the reader's
 * own notifications (unread / all, per group, paged, newest first, in the reader's language),
 * marking read is scoped to the reader, and an entry's link /inbox/<id> marks it read and leads
 * to its object — someone else's, or an unknown id, is 404 and changes nothing.
 */
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as s from "@/db/schema";
import { loadViewer, type Viewer } from "@/lib/auth/viewer";
import { markAllNotificationsRead, markNotificationRead } from "@/lib/notifications/actions";
import { toInboxEntry } from "@/lib/notifications/describe";
import { openNotificationRoute } from "@/lib/notifications/handlers";
import { parseInboxFilters } from "@/lib/notifications/input";
import { translatorFor } from "@/lib/notifications/mail";
import { listInbox, unreadCount } from "@/lib/notifications/queries";
import { INBOX_PAGE_SIZE } from "@/lib/notifications/rules";
import type { NotificationKind } from "@/lib/vocabulary";
import { createTestDatabase, type TestDatabase, testBackend } from "../support/db";
import { asSessionUser, createGroup, createMember } from "../support/factories";
import { buildProjectWorld } from "../support/project-world";

let t: TestDatabase;
let w: Awaited<ReturnType<typeof buildProjectWorld>>;
let project: s.Project;

beforeAll(async () => {
  t = await createTestDatabase();
  w = await buildProjectWorld(t.db);
  project = await w.newProject({ code: "2018-24" });
});
afterAll(async () => {
  await t?.destroy();
});

let minutes = 0;
/** A notification of `user`, each one a minute later than the one before. */
async function notify(
  user: s.User,
  kind: NotificationKind = "comment_added",
  extra: Partial<s.NewNotification> = {},
) {
  minutes += 1;
  const [row] = await t.db
    .insert(s.notifications)
    .values({
      userId: user.id,
      groupId: w.group.id,
      kind,
      actorId: w.delegateRu.id,
      projectId: project.id,
      delivery: "daily",
      createdAt: new Date(Date.UTC(2025, 0, 1, 9, minutes)),
      ...extra,
    })
    .returning();
  if (!row) throw new Error("no notification");
  return row;
}

async function readAt(id: string) {
  const [row] = await t.db
    .select({ readAt: s.notifications.readAt })
    .from(s.notifications)
    .where(eq(s.notifications.id, id));
  return row?.readAt ?? null;
}

async function viewerOf(user: s.User): Promise<Viewer> {
  const viewer = await loadViewer(t.db, {
    userId: user.id,
    sessionVersion: user.sessionVersion,
    signedInAt: 1000,
    nowSeconds: 2000,
    maxAgeSeconds: 3600,
  });
  if (!viewer) throw new Error("no viewer");
  return viewer;
}

describe(`the bell and the inbox (${testBackend()})`, () => {
  it("counts the reader's unread notifications on the viewer, and only theirs", async () => {
    const reader = await createMember(t.db, w.group.id, "delegate");
    expect((await viewerOf(reader)).unreadNotifications).toBe(0);
    await notify(reader);
    await notify(reader);
    await notify(reader, "comment_added", { readAt: new Date() });
    await notify(w.delegateNo);
    expect((await viewerOf(reader)).unreadNotifications).toBe(2);
    expect(await unreadCount(t.db, reader.id)).toBe(2);
  });

  it("lists the reader's own, newest first, paged; unread only; per group", async () => {
    const reader = await createMember(t.db, w.group.id, "coordinator", { locale: "nb" });
    const other = await createGroup(t.db);
    const created: s.Notification[] = [];
    for (let i = 0; i < INBOX_PAGE_SIZE + 5; i++) created.push(await notify(reader));
    const elsewhere = await notify(reader, "meeting_scheduled", {
      groupId: other.id,
      projectId: null,
    });
    await t.db
      .update(s.notifications)
      .set({ readAt: new Date() })
      .where(eq(s.notifications.id, created[0]?.id ?? ""));
    await notify(w.delegateNo);

    const first = await listInbox(t.db, reader.id, { unread: false, groupId: null, page: 1 });
    expect(first.total).toBe(INBOX_PAGE_SIZE + 6);
    expect(first.rows).toHaveLength(INBOX_PAGE_SIZE);
    expect(first.rows[0]?.id).toBe(elsewhere.id);
    const times = first.rows.map((r) => r.createdAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
    const second = await listInbox(t.db, reader.id, { unread: false, groupId: null, page: 2 });
    expect(second.rows.map((r) => r.id)).toEqual(
      created
        .slice(0, 6)
        .map((r) => r.id)
        .reverse(),
    );

    const unread = await listInbox(t.db, reader.id, { unread: true, groupId: null, page: 1 });
    expect(unread.total).toBe(INBOX_PAGE_SIZE + 5);
    const grouped = await listInbox(t.db, reader.id, { unread: false, groupId: other.id, page: 1 });
    expect(grouped.rows.map((r) => r.id)).toEqual([elsewhere.id]);
  });

  it("renders each entry in the reader's language from codes, leading to its object", async () => {
    const reader = await createMember(t.db, w.group.id, "delegate", { locale: "ru" });
    const row = await notify(reader, "update_awaiting_confirmation");
    const [listed] = (await listInbox(t.db, reader.id, { unread: true, groupId: null, page: 1 }))
      .rows;
    if (!listed) throw new Error("not listed");
    const ru = toInboxEntry(listed, translatorFor("ru"), "ru");
    expect(ru).toMatchObject({
      id: row.id,
      read: false,
      href: `/g/${w.group.slug}/projects/2018-24`,
      groupName: w.group.nameRu,
    });
    expect(ru.text).toContain("ожидает вашего подтверждения");
    expect(ru.text).toContain("2018-24 «Тестовый проект»");
    expect(ru.text).toContain(w.delegateRu.name);
    const nb = toInboxEntry(listed, translatorFor("nb"), "nb");
    expect(nb.text).toContain("venter på din bekreftelse");
    expect(nb.text).toContain("2018-24 «Testprosjekt»");

    // A title with quotes of its own is not quoted twice over.
    const quoted = await w.newProject({ code: "2018-12", titleRu: "Мост «Баренц»" });
    await notify(reader, "comment_added", { projectId: quoted.id });
    const [latest] = (await listInbox(t.db, reader.id, { unread: true, groupId: null, page: 1 }))
      .rows;
    if (!latest) throw new Error("not listed");
    expect(toInboxEntry(latest, translatorFor("ru"), "ru").text).toContain(
      "2018-12 «Мост „Баренц“»",
    );
  });

  it("reads filters from the URL without ever failing", () => {
    expect(parseInboxFilters({})).toEqual({ show: "all", group: null, page: 1 });
    expect(parseInboxFilters({ show: "unread", group: "regional-cooperation", page: "3" })).toEqual(
      { show: "unread", group: "regional-cooperation", page: 3 },
    );
    expect(parseInboxFilters({ show: ["unread", "all"], group: "../../etc", page: "-1" })).toEqual({
      show: "unread",
      group: null,
      page: 1,
    });
  });
});

describe(`marking read (${testBackend()})`, () => {
  it("marks the reader's own notification read; someone else's is not found and stays unread", async () => {
    const reader = await createMember(t.db, w.group.id, "delegate");
    const mine = await notify(reader);
    const theirs = await notify(w.delegateNo);
    const done = await markNotificationRead.execute(t.db, asSessionUser(reader), { id: mine.id });
    expect(done).toEqual({ status: "success", data: { id: mine.id } });
    expect(await readAt(mine.id)).not.toBeNull();
    // Again: still read, when it was first read.
    const first = await readAt(mine.id);
    await markNotificationRead.execute(t.db, asSessionUser(reader), { id: mine.id });
    expect(await readAt(mine.id)).toEqual(first);

    const refused = await markNotificationRead.execute(t.db, asSessionUser(reader), {
      id: theirs.id,
      userId: w.delegateNo.id,
    });
    expect(refused).toMatchObject({ status: "error", code: "not_found" });
    expect(await readAt(theirs.id)).toBeNull();
    expect(
      await markNotificationRead.execute(t.db, asSessionUser(reader), { id: "not-an-id" }),
    ).toMatchObject({ status: "error", code: "validation" });
    expect(await markNotificationRead.execute(t.db, null, { id: mine.id })).toMatchObject({
      code: "unauthenticated",
    });
  });

  it("marks all of the reader's read, and nobody else's", async () => {
    const reader = await createMember(t.db, w.group.id, "delegate");
    await notify(reader);
    await notify(reader, "contact_added");
    const theirs = await notify(w.delegateNo);
    const result = await markAllNotificationsRead.execute(t.db, asSessionUser(reader), {
      userId: w.delegateNo.id,
    });
    expect(result).toEqual({ status: "success", data: { marked: 2 } });
    expect(await unreadCount(t.db, reader.id)).toBe(0);
    expect(await readAt(theirs.id)).toBeNull();
    expect(await markAllNotificationsRead.execute(t.db, asSessionUser(reader), {})).toMatchObject({
      data: { marked: 0 },
    });
  });
});

describe(`an entry's link /inbox/<id> (${testBackend()})`, () => {
  it("marks the reader's own read and sends them on (303) to what it is about", async () => {
    const reader = await createMember(t.db, w.group.id, "delegate");
    const row = await notify(reader);
    const response = await openNotificationRoute(t.db, await viewerOf(reader), row.id);
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe(`/g/${w.group.slug}/projects/2018-24`);
    expect(await readAt(row.id)).not.toBeNull();
    expect((await viewerOf(reader)).unreadNotifications).toBe(0);

    const item = await notify(reader, "action_item_due_soon");
    const toItems = await openNotificationRoute(t.db, await viewerOf(reader), item.id);
    expect(toItems.headers.get("location")).toBe(`/g/${w.group.slug}/actions?owner=me`);
  });

  it("never leads off the site, whatever a project's code", async () => {
    const reader = await createMember(t.db, w.group.id, "delegate");
    const odd = await w.newProject({ code: "//evil.example" });
    const row = await notify(reader, "comment_added", { projectId: odd.id });
    const response = await openNotificationRoute(t.db, await viewerOf(reader), row.id);
    const location = response.headers.get("location") ?? "";
    expect(location).toBe(`/g/${w.group.slug}/projects/%2F%2Fevil.example`);
    expect(new URL(location, "https://workplan.example").host).toBe("workplan.example");
  });

  it("answers someone else's, an unknown or a malformed id with a translated 404, changing nothing", async () => {
    const reader = await createMember(t.db, w.group.id, "delegate", { locale: "nb" });
    const theirs = await notify(w.delegateNo);
    for (const id of [theirs.id, "7d0b3c2e-0000-4000-8000-000000000000", "nonsense"]) {
      const response = await openNotificationRoute(t.db, await viewerOf(reader), id);
      expect(response.status).toBe(404);
      const page = await response.text();
      expect(page).toContain('lang="nb"');
      expect(page).toContain("Fant ikke varselet");
    }
    expect(await readAt(theirs.id)).toBeNull();
  });

  it("sends the signed-out to sign in, and a pending account step first", async () => {
    const reader = await createMember(t.db, w.group.id, "delegate");
    const row = await notify(reader);
    const out = await openNotificationRoute(t.db, null, row.id);
    expect(out.status).toBe(303);
    expect(out.headers.get("location")).toBe(`/sign-in?callbackUrl=%2Finbox%2F${row.id}`);
    const pending = { ...(await viewerOf(reader)), mustChangePassword: true };
    const step = await openNotificationRoute(t.db, pending, row.id);
    expect(step.headers.get("location")).toBe("/profile/password");
    expect(await readAt(row.id)).toBeNull();
  });
});

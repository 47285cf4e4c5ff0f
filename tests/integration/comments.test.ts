import { readFileSync } from "node:fs";
import { join } from "node:path";
import { eq } from "drizzle-orm";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { WrittenText } from "@/components/projects/history-update";
import * as s from "@/db/schema";
import { addComment } from "@/lib/projects/comments/actions";
import type { CommentInput } from "@/lib/projects/comments/input";
import { getProjectHistory } from "@/lib/projects/status-updates/queries";
import { createTestDatabase, type TestDatabase, testBackend } from "../support/db";
import { asSessionUser } from "../support/factories";
import { buildProjectWorld } from "../support/project-world";

let t: TestDatabase;
let world: Awaited<ReturnType<typeof buildProjectWorld>>;

beforeAll(async () => {
  t = await createTestDatabase();
  world = await buildProjectWorld(t.db);
});
afterAll(async () => {
  await t?.destroy();
});

const comment = (user: s.User, input: Partial<CommentInput> & { projectId: string }) =>
  addComment.execute(t.db, asSessionUser(user), { body: "Møtet i Kirkenes er flyttet.", ...input });

const commentsOn = (projectId: string) =>
  t.db.select().from(s.comments).where(eq(s.comments.projectId, projectId));

describe(`commenting on a project (${testBackend()})`, () => {
  it("any delegate may comment, in their own language unless they choose another, and it is audited", async () => {
    const project = await world.newProject();
    const result = await comment(world.delegateRu, {
      projectId: project.id,
      body: "  Встреча в Мурманске переносится.\nНовая дата — в апреле.  ",
    });
    expect(result.status).toBe("success");
    const [row] = await commentsOn(project.id);
    expect(row).toMatchObject({
      authorId: world.delegateRu.id,
      groupId: world.group.id,
      body: "Встреча в Мурманске переносится.\nНовая дата — в апреле.",
      locale: "ru",
    });
    const [event] = await t.db
      .select()
      .from(s.auditEvents)
      .where(eq(s.auditEvents.entityId, row?.id ?? ""));
    expect(event).toMatchObject({
      action: "project.comment",
      entityType: "comment",
      actorId: world.delegateRu.id,
      groupId: world.group.id,
    });

    await comment(world.otherDelegateNo, { projectId: project.id, locale: "en" });
    const locales = (await commentsOn(project.id)).map((c) => c.locale).sort();
    expect(locales).toEqual(["en", "ru"]);
  });

  it("comments appear in the project's history with author and side", async () => {
    const project = await world.newProject();
    await comment(world.coordinatorNo, { projectId: project.id });
    const history = await getProjectHistory(t.db, world.group.id, project.id);
    expect(history.entries).toEqual([
      expect.objectContaining({
        kind: "comment",
        authorName: world.coordinatorNo.name,
        side: "NO",
        body: "Møtet i Kirkenes er flyttet.",
        locale: "en",
      }),
    ]);
  });

  it("an observer cannot comment", async () => {
    const project = await world.newProject();
    expect(await comment(world.observer, { projectId: project.id })).toMatchObject({
      status: "error",
      code: "forbidden",
    });
    expect(await commentsOn(project.id)).toHaveLength(0);
  });

  it("a member of another group is told the project does not exist", async () => {
    const project = await world.newProject();
    expect(await comment(world.outsider, { projectId: project.id })).toMatchObject({
      status: "error",
      code: "not_found",
    });
    expect(await commentsOn(project.id)).toHaveLength(0);
  });

  it.each([
    ["an empty comment", "", { key: "validation.required" }],
    ["a comment of blanks", "   \n  ", { key: "validation.required" }],
    [
      "a comment of 4001 characters",
      "x".repeat(4001),
      { key: "validation.tooLong", values: { max: 4000 } },
    ],
  ])("refuses %s with a field error", async (_name, body, message) => {
    const project = await world.newProject();
    const result = await comment(world.delegateNo, { projectId: project.id, body });
    expect(result).toMatchObject({ status: "error", code: "validation" });
    if (result.status === "error") expect(result.fieldErrors?.body).toEqual([message]);
    expect(await commentsOn(project.id)).toHaveLength(0);
  });

  it("refuses comments on an archived project", async () => {
    const project = await world.newProject({ archivedAt: new Date() });
    expect(await comment(world.delegateNo, { projectId: project.id })).toMatchObject({
      status: "error",
      code: "validation",
      message: { key: "project.update.archived" },
    });
    expect(await commentsOn(project.id)).toHaveLength(0);
  });

  it("stores markup as typed and renders it as text, in its language, with its line breaks", async () => {
    const project = await world.newProject();
    const body = '<script>alert("x")</script>\n<b>Kirkenes</b>';
    await comment(world.delegateNo, { projectId: project.id, body, locale: "nb" });
    const [row] = await commentsOn(project.id);
    expect(row?.body).toBe(body);
    const html = renderToStaticMarkup(
      createElement(WrittenText, { text: row?.body ?? "", lang: row?.locale ?? null }),
    );
    expect(html).not.toContain("<script>");
    expect(html).toContain("&lt;script&gt;");
    expect(html).toContain('lang="nb"');
    // The line break is kept in the text; the `txt` class shows it (white-space: pre-line).
    expect(html).toContain("&lt;/script&gt;\n&lt;b&gt;");
    expect(html).toContain('class="txt"');
    const css = readFileSync(join(process.cwd(), "app/globals.css"), "utf8");
    expect(css).toMatch(/\.txt \{\s*@apply[^;]*whitespace-pre-line/);
  });
});

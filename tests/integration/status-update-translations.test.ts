import { and, desc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as s from "@/db/schema";
import { seedDemo } from "@/db/seed/demo";
import { hashPassword } from "@/lib/auth/password";
import { briefDocument } from "@/lib/brief/document";
import { buildBrief } from "@/lib/brief/queries";
import { translationGaps } from "@/lib/brief/rules";
import type { BriefModel } from "@/lib/brief/types";
import { postStatusUpdate, translateStatusUpdate } from "@/lib/projects/status-updates/actions";
import type { TranslateUpdateInput } from "@/lib/projects/status-updates/input";
import { getLatestUpdates, getProjectHistory } from "@/lib/projects/status-updates/queries";
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

/** A project with one update posted by its Russian contact, in Russian. */
async function russianNote(nextSteps: string | null = "Подать заявку в мае") {
  const project = await world.newProject();
  const posted = await postStatusUpdate.execute(t.db, asSessionUser(world.delegateRu), {
    projectId: project.id,
    version: 1,
    status: "in_progress",
    health: "on_track",
    progress: 60,
    note: "Технико-экономическое обоснование готово.",
    noteLocale: "ru",
    ...(nextSteps ? { nextSteps } : {}),
  });
  if (posted.status !== "success") throw new Error(JSON.stringify(posted));
  return { project, updateId: posted.data.updateId };
}

const translate = (user: s.User, input: Partial<TranslateUpdateInput> & { updateId: string }) =>
  translateStatusUpdate.execute(t.db, asSessionUser(user), {
    locale: "nb",
    note: "Mulighetsstudien er ferdig.",
    nextSteps: "Søke i mai",
    ...input,
  });

async function translationsOf(updateId: string) {
  return t.db
    .select()
    .from(s.statusUpdateTranslations)
    .where(eq(s.statusUpdateTranslations.updateId, updateId));
}

async function auditsOf(projectId: string) {
  return t.db
    .select()
    .from(s.auditEvents)
    .where(
      and(
        eq(s.auditEvents.entityId, projectId),
        eq(s.auditEvents.action, "project.translate_update"),
      ),
    )
    .orderBy(s.auditEvents.id);
}

describe(`translating a status update's note (${testBackend()})`, () => {
  it("the Norwegian contact translates a Russian note: stored, audited, in the history and the awaiting list", async () => {
    const { project, updateId } = await russianNote();
    const result = await translate(world.delegateNo, { updateId });
    expect(result).toMatchObject({
      status: "success",
      data: { updateId, locale: "nb", replaced: false },
    });
    const [row] = await translationsOf(updateId);
    expect(row).toMatchObject({
      locale: "nb",
      note: "Mulighetsstudien er ferdig.",
      nextSteps: "Søke i mai",
      translatedById: world.delegateNo.id,
    });
    const [event] = await auditsOf(project.id);
    expect(event).toMatchObject({
      actorId: world.delegateNo.id,
      groupId: world.group.id,
      before: null,
      after: { updateId, locale: "nb", note: "Mulighetsstudien er ferdig." },
    });

    const history = await getProjectHistory(t.db, world.group.id, project.id);
    const [entry] = history.entries;
    expect(entry).toMatchObject({
      kind: "update",
      authorId: world.delegateRu.id,
      locale: "ru",
      note: "Технико-экономическое обоснование готово.",
      translations: [
        {
          locale: "nb",
          note: "Mulighetsstudien er ferdig.",
          nextSteps: "Søke i mai",
          translatorName: world.delegateNo.name,
          outdated: false,
        },
      ],
    });
    const latest = await getLatestUpdates(t.db, world.group.id, [project.id]);
    expect(latest[project.id]?.translations).toHaveLength(1);
  });

  it("translating again into the same language replaces the translation, and the audit keeps the earlier one", async () => {
    const { project, updateId } = await russianNote();
    expect((await translate(world.delegateNo, { updateId })).status).toBe("success");
    const again = await translate(world.coordinatorRu, {
      updateId,
      note: "Forstudien er ferdig.",
      nextSteps: "Søknad i mai",
    });
    expect(again).toMatchObject({ status: "success", data: { replaced: true } });
    const rows = await translationsOf(updateId);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      note: "Forstudien er ferdig.",
      translatedById: world.coordinatorRu.id,
    });
    const events = await auditsOf(project.id);
    expect(events).toHaveLength(2);
    expect(events[1]).toMatchObject({
      before: { note: "Mulighetsstudien er ferdig.", translatedById: world.delegateNo.id },
      after: { note: "Forstudien er ferdig." },
    });
    // Another language is another translation.
    const english = await translate(world.delegateRu, {
      updateId,
      locale: "en",
      note: "The feasibility study is done.",
      nextSteps: "Apply in May",
    });
    expect(english.status).toBe("success");
    expect(await translationsOf(updateId)).toHaveLength(2);
  });

  it("refuses a translation into the note's own language, with a translated message", async () => {
    const { updateId } = await russianNote();
    const result = await translate(world.delegateNo, { updateId, locale: "ru" });
    expect(result).toMatchObject({
      status: "error",
      code: "validation",
      message: { key: "project.translate.ownLanguage" },
      fieldErrors: { locale: [{ key: "project.translate.ownLanguage" }] },
    });
    expect(await translationsOf(updateId)).toEqual([]);
  });

  it("asks for every text the original has, and for some text at all", async () => {
    const { updateId } = await russianNote();
    const noNextSteps = await translate(world.delegateNo, { updateId, nextSteps: "" });
    expect(noNextSteps).toMatchObject({
      status: "error",
      code: "validation",
      fieldErrors: { nextSteps: [{ key: "project.translate.nextStepsRequired" }] },
    });
    const empty = await translate(world.delegateNo, { updateId, note: " ", nextSteps: "" });
    expect(empty).toMatchObject({ status: "error", code: "validation" });
    // Without next steps in the original, none are stored even when sent.
    const { updateId: onlyNote } = await russianNote(null);
    expect((await translate(world.delegateNo, { updateId: onlyNote })).status).toBe("success");
    const [row] = await translationsOf(onlyNote);
    expect(row?.nextSteps).toBeNull();
  });

  it("is refused to an observer and to another delegate of the same side; outsiders learn nothing", async () => {
    const { project, updateId } = await russianNote();
    expect(await translate(world.observer, { updateId })).toMatchObject({
      status: "error",
      code: "forbidden",
    });
    expect(await translate(world.otherDelegateNo, { updateId })).toMatchObject({
      status: "error",
      code: "forbidden",
    });
    expect(await translate(world.outsider, { updateId })).toMatchObject({
      status: "error",
      code: "not_found",
    });
    expect(await translationsOf(updateId)).toEqual([]);
    expect(await auditsOf(project.id)).toEqual([]);
  });

  it("lets the author and a coordinator of either side translate", async () => {
    const { updateId } = await russianNote();
    for (const [user, locale] of [
      [world.delegateRu, "en"],
      [world.coordinatorNo, "nb"],
    ] as const)
      expect((await translate(user, { updateId, locale })).status).toBe("success");
  });

  it("flags a translation whose original no longer matches what was translated", async () => {
    const { project, updateId } = await russianNote();
    await translate(world.delegateNo, { updateId });
    // Originals are append-only: only a (future) correction path could change one. Simulated
    // by changing what the translation says it was made from.
    await t.db
      .update(s.statusUpdateTranslations)
      .set({ sourceHash: "0".repeat(64) })
      .where(eq(s.statusUpdateTranslations.updateId, updateId));
    const history = await getProjectHistory(t.db, world.group.id, project.id);
    expect(history.entries[0]).toMatchObject({ translations: [{ outdated: true }] });
  });
});

describe(`the brief uses translations (${testBackend()})`, () => {
  let d: TestDatabase;
  let groupId: string;
  let coordinator: s.User;

  beforeAll(async () => {
    d = await createTestDatabase();
    await seedDemo(d.db, { hashPassword, now: new Date() });
    const [group] = await d.db
      .select()
      .from(s.workingGroups)
      .where(eq(s.workingGroups.slug, "regional-cooperation"));
    groupId = group?.id ?? "";
    const [user] = await d.db
      .select()
      .from(s.users)
      .where(eq(s.users.email, "coordinator.no@workplan.test"));
    if (!user) throw new Error("no coordinator.no in the demo");
    coordinator = user;
  });
  afterAll(async () => {
    await d?.destroy();
  });

  const brief = async (): Promise<BriefModel> => {
    const built = await buildBrief(d.db, { groupId, meetingNumber: 7 });
    if (!built) throw new Error("no brief for meeting 7");
    return built;
  };

  it("shows a translated note in the document's language instead of the missing mark, and counts the rest", async () => {
    const before = await brief();
    const notes = before.areas.flatMap((a) =>
      a.projects.flatMap((p) => p.notes.map((n) => ({ code: p.code, ...n }))),
    );
    const untranslated = notes.find(
      (n) => n.locale === "ru" && n.note && !n.translations?.some((x) => x.locale === "nb"),
    );
    if (!untranslated?.note) throw new Error("the demo's brief has no untranslated Russian note");
    const [update] = await d.db
      .select({ id: s.statusUpdates.id })
      .from(s.statusUpdates)
      .innerJoin(s.projects, eq(s.projects.id, s.statusUpdates.projectId))
      .where(
        and(
          eq(s.statusUpdates.groupId, groupId),
          eq(s.projects.code, untranslated.code),
          eq(s.statusUpdates.note, untranslated.note),
        ),
      )
      .orderBy(desc(s.statusUpdates.createdAt))
      .limit(1);
    if (!update) throw new Error("the note's update is not found");
    const gapsBefore = translationGaps(before.areas);
    const result = await translateStatusUpdate.execute(d.db, asSessionUser(coordinator), {
      updateId: update.id,
      locale: "nb",
      note: "Oversatt merknad til møtenotatet.",
      nextSteps: untranslated.nextSteps ? "Oversatte neste trinn." : "",
    });
    expect(result.status).toBe("success");

    const after = await brief();
    const nb = JSON.stringify(briefDocument(after, "nb"));
    const pair = JSON.stringify(briefDocument(after, "nb-ru"));
    expect(nb).toContain("Oversatt merknad til møtenotatet.");
    expect(nb).toContain(`oversatt av ${coordinator.name}`);
    // Side by side: the Russian column keeps the original.
    expect(pair).toContain("Oversatt merknad til møtenotatet.");
    expect(pair).toContain(JSON.stringify(untranslated.note).slice(1, -1));
    const ru = JSON.stringify(briefDocument(after, "ru"));
    expect(ru).not.toContain("Oversatt merknad til møtenotatet.");

    const gapsAfter = translationGaps(after.areas);
    expect(gapsAfter[0]).toMatchObject({ locale: "nb" });
    expect(gapsAfter[0]?.count).toBe((gapsBefore[0]?.count ?? 0) - 1);
    expect(gapsAfter[1]?.count).toBe(gapsBefore[1]?.count);
  });

  it("the demo's brief already has some notes translated", async () => {
    const model = await brief();
    const translated = model.areas
      .flatMap((a) => a.projects.flatMap((p) => p.notes))
      .filter((n) => n.translations?.length);
    expect(translated.length).toBeGreaterThanOrEqual(3);
    // Made from the notes as they are: none is flagged as possibly outdated.
    const rows = await d.db
      .select({ id: s.projects.id })
      .from(s.projects)
      .where(eq(s.projects.groupId, groupId));
    const latest = await getLatestUpdates(
      d.db,
      groupId,
      rows.map((r) => r.id),
    );
    const translations = Object.values(latest).flatMap((u) => u.translations);
    expect(translations.length).toBeGreaterThanOrEqual(3);
    expect(translations.every((tr) => !tr.outdated)).toBe(true);
  });
});

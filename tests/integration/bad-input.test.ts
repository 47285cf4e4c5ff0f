import { stringify } from "csv-stringify/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renameArea } from "@/lib/admin/groups/actions";
import { listAreas } from "@/lib/admin/groups/queries";
import { parseAuditFilters } from "@/lib/audit/input";
import { listAuditEvents } from "@/lib/audit/queries";
import { addMeetingActionItem } from "@/lib/meetings/items/actions";
import { createProject } from "@/lib/projects/actions";
import { addComment } from "@/lib/projects/comments/actions";
import { parseProjectFilters } from "@/lib/projects/list/input";
import { getProjectDetail } from "@/lib/projects/queries";
import { postStatusUpdate } from "@/lib/projects/status-updates/actions";
import { confirmImport, previewImport } from "@/lib/spreadsheets/import/actions";
import { createTestDatabase, type TestDatabase, testBackend } from "../support/db";
import { asSessionUser, createArea } from "../support/factories";
import { buildProjectWorld, projectState } from "../support/project-world";

/*
 * The bugs the property suite (tests/property) found, each pinned down by one example: input
 * PostgreSQL cannot take was let through and failed in the database — a 500 instead of a
 * translated validation error.
 */

let t: TestDatabase;
let w: Awaited<ReturnType<typeof buildProjectWorld>>;

beforeAll(async () => {
  process.env.AUTH_SECRET ??= "integration-tests-only-secret-0123456789abcdef";
  t = await createTestDatabase();
  w = await buildProjectWorld(t.db);
});
afterAll(async () => {
  await t?.destroy();
});

const invalid = (field: string, key = "validation.invalid") => ({
  status: "error",
  code: "validation",
  fieldErrors: { [field]: [{ key }] },
});

describe(`input the database cannot store is refused as a validation error (${testBackend()})`, () => {
  it("a delegate's note with a NUL character: refused on the note, nothing stored", async () => {
    const project = await w.newProject();
    const before = await projectState(t.db, project.id);
    const result = await postStatusUpdate.execute(t.db, asSessionUser(w.delegateNo), {
      projectId: project.id,
      version: 1,
      status: "in_progress",
      health: "on_track",
      progress: "50",
      note: "Møtet i Kirkenes\u0000 er flyttet",
    });
    expect(result).toMatchObject(invalid("note"));
    expect(await projectState(t.db, project.id)).toEqual(before);
  });

  it("a comment holding half an emoji (a lone surrogate): refused, not stored as U+FFFD", async () => {
    const project = await w.newProject();
    const result = await addComment.execute(t.db, asSessionUser(w.delegateRu), {
      projectId: project.id,
      body: "Отлично 👍".slice(0, -1),
    });
    expect(result).toMatchObject(invalid("body"));
  });

  it("an area renamed with a NUL or half an emoji: refused on the name", async () => {
    const area = await createArea(t.db, w.group.id, 2);
    for (const nameRu of ["Аква\u0000культура", "Аквакультура \ud83d"]) {
      const result = await renameArea.execute(t.db, asSessionUser(w.admin), {
        groupId: w.group.id,
        areaId: area.id,
        nameNb: "Havbruk",
        nameRu,
        nameEn: "Aquaculture",
      });
      expect(result).toMatchObject(invalid("nameRu"));
    }
  });

  it("dates in year 0 (which PostgreSQL has not) are refused on their field", async () => {
    const coordinator = asSessionUser(w.coordinatorNo);
    const project = await createProject.execute(t.db, coordinator, {
      groupId: w.group.id,
      code: "2018-40",
      areaId: w.area.id,
      titleEn: "Joint exercise",
      plannedStart: "0000-01-01",
      milestones: "[]",
    });
    expect(project).toMatchObject(invalid("plannedStart", "projectForm.errors.date"));
    const item = await addMeetingActionItem.execute(t.db, coordinator, {
      groupId: w.group.id,
      meetingId: "00000000-0000-0000-0000-000000000000",
      textEn: "Send the report",
      ownerId: w.delegateNo.id,
      dueOn: "0000-12-31",
    });
    expect(item).toMatchObject(invalid("dueOn", "meetings.errors.date"));
  });

  it("a version past PostgreSQL's integer (2^31) is refused, not compared in SQL", async () => {
    const project = await w.newProject();
    const result = await postStatusUpdate.execute(t.db, asSessionUser(w.delegateNo), {
      projectId: project.id,
      version: "2147483648",
      status: "planned",
      health: "on_track",
      progress: "0",
    });
    expect(result).toMatchObject({ status: "error", code: "validation" });
    expect(Object.keys((result as { fieldErrors: object }).fieldErrors)).toEqual(["version"]);
  });
});

describe(`URLs the database cannot compare are a 404 or an empty filter (${testBackend()})`, () => {
  it("a project code segment %00 is no project (the page answers 404)", async () => {
    expect(await getProjectDetail(t.db, w.group.id, decodeURIComponent("%00"))).toBeNull();
    expect(await getProjectDetail(t.db, w.group.id, "2018-01\u0000")).toBeNull();
  });

  it("the audit log's project filter with a NUL is dropped", async () => {
    const filters = parseAuditFilters({ project: "2018-01\u0000" });
    expect(filters.project).toBeUndefined();
    await expect(listAuditEvents(t.db, w.group.id, filters)).resolves.toBeDefined();
  });

  it("an administration group page for an id that is no uuid lists no areas", async () => {
    expect(await listAreas(t.db, "not-a-uuid")).toEqual([]);
    expect(await listAreas(t.db, "\u0000")).toEqual([]);
  });

  it("a search cut at 200 characters ends in neither half an emoji nor a space", () => {
    const q = `${"a".repeat(199)}👍 tromsø`;
    expect(parseProjectFilters({ q }).q).toBe("a".repeat(199));
    expect(parseProjectFilters({ q: `${"b".repeat(199)} c` }).q).toBe("b".repeat(199));
  });
});

describe(`an import whose file name is cut inside an emoji (${testBackend()})`, () => {
  it("is previewed and confirmed under the name without the broken half", async () => {
    const coordinator = asSessionUser(w.coordinatorNo);
    const name = `${"x".repeat(199)}📊 plan.csv`;
    const csv = stringify([
      ["Code", "Title (English)", "Cooperation area"],
      ["2019-77", "Imported project", w.area.nameEn],
    ]);
    const state = await previewImport(t.db, coordinator, {
      groupId: w.group.id,
      file: { name, bytes: new Uint8Array(Buffer.from(csv)) },
    });
    if (state.status !== "success" || !state.data.confirm) throw new Error(JSON.stringify(state));
    expect(state.data.fileName).toBe("x".repeat(199));
    const result = await confirmImport.execute(t.db, coordinator, {
      groupId: w.group.id,
      fileName: state.data.fileName,
      ...state.data.confirm,
    });
    expect(result).toMatchObject({ status: "success", data: { created: 1 } });
  });
});

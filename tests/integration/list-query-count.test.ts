import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseProjectFilters } from "@/lib/projects/list/input";
import { getListOptions, listProjects } from "@/lib/projects/list/queries";
import { createTestDatabase, type TestDatabase, testBackend } from "../support/db";
import { createArea, createGroup, createMember, createProject } from "../support/factories";

// The project list page runs the viewer's query (lib/auth/viewer.ts, one statement) and then
// these two side by side; pages must stay at five statements at most (issue 9).
let t: TestDatabase;
let counting = false;
const queries: string[] = [];
let scope: { groupId: string; userId: string; today: string; locale: "nb" };

beforeAll(async () => {
  t = await createTestDatabase({ onQuery: (q) => counting && queries.push(q) });
  const group = await createGroup(t.db);
  const area = await createArea(t.db, group.id);
  const me = await createMember(t.db, group.id, "delegate", { delegation: "NO" });
  for (let i = 1; i <= 60; i++) {
    await createProject(t.db, group.id, area.id, {
      code: `2020-${String(i).padStart(2, "0")}`,
      titleEn: `Murmansk harbour ${i}`,
      status: i % 2 ? "in_progress" : "planned",
      contactNoId: i % 3 ? me.id : null,
    });
  }
  scope = { groupId: group.id, userId: me.id, today: "2021-06-01", locale: "nb" };
});
afterAll(async () => {
  await t?.destroy();
});

async function statementsFor(params: Record<string, string>) {
  queries.length = 0;
  counting = true;
  try {
    const [{ rows, total }] = await Promise.all([
      listProjects(t.db, scope, parseProjectFilters(params)),
      getListOptions(t.db, scope.groupId),
    ]);
    return { statements: queries.length, rows: rows.length, total };
  } finally {
    counting = false;
  }
}

describe(`the project list's statements (${testBackend()})`, () => {
  it.each([
    ["no filter", {}, 50, 60],
    [
      "search, status, mine and sorting",
      { q: "Мурманск", status: "in_progress", mine: "1", sort: "updated", dir: "desc" },
      20,
      20,
    ],
    ["one side only and stale", { onesided: "1", stale: "1" }, 0, 0],
    ["the second page", { page: "2" }, 10, 60],
  ])(
    "%s: one page and its total in one statement, the options in one more",
    async (_, params, rows, total) => {
      const result = await statementsFor(params);
      expect(result).toEqual({ statements: 2, rows, total });
    },
  );

  it("a page beyond the end counts the total separately: still within five with the viewer's", async () => {
    const result = await statementsFor({ page: "9" });
    expect(result).toEqual({ statements: 3, rows: 0, total: 60 });
  });
});

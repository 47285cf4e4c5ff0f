import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queryRows } from "@/db/client";
import * as s from "@/db/schema";
import { searchCondition, searchTerms } from "@/lib/projects/list/conditions";
import { createTestDatabase, type TestDatabase, testBackend } from "../support/db";
import { createArea, createGroup, createProject } from "../support/factories";

let t: TestDatabase;
let groupId: string;

beforeAll(async () => {
  t = await createTestDatabase();
  const group = await createGroup(t.db);
  groupId = group.id;
  const area = await createArea(t.db, group.id);
  const make = (code: string, fields: Parameters<typeof createProject>[3]) =>
    createProject(t.db, group.id, area.id, {
      code,
      titleNb: null,
      titleRu: null,
      titleEn: null,
      ...fields,
    });
  await make("2018-01", { titleEn: "Port cooperation in Murmansk" });
  await make("2018-02", { titleRu: "Пограничный переход в Киркенесе", titleNb: "Grenseovergang" });
  await make("2018-03", {
    titleNb: "Havbruk i Sør-Varanger",
    summaryNb: "Oppdrett av røye og ørret",
  });
  await make("2018-04", {
    titleRu: "Экологический мониторинг в Никеле",
    places: ["Nikel", "Zapolyarny"],
  });
  await make("2018-05", {
    titleEn: "Tourism in Tromsø",
    partners: ["Arkhangelsk Pomor Tourism Cluster"],
  });
  await make("2018-06", { titleEn: "100% renewable_energy pilot" });
  await make("EE-07", { titleRu: "Энергоэффективность в АРХАНГЕЛЬСКЕ" });
});
afterAll(async () => {
  await t?.destroy();
});

async function find(query: string): Promise<string[]> {
  const rows = await t.db
    .select({ code: s.projects.code })
    .from(s.projects)
    .where(and(eq(s.projects.groupId, groupId), searchCondition(query)))
    .orderBy(s.projects.code);
  return rows.map((r) => r.code);
}

describe(`project search (${testBackend()})`, () => {
  it.each([
    ["Мурманск", ["2018-01"]],
    ["murmansk", ["2018-01"]],
    ["Kirkenes", ["2018-02"]],
    ["киркенес", ["2018-02"]],
    ["КИРКЕНЕС", ["2018-02"]],
    ["sør-varanger", ["2018-03"]],
    ["SØR-VARANGER", ["2018-03"]],
    ["Сёр-Варангер", ["2018-03"]],
    ["ørret", ["2018-03"]],
    ["Nikel", ["2018-04"]],
    ["Никель", ["2018-04"]],
    ["Заполярный", ["2018-04"]],
    ["tromso", ["2018-05"]],
    ["Тромсё", ["2018-05"]],
    ["Архангельск", ["2018-05", "EE-07"]],
    ["arkhangelsk", ["2018-05", "EE-07"]],
    ["2018-0", ["2018-01", "2018-02", "2018-03", "2018-04", "2018-05", "2018-06"]],
    ["ee-07", ["EE-07"]],
  ])("%s finds %j", async (query, codes) => {
    expect(await find(query)).toEqual(codes);
  });

  it("requires every word to match", async () => {
    expect(await find("havbruk sør")).toEqual(["2018-03"]);
    expect(await find("havbruk murmansk")).toEqual([]);
  });

  it("treats % and _ as ordinary characters", async () => {
    expect(await find("100%")).toEqual(["2018-06"]);
    expect(await find("%")).toEqual(["2018-06"]);
    expect(await find("renewable_energy")).toEqual(["2018-06"]);
    expect(await find("_")).toEqual(["2018-06"]);
  });

  it("is harmless with SQL, control characters and very long input", async () => {
    expect(await find("'; drop table projects; --")).toEqual([]);
    expect(await find("\u0000\u0007")).toEqual(expect.any(Array));
    expect(await find("x".repeat(5000))).toEqual([]);
    const [row] = await queryRows<{ n: number }>(
      t.db,
      sql`select count(*)::int as n from projects`,
    );
    expect(Number(row?.n)).toBeGreaterThanOrEqual(7);
  });

  it("splits a query into at most eight words", () => {
    expect(searchTerms("  a  b\tc ")).toEqual(["a", "b", "c"]);
    expect(searchTerms("1 2 3 4 5 6 7 8 9 10")).toHaveLength(8);
  });
});

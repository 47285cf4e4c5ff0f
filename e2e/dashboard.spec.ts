import { expectAccessible } from "./support";
import { expect, test } from "./test";

test("coordinator.ru reads the dashboard in Russian and an area's overdue figure leads to exactly those projects", async ({
  pageAs,
}) => {
  const page = await pageAs("coordinator.ru");
  // The 2018–2019 plan: 27 projects, enough for every Russian plural form.
  await page.goto("/g/regional-cooperation?plan=2");
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
  await expect(overdue).toHaveAccessibleName(/срок(ом)? окончания/);
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
  pageAs,
}) => {
  const page = await pageAs("coordinator.no");
  await page.goto("/g/regional-cooperation?side=NO");
  const figures = page.locator("a[data-figure]");
  expect(await figures.count()).toBeGreaterThan(50);
  for (const href of await figures.evaluateAll((links) =>
    links.map((a) => a.getAttribute("href")),
  )) {
    expect(href).toMatch(/^\/g\/regional-cooperation\/projects\?/);
    expect(href).toContain("side=NO");
    // The approved plan: the 3rd (db/seed/demo-cycle.ts).
    expect(href).toContain("plan=3");
  }
  await expectAccessible(page);
});

test("an admin sees the commission overview, one row per working group", async ({ pageAs }) => {
  const page = await pageAs("admin");
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

test("a member of a single group has no commission overview", async ({ pageAs }) => {
  const page = await pageAs("delegate.other");
  const response = await page.goto("/overview");
  expect(response?.status()).toBe(404);
});

test("the dashboard reads well at phone width", async ({ pageAs }) => {
  const page = await pageAs("coordinator.no", {
    locale: "nb-NO",
    viewport: { width: 390, height: 844 },
  });
  await page.goto("/g/regional-cooperation");
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await expectAccessible(page);
});

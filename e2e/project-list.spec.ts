import { expectAccessible } from "./support";
import { expect, test } from "./test";

test("a search for «Мурманск» finds projects written «Murmansk», and the URL reproduces the view", async ({
  pageAs,
}) => {
  const page = await pageAs("coordinator.ru");
  await page.goto("/g/regional-cooperation/projects");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Проекты");
  await expectAccessible(page);

  await page.getByLabel("Поиск").fill("Мурманск");
  await page.getByRole("button", { name: "Применить" }).click();
  await expect(page).toHaveURL(/q=%D0%9C/);
  const rows = page.locator("tbody tr");
  // 2016-02 is titled (in English) "Feasibility study for cruise traffic between Kirkenes and Murmansk".
  await expect(rows.filter({ hasText: "2016-02" })).toHaveCount(1);
  const count = await rows.count();
  expect(count).toBeGreaterThan(0);

  // The same link opened by a Norwegian colleague shows the same projects, in Norwegian.
  const url = page.url();
  const norwegian = await pageAs("coordinator.no", { locale: "nb-NO" });
  await norwegian.goto(url);
  await expect(norwegian.getByRole("heading", { level: 1 })).toHaveText("Prosjekter");
  await expect(norwegian.locator("tbody tr")).toHaveCount(count);
});

test("filters live in the URL and can be removed one by one", async ({ pageAs }) => {
  const page = await pageAs("coordinator.no");
  await page.goto("/g/regional-cooperation/projects?status=in_progress&status=suspended&overdue=1");
  const chips = page.getByRole("list", { name: "Aktive filtre" }).getByRole("link");
  await expect(chips).toHaveCount(3);
  const filtered = await page.locator("tbody tr").count();
  await chips.filter({ hasText: "Forfalt" }).click();
  await expect(chips).toHaveCount(2);
  expect(await page.locator("tbody tr").count()).toBeGreaterThanOrEqual(filtered);
  await expectAccessible(page);
});

test("a delegate lands on «My projects» with the next meeting and their action items", async ({
  pageAs,
}) => {
  const page = await pageAs("delegate.ru");
  await page.goto("/");
  await expect(page).toHaveURL(/\/g\/regional-cooperation\/my$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Мои проекты");
  await expect(page.getByText(/Следующее заседание: 6-е заседание/)).toBeVisible();
  await expect(page.getByRole("heading", { name: "Мои открытые поручения" })).toBeVisible();
  await expectAccessible(page);
});

test("the list stays usable at phone width", async ({ pageAs }) => {
  const page = await pageAs("delegate.no", {
    locale: "nb-NO",
    viewport: { width: 390, height: 844 },
  });
  await page.goto("/g/regional-cooperation/projects");
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(scrollWidth).toBeLessThanOrEqual(390);
  await expectAccessible(page);
});

import { expectAccessible } from "./support";
import { expect, test } from "./test";

const PAGE = "/g/regional-cooperation/actions";
// delegate.ru's open action items from the 5th meeting (db/seed/demo-content.ts).
const TOURISM = "Подготовить предложения российской стороны по новым проектам в сфере туризма.";
const PATIENTS =
  "Согласовать с Минздравом России порядок экстренной передачи пациентов через границу.";
const INNOVATION = "«Инновационный мост Баренц»";

// The only test that changes delegate.ru's action items of the demo (no other test reads them,
// meeting-cycle.spec.ts gives its new item to a user of its own), and it puts them back.
test("a Russian delegate marks an action item done, finds it among the done ones and reopens it", async ({
  pageAs,
}) => {
  const page = await pageAs("delegate.ru");
  await page.goto(PAGE);
  await expect(page.locator("html")).toHaveAttribute("lang", "ru");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Поручения");

  const filters = page.getByRole("form", { name: "Фильтр поручений" });
  await filters.getByLabel("Только мои поручения").check();
  await filters.getByRole("button", { name: "Применить" }).click();
  await page.waitForURL(/[?&]owner=me/);
  const rows = page.locator("tbody tr");
  await expect(rows).toHaveCount(3);
  await expect(page.getByText("3 поручения", { exact: true })).toBeVisible();
  await expect(rows.filter({ hasText: INNOVATION })).toHaveCount(1);
  // Due 31 March 2019: overdue, said in words next to the icon.
  await expect(rows.filter({ hasText: PATIENTS })).toContainText("Просрочено");
  await expectAccessible(page);

  const tourism = rows.filter({ hasText: TOURISM });
  await tourism.getByRole("button", { name: "Отметить как выполненное" }).click();
  await expect(tourism).toHaveCount(0);
  await expect(rows).toHaveCount(2);
  await expect(page.getByText("2 поручения", { exact: true })).toBeVisible();

  await page.goto(`${PAGE}?state=done&owner=me`);
  const done = page.locator("tbody tr", { hasText: TOURISM });
  await expect(done).toHaveCount(1);
  await expect(done).toContainText("Выполнено");
  await expect(done).toContainText("Ольга Петрова");
  await expect(page.getByRole("list", { name: "Активные фильтры" }).getByRole("link")).toHaveCount(
    2,
  );
  await expectAccessible(page);

  // Back to open, as the demo has it.
  await done.getByRole("button", { name: "Вернуть в работу" }).click();
  await expect(done).toHaveCount(0);
  await page.goto(`${PAGE}?owner=me`);
  await expect(page.locator("tbody tr")).toHaveCount(3);
});

test("the action items page stays readable at phone width", async ({ pageAs }) => {
  const page = await pageAs("delegate.ru", {
    locale: "ru-RU",
    viewport: { width: 390, height: 844 },
  });
  await page.goto(`${PAGE}?state=all`);
  await expect(page.locator("tbody tr").first()).toBeVisible();
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(scrollWidth).toBeLessThanOrEqual(390);
  // The table itself fits too: secondary columns fold into the first one instead of scrolling.
  const table = page.locator("table");
  const overflow = await table.evaluate((el) => {
    const wrapper = el.parentElement as HTMLElement;
    return wrapper.scrollWidth - wrapper.clientWidth;
  });
  expect(overflow).toBeLessThanOrEqual(1);
  await expectAccessible(page);
});

import { expectAccessible, signIn } from "./support";
import { expect, test } from "./test";

// Runs only when TEST_DATABASE_URL is set: the same app on a PostgreSQL server it migrated and seeded.
test("on PostgreSQL the app migrates, seeds, reports its backend and signs users in", async ({
  page,
  request,
}) => {
  const health = await request.get("/api/health");
  expect(health.status()).toBe(200);
  expect(await health.json()).toEqual({ status: "ok", database: "postgres" });
  await signIn(page, "coordinator.ru@workplan.test");
  await expect(page.locator("html")).toHaveAttribute("lang", "ru");
  await expect(
    page.getByRole("navigation").first().getByRole("link", { name: "Проекты", exact: true }),
  ).toBeVisible();
  await expectAccessible(page);
});

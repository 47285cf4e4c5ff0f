import { expect, test } from "@playwright/test";
import { expectAccessible, signIn } from "./support";

test("a coordinator reads the group's audit log in their language and filters it", async ({
  page,
}) => {
  await signIn(page, "coordinator.ru@workplan.test");
  await page.goto("/g/regional-cooperation/audit");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Журнал изменений");
  await expectAccessible(page);
  await page.getByLabel("Что").selectOption("project");
  await page.getByRole("button", { name: "Применить" }).click();
  await expect(page).toHaveURL(/action=project/);
  await expectAccessible(page);
});

test("a delegate may not read the audit log; an admin reads the whole installation's", async ({
  browser,
}) => {
  const delegateContext = await browser.newContext();
  const delegate = await delegateContext.newPage();
  await signIn(delegate, "delegate.no@workplan.test");
  const refused = await delegate.goto("/g/regional-cooperation/audit");
  expect(refused?.status()).toBe(403);
  await delegateContext.close();

  const adminContext = await browser.newContext({ locale: "en-GB" });
  const admin = await adminContext.newPage();
  await signIn(admin, "admin@workplan.test");
  await admin.goto("/admin/audit?action=demo");
  await expect(admin.getByRole("heading", { level: 1 })).toHaveText(
    "Audit log of the installation",
  );
  await expect(admin.getByRole("cell", { name: /Demo data loaded/ })).toBeVisible();
  await expectAccessible(admin);
  await adminContext.close();
});

import { expectAccessible } from "./support";
import { expect, test } from "./test";

test("a coordinator reads the group's audit log in their language and filters it", async ({
  pageAs,
}) => {
  const page = await pageAs("coordinator.ru");
  await page.goto("/g/regional-cooperation/audit");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Журнал изменений");
  await expectAccessible(page);
  await page.getByLabel("Что").selectOption("project");
  await page.getByRole("button", { name: "Применить" }).click();
  await expect(page).toHaveURL(/action=project/);
  await expectAccessible(page);
});

test("a delegate may not read the audit log; an admin reads the whole installation's", async ({
  pageAs,
}) => {
  const delegate = await pageAs("delegate.no");
  const refused = await delegate.goto("/g/regional-cooperation/audit");
  expect(refused?.status()).toBe(403);

  const admin = await pageAs("admin", { locale: "en-GB" });
  await admin.goto("/admin/audit?action=demo");
  await expect(admin.getByRole("heading", { level: 1 })).toHaveText(
    "Audit log of the installation",
  );
  await expect(admin.getByRole("cell", { name: /Demo data loaded/ })).toBeVisible();
  await expectAccessible(admin);
});

import { expectAccessible } from "./support";
import { expect, test } from "./test";

const code = `E2E-${Date.now().toString(36).toUpperCase()}`;

test("a coordinator creates a project; a stale edit is refused with what changed, keeping what was typed", async ({
  pageAs,
}) => {
  const page = await pageAs("coordinator.no");
  await page.goto("/g/regional-cooperation/projects/new");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Nytt prosjekt");
  await expectAccessible(page);
  await page.getByLabel("Kode", { exact: true }).fill(code);
  await page.getByLabel("Samarbeidsområde", { exact: true }).selectOption({ index: 1 });
  await page
    .getByLabel("Tittel (norsk)", { exact: true })
    .fill("Felles beredskapsøvelse i Varangerfjorden");
  await page
    .getByLabel("Tittel (russisk)", { exact: true })
    .fill("Совместные учения в Варангер-фьорде");
  await page.getByRole("button", { name: "Opprett prosjekt" }).click();
  await expect(page).toHaveURL(new RegExp(`/projects/${code}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Felles beredskapsøvelse i Varangerfjorden",
  );

  // Two coordinators open the edit form of the same version.
  const editUrl = `/g/regional-cooperation/projects/${code}/edit`;
  const russian = await pageAs("coordinator.ru", { locale: "ru-RU" });
  await page.goto(editUrl);
  await russian.goto(editUrl);
  await expectAccessible(russian);

  // The Russian coordinator saves first.
  await russian
    .getByLabel("Название (английский)", { exact: true })
    .fill("Joint emergency exercise in the Varanger fjord");
  await russian.getByRole("button", { name: "Сохранить изменения" }).click();
  await expect(russian).toHaveURL(new RegExp(`/projects/${code}$`));

  // The Norwegian coordinator's save from the older version is refused, with the change shown.
  const summary =
    "Øvelsen gjennomføres i september med kystvakt og redningstjeneste fra begge sider.";
  await page.getByLabel("Sammendrag (norsk)", { exact: true }).fill(summary);
  await page.getByRole("button", { name: "Lagre endringene" }).click();
  const notice = page.getByRole("alert").filter({ hasText: "Endret i mellomtiden" });
  await expect(notice).toBeVisible();
  await expect(notice).toContainText("Joint emergency exercise in the Varanger fjord");
  await expect(page.getByLabel("Sammendrag (norsk)", { exact: true })).toHaveValue(summary);
  await expectAccessible(page);

  // Saving again, knowingly, applies the Norwegian summary on top of the Russian change.
  await page.getByRole("button", { name: "Lagre endringene" }).click();
  await expect(page).toHaveURL(new RegExp(`/projects/${code}$`));
  await expect(page.getByText(summary)).toBeVisible();
});

test("a delegate cannot open the project form", async ({ pageAs }) => {
  const page = await pageAs("delegate.no");
  const response = await page.goto("/g/regional-cooperation/projects/new");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ingen tilgang");
});

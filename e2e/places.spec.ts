import { expectAccessible } from "./support";
import { expect, test } from "./test";

const GROUP = "/g/regional-cooperation";

test("a coordinator finds places by keyboard in any script; the project page lists them in the reader's language", async ({
  pageAs,
  newProject,
}) => {
  const code = await newProject({});
  const page = await pageAs("coordinator.no");
  await page.goto(`${GROUP}/projects/${code}/edit`);
  const picker = page.getByRole("combobox", { name: "Steder", exact: true });
  await expect(page.getByText("Ingen steder er valgt ennå.")).toBeVisible();

  // Part of a Latin name: the list opens with the first place active.
  await picker.focus();
  await page.keyboard.type("murm");
  await expect(picker).toHaveAttribute("aria-expanded", "true");
  const murmansk = page.getByRole("option", { name: /^Murmansk/ });
  await expect(murmansk).toHaveAttribute("aria-selected", "true");
  await expect(picker).toHaveAttribute(
    "aria-activedescendant",
    (await murmansk.getAttribute("id")) ?? "",
  );
  await expectAccessible(page);
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowUp");
  await page.keyboard.press("Enter");
  await expect(picker).toHaveValue("");
  await expect(picker).toHaveAttribute("aria-expanded", "false");

  // The Russian name of a Norwegian town.
  await page.keyboard.type("Киркенес");
  await expect(page.getByRole("option", { name: /^Kirkenes/ })).toHaveAttribute(
    "aria-selected",
    "true",
  );
  await page.keyboard.press("Enter");
  const chosen = page.getByRole("list", { name: "Valgte steder" });
  await expect(chosen.getByRole("listitem")).toHaveText(["Murmansk", "Kirkenes"]);

  // A place chosen twice is not offered again; Escape closes the list.
  await page.keyboard.type("kirk");
  await expect(page.getByRole("option", { name: /^Kirkenes/ })).toHaveCount(0);
  await page.keyboard.press("Escape");
  await page.keyboard.press("Escape");
  await expect(picker).toHaveValue("");

  // A refused save keeps the places chosen.
  const codeField = page.getByLabel("Kode", { exact: true });
  await codeField.fill("ikke gyldig!");
  await page.getByRole("button", { name: "Lagre endringene" }).click();
  await expect(page.getByText(/Begynn med en bokstav eller et siffer/i).first()).toBeVisible();
  await expect(chosen.getByRole("listitem")).toHaveText(["Murmansk", "Kirkenes"]);

  // Remove a place by its button, and choose it again.
  await chosen.getByRole("button", { name: "Fjern Kirkenes" }).click();
  await expect(chosen.getByRole("listitem")).toHaveText(["Murmansk"]);
  await expect(picker).toBeFocused();
  await page.keyboard.type("girkon");
  await page.keyboard.press("Enter");
  await expect(chosen.getByRole("listitem")).toHaveText(["Murmansk", "Kirkenes"]);

  await codeField.fill(code);
  await page.getByRole("button", { name: "Lagre endringene" }).click();
  await expect(page).toHaveURL(new RegExp(`/projects/${code}$`));
  const places = (p: typeof page) =>
    p
      .locator("dt", { hasText: /^(Steder|Места реализации)$/ })
      .locator("xpath=following-sibling::dd[1]");
  await expect(places(page).getByRole("listitem")).toHaveText(["Murmansk", "Kirkenes"]);

  // A Russian reader sees the Russian names, and the form shows them in the same order.
  const russian = await pageAs("coordinator.ru", { locale: "ru-RU" });
  await russian.goto(`${GROUP}/projects/${code}`);
  await expect(places(russian).getByRole("listitem")).toHaveText(["Мурманск", "Киркенес"]);
  await russian.goto(`${GROUP}/projects/${code}/edit`);
  await expect(
    russian.getByRole("list", { name: "Выбранные места" }).getByRole("listitem"),
  ).toHaveText(["Мурманск", "Киркенес"]);
  await expectAccessible(russian);
});

test("an administrator adds a place and corrects it; the project form finds it", async ({
  pageAs,
}) => {
  const name = `Testby ${Date.now().toString(36)}`;
  const page = await pageAs("admin", { locale: "en-GB" });
  await page.goto("/admin");
  await page.getByRole("link", { name: "Places", exact: true }).click();
  await expect(page).toHaveURL(/\/admin\/places$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Places");
  await expect(page.getByRole("link", { name: "Places", exact: true })).toHaveAttribute(
    "aria-current",
    "page",
  );
  await expect(page.getByRole("rowheader", { name: "Murmansk", exact: true })).toBeVisible();
  await expectAccessible(page);

  const add = page.getByRole("form", { name: "Add a place" });
  await add.getByLabel("Name (Norwegian)").fill(name);
  await add.getByLabel("Name (Russian)").fill(`Тестбю ${name.slice(7)}`);
  await add.getByLabel("Name (English)").fill(name);
  await add.getByLabel("Latitude").fill("69,5");
  await add.getByLabel("Longitude").fill("200");
  await add.getByRole("button", { name: "Add place" }).click();
  await expect(
    add.getByText("Enter a longitude between −180 and 180, e.g. 30.0452."),
  ).toBeVisible();
  await expect(add.getByLabel("Name (English)")).toHaveValue(name);
  await add.getByLabel("Longitude").fill("30.25");
  await add.getByLabel("Country").selectOption({ label: "Norway" });
  await add.getByRole("button", { name: "Add place" }).click();
  await expect(add.getByText("The place has been added")).toBeVisible();
  const row = page.getByRole("row", { name: new RegExp(name) });
  await expect(row).toContainText(/69\.50?° N, 30\.25° E/);

  await row.getByRole("link", { name: `Edit ${name}` }).click();
  const edit = page.getByRole("form", { name: `Edit ${name}` });
  await edit.getByLabel("Other names and spellings").fill("Prøvestad");
  await edit.getByRole("button", { name: "Save changes" }).click();
  await expect(edit.getByText("The changes have been saved.")).toBeVisible();
  await expect(page.getByRole("row", { name: new RegExp(name) })).toContainText("Prøvestad");

  const coordinator = await pageAs("coordinator.no");
  await coordinator.goto(`${GROUP}/projects/new`);
  await coordinator.getByRole("combobox", { name: "Steder", exact: true }).fill("provestad");
  await expect(coordinator.getByRole("option", { name: new RegExp(`^${name}`) })).toBeVisible();
});

test("a place is chosen by a click on the map: in the project form, and as a point in the administration", async ({
  pageAs,
  newProject,
}) => {
  const code = await newProject({});
  const page = await pageAs("coordinator.no");
  await page.goto(`${GROUP}/projects/${code}/edit`);
  await expect(page.getByText(/^Eller klikk på et sted på kartet/)).toBeVisible();
  // A click on Murmansk's dot chooses it, as the search box would.
  await page.locator('circle[data-place="murmansk"]').click();
  const chosen = page.getByRole("list", { name: "Valgte steder" });
  await expect(chosen.getByRole("listitem")).toHaveText(["Murmansk"]);
  await expect(page.locator('circle[data-place="murmansk"]')).toHaveAttribute("r", "7");
  await expectAccessible(page);

  // In the administration a click sets a new place's coordinates (then saved as usual).
  const admin = await pageAs("admin", { locale: "en-GB" });
  await admin.goto("/admin/places");
  const add = admin.getByRole("form", { name: "Add a place" });
  await expect(add.locator('circle[data-place="point"]')).toHaveCount(0);
  const map = add.locator("figure svg");
  const box = await map.boundingBox();
  await map.click({ position: { x: (box?.width ?? 0) * 0.6, y: (box?.height ?? 0) * 0.55 } });
  const latitude = Number(await add.getByLabel("Latitude").inputValue());
  const longitude = Number(await add.getByLabel("Longitude").inputValue());
  expect(latitude).toBeGreaterThan(60);
  expect(latitude).toBeLessThan(73);
  expect(longitude).toBeGreaterThan(10);
  expect(longitude).toBeLessThan(61);
  await expect(add.locator('circle[data-place="point"]')).toHaveCount(1);
  await expect(admin.getByRole("status").filter({ hasText: "Point set:" })).toHaveCount(1);
  await expectAccessible(admin);
});

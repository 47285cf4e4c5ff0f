import type { Page } from "@playwright/test";
import { expectAccessible } from "./support";
import { expect, test } from "./test";

const MEETING = "/g/regional-cooperation/meetings/7";
// The 7th meeting is planned, in Kirkenes, with six agenda items (db/seed/demo-content.ts).
const title = `E2E-sak ${Date.now().toString(36)}`;

const agenda = (page: Page) => page.getByRole("list", { name: "Dagsorden", exact: true });
const items = (page: Page) => agenda(page).locator(":scope > li");
const ours = (page: Page) => items(page).filter({ hasText: title });

test("a coordinator adds an agenda item about a project and moves it up with the keyboard", async ({
  pageAs,
}) => {
  const page = await pageAs("coordinator.no");
  await page.goto(MEETING);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("7. møte");
  await expect(page.getByRole("link", { name: "Møtenotat" })).toHaveAttribute(
    "href",
    `${MEETING}/brief`,
  );
  const before = await items(page).count();

  await page.getByRole("button", { name: "Legg til sak" }).click();
  const form = page
    .locator("form")
    .filter({ has: page.getByRole("button", { name: "Legg til på dagsordenen" }) });
  await expect(form.getByLabel("Tittel (norsk)", { exact: true })).toBeFocused();
  await form.getByLabel("Tittel (norsk)", { exact: true }).fill(title);
  await form.getByLabel("Finn et prosjekt (kode eller tittel)").fill("2018-07");
  await form.getByRole("checkbox", { name: /2018-07/ }).check();
  await expect(form.getByText("1 prosjekt valgt")).toBeVisible();
  await form.getByRole("button", { name: "Legg til på dagsordenen" }).click();

  await expect(items(page)).toHaveCount(before + 1);
  await expect(items(page).last()).toContainText(title);
  await expect(ours(page).getByRole("link", { name: /2018-07/ })).toHaveAttribute(
    "href",
    "/g/regional-cooperation/projects/2018-07",
  );

  // Keyboard only: focus "move up", press Enter; focus stays on the button, the move is announced.
  const up = page.getByRole("button", { name: `Flytt «${title}» opp` });
  await up.focus();
  await page.keyboard.press("Enter");
  await expect(items(page).nth(before - 1)).toContainText(title);
  await expect(up).toBeFocused();
  await expect(
    page.getByText(`«${title}» er nå nummer ${before} av ${before + 1}.`),
  ).toBeAttached();
  await page.keyboard.press("Enter");
  await expect(items(page).nth(before - 2)).toContainText(title);
  await expect(up).toBeFocused();
  await expectAccessible(page);

  // The order was saved, not only shown.
  await page.reload();
  await expect(items(page).nth(before - 2)).toContainText(title);
  await expect(items(page)).toHaveCount(before + 1);

  // Clean up: the demo database is shared with the other tests.
  await ours(page).getByRole("button", { name: "Slett" }).click();
  await ours(page).getByRole("button", { name: "Ja, slett" }).click();
  await expect(ours(page)).toHaveCount(0);
  await expect(items(page)).toHaveCount(before);
  await expect(page.getByRole("heading", { name: "Dagsorden" })).toBeFocused();
});

test("a delegate reads the meeting without any editing controls", async ({ pageAs }) => {
  const page = await pageAs("delegate.no");
  await page.goto(MEETING);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("7. møte");
  await expect(items(page).first()).toContainText("Åpning av møtet og godkjenning av dagsorden");
  await expect(page.getByRole("link", { name: "Møtenotat" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Deltakere" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Legg til sak" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: /^Flytt / })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Rediger referatet" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Rediger opplysninger" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Merk som avholdt" })).toHaveCount(0);
  await expectAccessible(page);
});

test("the meetings list and a meeting stay readable at phone width", async ({ pageAs }) => {
  const page = await pageAs("coordinator.ru", { viewport: { width: 390, height: 844 } });
  for (const path of [
    "/g/regional-cooperation/meetings",
    MEETING,
    "/g/regional-cooperation/meetings/5",
  ]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(scrollWidth, path).toBeLessThanOrEqual(390);
    await expectAccessible(page);
  }
});

import type { Page } from "@playwright/test";
import { expectAccessible } from "./support";
import { expect, test } from "./test";

const PLANS = "/g/regional-cooperation/plans";

/** A draft left by an interrupted run would block the next one: delete it first. */
async function deleteDraftIfAny(page: Page) {
  await page.goto(`${PLANS}/new`);
  const open = page.getByRole("link", { name: /^Åpne utkast nr\. \d+$/ });
  if (!(await open.isVisible())) return;
  await open.click();
  await deleteDraft(page);
}

async function deleteDraft(page: Page) {
  await page.getByRole("button", { name: "Slett utkastet …" }).click();
  const dialog = page.getByRole("alertdialog");
  await dialog.getByRole("button", { name: "Slett utkastet", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`${PLANS}$`));
}

test("a coordinator reads the plans, compares 1 and 2, drafts no. 4 with the unfinished projects, and edits only the draft", async ({
  pageAs,
}) => {
  const page = await pageAs("coordinator.no");
  await deleteDraftIfAny(page);

  // The list: newest first, with state in words. The current plan (db/seed/demo-cycle.ts) was
  // approved at the 6th meeting for this year and the next.
  await page.goto(PLANS);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Arbeidsplaner");
  const rows = page.locator("tbody tr");
  const current = /Arbeidsplan nr\. 3, (\d{4})–(\d{4})/;
  await expect(rows.first()).toContainText(current);
  const [, from = "", to = ""] = current.exec((await rows.first().textContent()) ?? "") ?? [];
  expect(Number(to) - Number(from)).toBe(1);
  await expect(rows.first()).toContainText("Godkjent");
  await expect(rows.nth(1)).toContainText("Arbeidsplan nr. 2, 2018–2019");
  await expect(rows.nth(1)).toContainText("Erstattet");
  await expectAccessible(page);

  // The approved plan: its approval, its areas, and no edit controls.
  await page.getByRole("link", { name: `Arbeidsplan nr. 3, ${from}–${to}` }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Arbeidsplan nr. 3");
  await expect(
    page.getByText(/Godkjent \d{1,2}\. \p{L}+ \d{4} på møte nr\. 6 \(Vadsø\)\./u),
  ).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Maritim teknologi" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Vis i prosjektlisten" })).toHaveAttribute(
    "href",
    "/g/regional-cooperation/projects?plan=3",
  );
  await expectNoEditControls(page);
  await expectAccessible(page);

  // The superseded plan 2 says when it was approved.
  await page.goto(`${PLANS}/2`);
  await expect(page.getByText("Godkjent 15. mars 2018 på møte nr. 5 (Murmansk).")).toBeVisible();
  await expectNoEditControls(page);

  // Plan 1 against plan 2.
  await page.getByRole("link", { name: "Sammenlign med nr. 1" }).click();
  await expect(page).toHaveURL(/\/plans\/compare\?a=1&b=2$/);
  await expect(page.getByRole("heading", { level: 2, name: /lagt til$/ })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: /tatt ut$/ })).toBeVisible();
  const both = page.getByRole("region", { name: /i begge planene$/ });
  await expect(both.getByRole("listitem").first()).toBeVisible();
  await expectAccessible(page);

  // A new draft: the next period, the unfinished projects of plan 3 carried over.
  await page.goto(PLANS);
  await page.getByRole("link", { name: "Lag utkast til ny plan" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Nytt utkast til arbeidsplan");
  await expect(page.getByLabel("Fra (år)")).toHaveValue(String(Number(to) + 1));
  await expect(page.getByLabel("Til (år)")).toHaveValue(String(Number(to) + 2));
  await expect(
    page.getByLabel("Overfør prosjektene som ikke er avsluttet, fra arbeidsplan nr. 3"),
  ).toBeChecked();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Opprett utkastet" }).click();
  await expect(page).toHaveURL(new RegExp(`${PLANS}/4$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Arbeidsplan nr. 4");
  await expect(page.getByText("Dette er et utkast.", { exact: false })).toBeVisible();
  await expect(page.getByText("Overført").first()).toBeVisible();
  await expectAccessible(page);

  // Removing a project takes its row away.
  const remove = page.getByRole("button", { name: /^Ta ut .+ av planen$/ });
  const before = await remove.count();
  expect(before).toBeGreaterThan(0);
  const label = (await remove.first().getAttribute("aria-label")) ?? "";
  await remove.first().click();
  await expect(page.getByRole("button", { name: label, exact: true })).toHaveCount(0);
  await expect(remove).toHaveCount(before - 1);

  // The approved plan still offers nothing to edit.
  await page.goto(`${PLANS}/3`);
  await expectNoEditControls(page);

  await page.goto(`${PLANS}/4`);
  await deleteDraft(page);
  await expect(page.locator("tbody tr").first()).toContainText("Arbeidsplan nr. 3");
});

async function expectNoEditControls(page: Page) {
  await expect(page.getByRole("button", { name: /^Ta ut / })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Godkjenn arbeidsplanen" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Lagre perioden" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Legg til valgte prosjekter" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Slett utkastet …" })).toHaveCount(0);
}

test("a delegate reads the plans but is offered no draft", async ({ pageAs }) => {
  const page = await pageAs("delegate.no");
  await page.goto(PLANS);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Arbeidsplaner");
  await expect(page.getByRole("link", { name: "Lag utkast til ny plan" })).toHaveCount(0);
  const response = await page.goto(`${PLANS}/new`);
  expect(response?.status()).toBe(403);
  await page.goto(`${PLANS}/2`);
  await expectNoEditControls(page);
});

import type { Page } from "@playwright/test";
import { expectAccessible } from "./support";
import { expect, test } from "./test";

const MEETING = "/g/regional-cooperation/meetings/7";
const stamp = Date.now().toString(36);
const decisionNb = `Arbeidsgruppen tar statusrapporten til etterretning (${stamp})`;
const actionNb = `Sende oppdatert prosjektoversikt til sekretariatet (${stamp})`;
const actionRu = `Направить секретариату обновлённый перечень проектов (${stamp})`;

async function downloadFrom(page: Page, link: string) {
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: link }).click(),
  ]);
  const path = await download.path();
  return { name: download.suggestedFilename(), path };
}

test("the meeting cycle: agenda, nb+ru brief as DOCX and PDF, a decision and an action item the owner closes", async ({
  pageAs,
  newUser,
}) => {
  // The owner of the action item: a Russian delegate of this test alone (delegate.ru's action
  // items are counted by action-items.spec.ts).
  const owner = await newUser({
    name: `Ирина Волкова ${stamp}`,
    locale: "ru",
    delegation: "RU",
    role: "delegate",
    browser: { locale: "ru-RU" },
  });

  // Preparing the planned 7th meeting: its agenda links projects.
  const page = await pageAs("coordinator.no");
  await page.goto(MEETING);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("7. møte");
  const agenda = page.getByRole("list", { name: "Dagsorden", exact: true });
  await expect(agenda.getByRole("link", { name: /^2018-/ }).first()).toBeVisible();
  await expectAccessible(page);

  // The brief in Norwegian and Russian side by side, downloaded as Word and PDF.
  await page.getByRole("link", { name: "Møtenotat" }).click();
  await page.goto(`${MEETING}/brief?lang=nb-ru`);
  await expect(page.getByRole("heading", { level: 1, name: "Справка к заседанию" })).toBeVisible();
  const docx = await downloadFrom(page, "Last ned Word");
  expect(docx.name).toMatch(/nb-ru\.docx$/);
  const pdf = await downloadFrom(page, "Last ned PDF");
  expect(pdf.name).toMatch(/nb-ru\.pdf$/);

  // The meeting records a decision and an action item for delegate.ru.
  await page.goto(MEETING);
  await page.getByRole("button", { name: "Legg til vedtak" }).click();
  const decisionForm = page
    .locator("form")
    .filter({ has: page.getByRole("button", { name: "Legg til vedtaket" }) });
  await decisionForm.getByLabel("Tekst (norsk)", { exact: true }).fill(decisionNb);
  await decisionForm.getByRole("button", { name: "Legg til vedtaket" }).click();
  await expect(page.getByText(decisionNb)).toBeVisible();

  await page.getByRole("button", { name: "Legg til oppfølgingspunkt" }).click();
  const actionForm = page
    .locator("form")
    .filter({ has: page.getByRole("button", { name: "Legg til oppfølgingspunktet" }) });
  await actionForm.getByLabel("Tekst (norsk)", { exact: true }).fill(actionNb);
  await actionForm.getByLabel("Tekst (russisk)", { exact: true }).fill(actionRu);
  const ownerSelect = actionForm.getByLabel("Ansvarlig", { exact: true });
  const ownerId = await ownerSelect
    .locator("option", { hasText: owner.name })
    .first()
    .getAttribute("value");
  await ownerSelect.selectOption(ownerId ?? "");
  await actionForm.getByLabel("Frist", { exact: true }).fill("2030-01-15");
  await actionForm.getByRole("button", { name: "Legg til oppfølgingspunktet" }).click();
  await expect(page.getByText(actionNb)).toBeVisible();
  await expectAccessible(page);

  // The owner finds it on «My projects», in Russian, and marks it done.
  const russian = owner.page;
  await russian.goto("/");
  await expect(russian).toHaveURL(/\/my$/);
  const item = russian.getByRole("listitem").filter({ hasText: actionRu });
  await expect(item).toBeVisible();
  await item.getByRole("button", { name: "Отметить как выполненное" }).click();
  await expect(russian.getByRole("listitem").filter({ hasText: actionRu })).toHaveCount(0);
  await russian.goto("/g/regional-cooperation/actions?state=done&owner=me");
  await expect(russian.getByText(actionRu)).toBeVisible();
});

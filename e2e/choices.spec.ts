import { statSync } from "node:fs";
import { GROUP } from "./factories";
import { expectAccessible } from "./support";
import { expect, test } from "./test";

// Issue 20, item 2: choices take effect when they are made; item 9: each update once.

const BRIEF = `${GROUP}/meetings/7/brief`;

test("a download right after choosing a language gets that language, without pressing «Vis»", async ({
  pageAs,
}) => {
  const page = await pageAs("coordinator.no", { locale: "nb-NO" });
  await page.goto(BRIEF);
  await expect(page.getByLabel("Dokumentets språk")).toHaveValue("nb");
  await page.getByLabel("Dokumentets språk").selectOption("nb-ru");
  const [file] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Last ned Word" }).click(),
  ]);
  expect(file.suggestedFilename()).toMatch(/^mote-7-notat-\d{4}-\d{2}-\d{2}-nb-ru\.docx$/);
  expect(statSync(await file.path()).size).toBeGreaterThan(0);
  // The page itself still shows what was last applied; only the downloads followed at once.
  expect(page.url()).not.toContain("lang=");

  // A week ago: inside the period since the 6th meeting.
  const cutoff = new Date(Date.now() - 7 * 86_400_000).toISOString().slice(0, 10);
  await page.getByLabel("Skjæringsdato").fill(cutoff);
  const pdf = page.getByRole("link", { name: "Last ned PDF" });
  await expect(pdf).toHaveAttribute("href", /lang=nb-ru/);
  await expect(pdf).toHaveAttribute("href", new RegExp(`cutoff=${cutoff}`));
  const response = await page.request.get((await pdf.getAttribute("href")) ?? "");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-disposition"]).toMatch(
    new RegExp(`filename="mote-7-notat-${cutoff}-nb-ru\\.pdf"`),
  );
  await expectAccessible(page);
});

test("a filter applies when chosen, without a button, and the export links follow it", async ({
  pageAs,
}) => {
  const page = await pageAs("coordinator.ru");
  await page.goto(`${GROUP}/projects`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Проекты");
  const rows = page.locator("tbody tr");
  const all = await rows.count();
  const excel = page.getByRole("link", { name: "Экспорт списка (Excel)" });
  await expect(excel).not.toHaveAttribute("href", /status=/);

  await page.getByLabel("Статус", { exact: true }).selectOption("completed");
  await expect(page).toHaveURL(/status=completed/);
  await expect(excel).toHaveAttribute("href", /status=completed/);
  await expect(page.getByRole("link", { name: "Экспорт списка (CSV)" })).toHaveAttribute(
    "href",
    /status=completed/,
  );
  await expect.poll(() => rows.count()).toBeLessThan(all);
  await expect(rows.first()).toContainText("Завершён");

  // The button stays for typed text (and for browsers without JavaScript).
  await expect(page.getByRole("button", { name: "Применить" })).toBeVisible();
  await expectAccessible(page);
});

test("an action item filter applies when chosen", async ({ pageAs }) => {
  const page = await pageAs("coordinator.no", { locale: "nb-NO" });
  await page.goto(`${GROUP}/actions`);
  await page.getByRole("combobox", { name: "Vis", exact: true }).selectOption("done");
  await expect(page).toHaveURL(/state=done/);
});

test("an update awaiting the reader's confirmation is listed once on My projects", async ({
  pageAs,
  newProject,
}) => {
  const code = await newProject({ contactNo: "Anders Mikkelsen", contactRu: "Ольга Петрова" });
  const russian = await pageAs("delegate.ru");
  const posted = await russian.request.post(`/api${GROUP}/projects/${code}/status-updates`, {
    data: { version: 1, status: "in_progress", health: "on_track", progress: 20 },
  });
  expect(posted.status(), await posted.text()).toBe(201);

  const page = await pageAs("delegate.no", { locale: "nb-NO" });
  await page.goto(`${GROUP}/my`);
  // In the list awaiting confirmation, and in none of the tables below it.
  const awaiting = page.getByRole("region", { name: /venter på din bekreftelse/ });
  await expect(awaiting.getByRole("link", { name: code })).toHaveCount(1);
  await expect(page.getByRole("link", { name: code })).toHaveCount(1);
  await expect(page.locator("tbody tr", { hasText: code })).toHaveCount(0);
  await expectAccessible(page);
});

// Issue 20, item 4: confirming is where the request is.
test("a Norwegian contact reads and confirms an update straight from «My projects»", async ({
  pageAs,
  newProject,
}) => {
  const code = await newProject({ contactNo: "Anders Mikkelsen", contactRu: "Ольга Петрова" });
  const note = `Согласован график испытаний ${code}`;
  const russian = await pageAs("delegate.ru");
  const posted = await russian.request.post(`/api${GROUP}/projects/${code}/status-updates`, {
    data: { version: 1, status: "in_progress", health: "on_track", progress: 35, note },
  });
  expect(posted.status(), await posted.text()).toBe(201);

  const page = await pageAs("delegate.no", { locale: "nb-NO" });
  await page.goto(`${GROUP}/my`);
  const item = page.getByRole("listitem").filter({ has: page.getByRole("link", { name: code }) });
  await expect(item.getByText(note)).toBeVisible();
  await expect(item.getByText("35 %")).toBeVisible();
  await expectAccessible(page);
  await item.getByRole("button", { name: "Bekreft på vegne av norsk side" }).click();

  await expect(page.getByRole("status").filter({ hasText: `Bekreftet: ${code}` })).toContainText(
    "bekreftet på vegne av norsk side",
  );
  await expect(page.getByRole("link", { name: code })).toHaveCount(1); // now among the updated
  await expect(item).toHaveCount(0);

  await page.goto(`${GROUP}/projects/${code}`);
  await expect(page.getByText(/Bekreftet av norsk side/).first()).toBeVisible();
});

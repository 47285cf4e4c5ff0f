import { statSync } from "node:fs";
import type { Page } from "@playwright/test";
import { expectAccessible } from "./support";
import { expect, test } from "./test";

// The demo's planned meeting: the 7th, a few weeks ahead (db/seed/demo-cycle.ts).
const BRIEF = "/g/regional-cooperation/meetings/7/brief";

async function download(page: Page, linkName: string) {
  const [file] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: linkName }).click(),
  ]);
  const path = await file.path();
  return { name: file.suggestedFilename(), size: statSync(path).size };
}

test("coordinator.no reads the brief of the 7th meeting in Norwegian and Russian side by side and downloads it", async ({
  pageAs,
}) => {
  const page = await pageAs("coordinator.no");
  const response = await page.goto(`${BRIEF}?lang=nb-ru`);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1, name: "Møtenotat" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: "Справка к заседанию" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Maritim teknologi", exact: true })).toBeVisible();
  await expect(
    page.getByRole("heading", { name: "Морские технологии", exact: true }),
  ).toBeVisible();
  await expect(page.getByRole("columnheader", { name: "Русский текст" }).first()).toBeVisible();
  await expect(page.getByLabel("Dokumentets språk")).toHaveValue("nb-ru");
  await expectAccessible(page);

  const docx = await download(page, "Last ned Word");
  expect(docx.name).toMatch(/^mote-7-notat-\d{4}-\d{2}-\d{2}-nb-ru\.docx$/);
  expect(docx.size).toBeGreaterThan(0);
  const pdf = await download(page, "Last ned PDF");
  expect(pdf.name).toMatch(/^mote-7-notat-\d{4}-\d{2}-\d{2}-nb-ru\.pdf$/);
  expect(pdf.size).toBeGreaterThan(0);
});

test("the brief's language and cut-off date are chosen in a form and kept in the URL", async ({
  pageAs,
}) => {
  const page = await pageAs("coordinator.no");
  await page.goto(BRIEF);
  await expect(page.getByRole("heading", { level: 1, name: "Møtenotat" })).toBeVisible();
  await page.getByLabel("Dokumentets språk").selectOption("ru");
  // A week ago: inside the period since the 6th meeting.
  const weekAgo = new Date(Date.now() - 7 * 86_400_000);
  const cutoff = weekAgo.toISOString().slice(0, 10);
  const spelled = new Intl.DateTimeFormat("ru", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  })
    .format(weekAgo)
    .replace(/ г\.$/, "");
  await page.getByLabel("Skjæringsdato").fill(cutoff);
  await page.getByRole("button", { name: "Vis" }).click();
  await page.waitForURL(/lang=ru/);
  await expect(page.getByRole("heading", { level: 1, name: "Справка к заседанию" })).toBeVisible();
  await expect(page.getByText(`По состоянию на ${spelled}`)).toBeVisible();
  await expect(page.getByRole("link", { name: "Last ned PDF" })).toHaveAttribute(
    "href",
    new RegExp(`cutoff=${cutoff}`),
  );
});

test("a member of another group gets 404 for the brief page and its PDF", async ({ pageAs }) => {
  const page = await pageAs("delegate.other");
  const pageResponse = await page.goto(`${BRIEF}?lang=nb-ru`);
  expect(pageResponse?.status()).toBe(404);
  const pdf = await page.request.get(`${BRIEF}/pdf?lang=nb-ru`);
  expect(pdf.status()).toBe(404);
  const minutes = await page.request.get("/g/regional-cooperation/meetings/5/minutes/docx");
  expect(minutes.status()).toBe(404);
});

test("minutes download only for held meetings; the report page offers the last twelve months", async ({
  pageAs,
}) => {
  const page = await pageAs("coordinator.ru");
  const held = await page.request.get("/g/regional-cooperation/meetings/5/minutes/pdf?lang=ru");
  expect(held.status()).toBe(200);
  expect(held.headers()["content-type"]).toBe("application/pdf");
  expect(held.headers()["content-disposition"]).toBe(
    'attachment; filename="mote-5-referat-ru.pdf"',
  );
  expect(held.headers()["cache-control"]).toContain("no-store");
  const planned = await page.request.get("/g/regional-cooperation/meetings/7/minutes/pdf");
  expect(planned.status()).toBe(404);
  await page.goto("/g/regional-cooperation/meetings/5/minutes");
  await expect(
    page.getByRole("heading", { level: 1, name: "Протокол 5-го заседания рабочей группы" }),
  ).toBeVisible();
  await expectAccessible(page);

  await page.goto("/g/regional-cooperation/report");
  await expect(
    page.getByRole("heading", { level: 1, name: "Доклад межправительственной комиссии" }),
  ).toBeVisible();
  // The current plan runs to the end of next year: the report covers the last twelve months.
  const from = await page.getByLabel("С", { exact: true }).inputValue();
  const to = await page.getByLabel("По", { exact: true }).inputValue();
  expect(to).toBe(new Date().toISOString().slice(0, 10));
  expect(Number(to.slice(0, 4)) - Number(from.slice(0, 4))).toBe(1);
  await expectAccessible(page);
  const report = await download(page, "Скачать Word");
  expect(report.name).toBe(`rapport-regional-cooperation-${from}-${to}-ru.docx`);
});

test("the brief opens with the agenda; only active projects on request, in the downloads too", async ({
  pageAs,
}) => {
  const page = await pageAs("coordinator.no", { locale: "nb-NO" });
  await page.goto(BRIEF);
  const agenda = page.getByRole("heading", { level: 2, name: "Dagsorden" });
  const summary = page.getByRole("heading", { level: 2, name: "Sammendrag" });
  await expect(agenda).toBeVisible();
  const [a, s] = await Promise.all([agenda.boundingBox(), summary.boundingBox()]);
  expect(a?.y ?? 0).toBeLessThan(s?.y ?? 0);
  // Its items, with the projects they are about.
  await expect(page.getByText(/^2\. Gjennomføring av arbeidsplanen for \d{4}–\d{4}/)).toBeVisible();

  const scope = page.getByLabel("Prosjekter", { exact: true });
  await expect(scope).toHaveValue("all");
  await scope.selectOption("active");
  // The downloads follow the choice at once.
  await expect(page.getByRole("link", { name: "Last ned PDF" })).toHaveAttribute(
    "href",
    /scope=active/,
  );
  await page.getByRole("button", { name: "Vis" }).click();
  await page.waitForURL(/scope=active/);
  await expect(
    page.getByText("Bare aktive prosjekter: fullførte og avlyste prosjekter er utelatt."),
  ).toBeVisible();
  await expectAccessible(page);
});

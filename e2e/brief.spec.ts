import { statSync } from "node:fs";
import type { Page } from "@playwright/test";
import { expectAccessible } from "./support";
import { expect, test } from "./test";

const BRIEF = "/g/regional-cooperation/meetings/6/brief";

async function download(page: Page, linkName: string) {
  const [file] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: linkName }).click(),
  ]);
  const path = await file.path();
  return { name: file.suggestedFilename(), size: statSync(path).size };
}

test("coordinator.no reads the brief of the 6th meeting in Norwegian and Russian side by side and downloads it", async ({
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
  expect(docx.name).toMatch(/^mote-6-notat-\d{4}-\d{2}-\d{2}-nb-ru\.docx$/);
  expect(docx.size).toBeGreaterThan(0);
  const pdf = await download(page, "Last ned PDF");
  expect(pdf.name).toMatch(/^mote-6-notat-\d{4}-\d{2}-\d{2}-nb-ru\.pdf$/);
  expect(pdf.size).toBeGreaterThan(0);
});

test("the brief's language and cut-off date are chosen in a form and kept in the URL", async ({
  pageAs,
}) => {
  const page = await pageAs("coordinator.no");
  await page.goto(BRIEF);
  await expect(page.getByRole("heading", { level: 1, name: "Møtenotat" })).toBeVisible();
  await page.getByLabel("Dokumentets språk").selectOption("ru");
  await page.getByLabel("Skjæringsdato").fill("2019-01-01");
  await page.getByRole("button", { name: "Vis" }).click();
  await page.waitForURL(/lang=ru/);
  await expect(page.getByRole("heading", { level: 1, name: "Справка к заседанию" })).toBeVisible();
  await expect(page.getByText(/По состоянию на 1 января 2019/)).toBeVisible();
  await expect(page.getByRole("link", { name: "Last ned PDF" })).toHaveAttribute(
    "href",
    /cutoff=2019-01-01/,
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

test("minutes download only for held meetings; the report page offers the plan's period", async ({
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
  const planned = await page.request.get("/g/regional-cooperation/meetings/6/minutes/pdf");
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
  await expect(page.getByLabel("С", { exact: true })).toHaveValue("2018-01-01");
  await expect(page.getByLabel("По", { exact: true })).toHaveValue("2019-12-31");
  await expectAccessible(page);
  const report = await download(page, "Скачать Word");
  expect(report.name).toBe("rapport-regional-cooperation-2018-01-01-2019-12-31-ru.docx");
});

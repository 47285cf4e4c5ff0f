import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { parse } from "csv-parse/sync";
import { expectAccessible } from "./support";
import { expect, test } from "./test";

const LIST = "/g/regional-cooperation/projects";
const code = `E2E-IMP-${Date.now().toString(36).toUpperCase()}`;

async function download(page: Page, linkName: string) {
  const [file] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: linkName, exact: true }).click(),
  ]);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: readFileSync(path) };
}

async function upload(page: Page, name: string, content: string) {
  await page
    .getByLabel("Fil (CSV eller XLSX, høyst 5 MB)")
    .setInputFiles({ name, mimeType: "text/csv", buffer: Buffer.from(content, "utf8") });
  await page.getByRole("button", { name: "Kontroller filen" }).click();
  await expect(page.getByRole("heading", { name: `Forhåndsvisning av ${name}` })).toBeVisible();
}

test("coordinator.no exports the filtered list, downloads the template and imports a new project after a preview", async ({
  pageAs,
}) => {
  const page = await pageAs("coordinator.no");
  // Within plan 2: projects other tests create meanwhile are in no plan, so the list and its
  // export count the same projects.
  await page.goto(`${LIST}?status=in_progress&plan=2`);
  const csv = await download(page, "Eksporter listen (CSV)");
  expect(csv.name).toMatch(/^projects-regional-cooperation-\d{4}-\d{2}-\d{2}\.csv$/);
  expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const [header = [], ...records] = parse(csv.bytes, { bom: true }) as string[][];
  expect(header.slice(0, 3)).toEqual(["Kode", "Tittel (norsk)", "Tittel (russisk)"]);
  const shown = await page
    .getByText(/^\d+ prosjekt(er)?$/)
    .first()
    .textContent();
  expect(records).toHaveLength(Number.parseInt(shown ?? "", 10));
  expect(new Set(records.map((r) => r[header.indexOf("Status")]))).toEqual(new Set(["Pågår"]));
  const xlsx = await download(page, "Eksporter listen (Excel)");
  expect(xlsx.name).toMatch(/^projects-regional-cooperation-\d{4}-\d{2}-\d{2}\.xlsx$/);
  expect(xlsx.bytes.subarray(0, 2).toString("latin1")).toBe("PK");

  await page.getByRole("link", { name: "Importer", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Importer prosjekter");
  await expectAccessible(page);
  const template = await download(page, "Norsk (bokmål), Excel");
  expect(template.name).toBe("import-template-regional-cooperation-nb.xlsx");
  const csvTemplate = await download(page, "Русский, CSV");
  expect(csvTemplate.name).toBe("import-template-regional-cooperation-ru.csv");
  expect(csvTemplate.bytes.toString("utf8")).toMatch(/^\ufeff"Код",/);

  const fixture = readFileSync("e2e/fixtures/import-one.csv", "utf8").replace("E2E-IMPORT", code);
  await upload(page, "arbeidsplan.csv", fixture);
  await expect(page.getByText("1 nytt prosjekt")).toBeVisible();
  await expect(page.getByRole("cell", { name: code })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Importer 1 prosjekt" }).click();
  await expect(page.getByText("Importen er fullført")).toBeVisible();
  await page.getByRole("link", { name: "Gå til prosjektlisten" }).click();
  await expect(page).toHaveURL(new RegExp(`${LIST}$`));

  await page.goto(`${LIST}?q=${code}`);
  const row = page.locator("tbody tr").filter({ hasText: code });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText("Felles havbruksseminar i Tromsø");
});

test("a file with a bad row shows the row's problem and writes nothing", async ({ pageAs }) => {
  const page = await pageAs("coordinator.no");
  await page.goto(`${LIST}/import`);
  await upload(page, "feil.csv", readFileSync("e2e/fixtures/import-bad-row.csv", "utf8"));
  const problems = page.getByRole("alert").filter({ hasText: "ingenting blir importert" });
  await expect(problems).toContainText(
    "Rad 3, kolonne «Fremdrift (%)»: Skriv et helt tall fra 0 til 100.",
  );
  await expect(page.getByRole("button", { name: /^Importer \d/ })).toHaveCount(0);
  await expectAccessible(page);

  await page.goto(`${LIST}?q=E2E-BAD`);
  await expect(page.locator("tbody tr")).toHaveCount(0);
  await expect(page.getByText("Ingen prosjekter passer til disse filtrene.")).toBeVisible();
});

test("delegates see no import and cannot open it; exports are theirs too", async ({ pageAs }) => {
  const page = await pageAs("delegate.no");
  await page.goto(LIST);
  await expect(page.getByRole("link", { name: "Importer", exact: true })).toHaveCount(0);
  const history = await download(page, "Statushistorikk (Excel)");
  expect(history.name).toMatch(/^status-history-regional-cooperation-\d{4}-\d{2}-\d{2}\.xlsx$/);
  const refused = await page.request.get(`${LIST}/import/template/csv?lang=nb`);
  expect(refused.status()).toBe(403);
  const response = await page.goto(`${LIST}/import`);
  expect(response?.status()).toBe(403);
});

import { readFileSync } from "node:fs";
import { GROUP } from "./factories";
import { expectAccessible } from "./support";
import { expect, test } from "./test";

/*
 * Documents (issue 15) in Chromium: two files dropped on a project at once, each with its
 * progress bar, listed, downloaded with the same bytes and name; a member of the other group
 * gets 404; axe on the pages that list documents.
 */

/** A one-page PDF: enough for the content detection (file-type) to call it a PDF. */
const PDF = [
  "%PDF-1.4",
  "1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj",
  "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj",
  "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >> endobj",
  "trailer << /Root 1 0 R >>",
  "%%EOF",
  "",
].join("\n");
const TEXT = "Протокол рабочей встречи в Киркенесе\nMøtereferat fra Kirkenes\n";

const FILES = [
  { name: "Søknad Kirkenes 2019.pdf", type: "application/pdf", text: PDF },
  { name: "Протокол встречи.txt", type: "text/plain", text: TEXT },
];

test("two files dropped on a project at once are uploaded with progress, listed and downloaded as they were", async ({
  pageAs,
  newProject,
}) => {
  const code = await newProject({});
  const page = await pageAs("coordinator.no");
  await page.goto(`${GROUP}/projects/${code}`);
  const section = page.locator("#documents");
  await expect(section.getByRole("heading", { name: "Dokumenter", exact: true })).toBeVisible();
  await expectAccessible(page);

  // Drop both files at once on the drop zone, as a file manager would.
  const zone = section.locator("[data-drop-zone]");
  const dataTransfer = await page.evaluateHandle((files) => {
    const transfer = new DataTransfer();
    for (const f of files) transfer.items.add(new File([f.text], f.name, { type: f.type }));
    return transfer;
  }, FILES);
  await zone.dispatchEvent("dragenter", { dataTransfer });
  await zone.dispatchEvent("drop", { dataTransfer });

  // One progress bar per file, each ending at 100 % with the file added.
  for (const file of FILES) {
    const bar = section.getByRole("progressbar", { name: `Opplasting av ${file.name}` });
    await expect(bar).toBeVisible();
    await expect(bar).toHaveAttribute("value", "100");
  }
  await expect(section.getByText("2 av 2 filer lagt til")).toBeVisible();

  // Listed under their titles (the file name without its extension), with type and size.
  const pdfLink = section.getByRole("link", { name: "Søknad Kirkenes 2019" });
  const textLink = section.getByRole("link", { name: "Протокол встречи" });
  await expect(pdfLink).toBeVisible();
  await expect(textLink).toBeVisible();
  await expect(section.getByText("2 dokumenter")).toBeVisible();
  // The PDF's page count, read on the server from the file itself.
  await expect(section).toContainText("1 side");
  await expectAccessible(page);

  // Downloaded with the same name (Cyrillic and æøå kept) and the same bytes.
  for (const [link, file] of [
    [pdfLink, FILES[0]],
    [textLink, FILES[1]],
  ] as const) {
    const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
    expect(download.suggestedFilename()).toBe(file?.name);
    const path = await download.path();
    expect(readFileSync(path).equals(Buffer.from(file?.text ?? "", "utf8"))).toBe(true);
  }

  // A member of the other working group only: the document is not found.
  const href = (await pdfLink.getAttribute("href")) ?? "";
  expect(href).toMatch(/^\/g\/regional-cooperation\/documents\/[0-9a-f-]{36}$/);
  const outsider = await pageAs("delegate.other");
  const response = await outsider.request.get(href);
  expect(response.status()).toBe(404);
  expect(await response.text()).not.toContain("Kirkenes");
});

test("a file over 10 MB reaches storage whole through the production server", async ({
  pageAs,
  newProject,
}) => {
  // Next would buffer a proxied request body and cut it at 10 MB: the upload routes skip the
  // proxy (proxy.ts), so a 12 MB file arrives and comes back byte for byte.
  const code = await newProject({});
  const page = await pageAs("coordinator.no");
  await page.goto(`${GROUP}/projects/${code}`);
  const section = page.locator("#documents");
  const size = 12 * 1024 * 1024;
  const dataTransfer = await page.evaluateHandle((bytes) => {
    const line = "Målinger fra Varangerfjorden / Измерения в Варангер-фьорде\n";
    const text = line.repeat(Math.ceil(bytes / new TextEncoder().encode(line).length));
    const body = new TextEncoder().encode(text).slice(0, bytes);
    // Cut at a line end so the text stays valid UTF-8.
    const end = body.lastIndexOf(10) + 1;
    const transfer = new DataTransfer();
    transfer.items.add(new File([body.slice(0, end)], "Målinger.txt", { type: "text/plain" }));
    return transfer;
  }, size);
  const zone = section.locator("[data-drop-zone]");
  await zone.dispatchEvent("dragenter", { dataTransfer });
  await zone.dispatchEvent("drop", { dataTransfer });
  await expect(section.getByText("1 av 1 filer lagt til")).toBeVisible({ timeout: 120_000 });
  const link = section.getByRole("link", { name: "Målinger" });
  const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
  const bytes = readFileSync(await download.path());
  expect(bytes.length).toBeGreaterThan(size - 200);
  expect(bytes.subarray(-1).toString()).toBe("\n");
});

test("a document gets a new version from its row, keeps the older one, and is deleted after a second confirmation", async ({
  pageAs,
  newProject,
}) => {
  const code = await newProject({});
  const page = await pageAs("coordinator.no");
  await page.goto(`${GROUP}/projects/${code}`);
  const section = page.locator("#documents");
  const first = FILES[0] as (typeof FILES)[number];
  const dataTransfer = await page.evaluateHandle((f) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([f.text], f.name, { type: f.type }));
    return transfer;
  }, first);
  const zone = section.locator("[data-drop-zone]");
  await zone.dispatchEvent("dragenter", { dataTransfer });
  await zone.dispatchEvent("drop", { dataTransfer });
  await expect(section.getByText("1 av 1 filer lagt til")).toBeVisible();
  const link = section.getByRole("link", { name: "Søknad Kirkenes 2019" });
  await expect(link).toBeVisible();

  // "New version" opens the file picker; the upload shows its progress, and the page then lists
  // the older version under the document.
  const [chooser] = await Promise.all([
    page.waitForEvent("filechooser"),
    section.getByRole("button", { name: "Ny versjon" }).click(),
  ]);
  await chooser.setFiles({
    name: "Søknad Kirkenes 2019 v2.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.from(PDF.replace("200 200", "300 300"), "utf8"),
  });
  await expect(
    section.getByRole("progressbar", { name: "Opplasting av Søknad Kirkenes 2019 v2.pdf" }),
  ).toHaveAttribute("value", "100");
  await expect(section.getByText("1 tidligere versjon")).toBeVisible();
  await expectAccessible(page);

  // Delete asks first, with the focus on the confirming button; "Behold" goes back.
  await section.getByRole("button", { name: "Slett" }).click();
  await expect(section.getByText("Slette «Søknad Kirkenes 2019»?")).toBeVisible();
  await expect(section.getByRole("button", { name: "Slett" })).toBeFocused();
  await section.getByRole("button", { name: "Behold" }).click();
  await expect(section.getByRole("button", { name: "Slett" })).toBeFocused();
  await section.getByRole("button", { name: "Slett" }).click();
  await section.getByRole("button", { name: "Slett" }).click();
  await expect(link).toHaveCount(0);
  await expect(section.getByText("0 dokumenter")).toBeVisible();
});

// Reads only: the demo's signed plan (a pair nb/ru) and the 5th meeting's documents.
test("the work plan and meeting pages list the demo documents and pass axe", async ({ pageAs }) => {
  const page = await pageAs("delegate.ru");
  await page.goto(`${GROUP}/plans/2`);
  const plan = page.locator("#documents");
  await expect(plan.getByRole("heading", { level: 2 })).toBeVisible();
  await expect(plan.getByRole("link").first()).toBeVisible();
  await expectAccessible(page);

  await page.goto(`${GROUP}/meetings/5`);
  const meeting = page.locator("#documents");
  await expect(meeting.getByRole("link").first()).toBeVisible();
  await expectAccessible(page);
});

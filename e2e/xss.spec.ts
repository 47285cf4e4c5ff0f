import { GROUP } from "./factories";
import { expectAccessible } from "./support";
import { expect, test } from "./test";

const SCRIPT = "<script>window.__xss=1</script>";
const IMAGE = '<img src=x onerror="window.__xss=2">';

declare global {
  interface Window {
    __xss?: number;
  }
}

test("markup in a status update note is shown as text and never runs", async ({
  pageAs,
  newProject,
}) => {
  // A project of this test, in progress, with delegate.no as its Norwegian contact.
  const code = await newProject({
    contactNo: "Anders Mikkelsen",
    update: { status: "in_progress", health: "on_track", progress: 40 },
  });
  const note = `Vardø ${Date.now()}: ${SCRIPT} ${IMAGE}`;
  const page = await pageAs("delegate.no");
  await page.goto(`${GROUP}/projects/${code}`);
  await page.getByRole("button", { name: "Legg inn statusoppdatering" }).click();
  const form = page.locator("form", {
    has: page.getByRole("button", { name: "Lagre statusoppdatering" }),
  });
  // Status, health and progress stay as they are: only the note is new.
  await form.getByLabel("Merknad", { exact: true }).fill(note);
  await form.getByRole("button", { name: "Lagre statusoppdatering" }).click();
  await expect(form.getByText("Statusoppdateringen er lagret.")).toBeVisible();

  // Right after saving (rendered in the browser) and after a reload (rendered by the server).
  for (const reload of [false, true]) {
    if (reload) await page.reload();
    await expect(page.getByText(note).first()).toBeVisible();
    expect(await page.evaluate(() => window.__xss)).toBeUndefined();
    await expect(page.locator('img[src="x"]')).toHaveCount(0);
  }
  // The CSP would stop an injected script; the page must not contain one to stop: neither in
  // its markup nor in the data Next.js inlines for hydration (which must escape "<").
  const html = await page.content();
  expect(html).not.toContain(SCRIPT);
  expect(html).not.toContain(IMAGE);
  await expectAccessible(page);
});

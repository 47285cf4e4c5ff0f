import { expect, test } from "@playwright/test";
import { expectAccessible, signIn } from "./support";

// 2018-12: delegate.no is its Norwegian contact; no other end-to-end test posts on it.
const PROJECT = "/g/regional-cooperation/projects/2018-12";
const SCRIPT = "<script>window.__xss=1</script>";
const IMAGE = '<img src=x onerror="window.__xss=2">';

declare global {
  interface Window {
    __xss?: number;
  }
}

test("markup in a status update note is shown as text and never runs", async ({ page }) => {
  const note = `Vardø ${Date.now()}: ${SCRIPT} ${IMAGE}`;
  await signIn(page, "delegate.no@workplan.test");
  await page.goto(PROJECT);
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

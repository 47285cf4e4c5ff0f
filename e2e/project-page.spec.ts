// Issue 20, items 4 and 5 on the project page: an update awaiting the reader's confirmation is
// at the top with its confirm button; the update form waits behind its button; the history is
// one step away, also on a phone.
import { GROUP } from "./factories";
import { expectAccessible } from "./support";
import { expect, test } from "./test";

const PHONE = { width: 390, height: 844 };

test("the Norwegian contact confirms a Russian update from the notice at the top of the project page", async ({
  pageAs,
  newProject,
}) => {
  const code = await newProject({ contactNo: "Anders Mikkelsen", contactRu: "Ольга Петрова" });
  const note = `Поставка оборудования согласована ${code}`;
  const russian = await pageAs("delegate.ru");
  const posted = await russian.request.post(`/api${GROUP}/projects/${code}/status-updates`, {
    data: { version: 1, status: "in_progress", health: "on_track", progress: 45, note },
  });
  expect(posted.status(), await posted.text()).toBe(201);

  const page = await pageAs("delegate.no", { locale: "nb-NO" });
  await page.goto(`${GROUP}/projects/${code}`);
  // At the top, without scrolling: who posted it, when, what it says, and the button.
  const notice = page.getByRole("region", { name: /venter på din bekreftelse/ });
  await expect(notice).toBeInViewport();
  await expect(notice).toContainText("Lagt inn av Ольга Петрова (russisk side)");
  await expect(notice).toContainText("Pågår");
  await expect(notice).toContainText("45 %");
  await expect(notice.getByText(note)).toBeVisible();
  const history = page.getByRole("heading", { level: 2, name: "Historikk" });
  expect((await notice.boundingBox())?.y ?? 0).toBeLessThan((await history.boundingBox())?.y ?? 0);
  // One confirm button on the page: the notice's.
  const confirm = page.getByRole("button", { name: "Bekreft på vegne av norsk side" });
  await expect(confirm).toHaveCount(1);
  await expect(
    notice.getByRole("button", { name: "Bekreft på vegne av norsk side" }),
  ).toBeVisible();
  await expectAccessible(page);

  await confirm.click();
  // A clear answer, announced and focused, naming the update; the notice is gone.
  const answer = page
    .getByRole("status")
    .filter({ hasText: "Bekreftet. Statusoppdateringen lagt inn av Ольга Петрова" });
  await expect(answer).toContainText("er nå bekreftet på vegne av norsk side");
  await expect(answer).toBeInViewport();
  await expect
    .poll(() => page.evaluate(() => document.activeElement?.textContent ?? ""))
    .toContain("Bekreftet. Statusoppdateringen lagt inn av Ольга Петрова");
  await expect(notice).toHaveCount(0);
  await expect(confirm).toHaveCount(0);
  await expect(page.getByText(/Bekreftet av norsk side/).first()).toBeVisible();
  await expectAccessible(page);
});

test("on a phone the history is one step away, and the update form opens from its button", async ({
  pageAs,
  newProject,
}) => {
  const code = await newProject({
    contactNo: "Anders Mikkelsen",
    update: { status: "in_progress", health: "on_track", progress: 40 },
  });
  const page = await pageAs("delegate.no", { locale: "nb-NO", viewport: PHONE });
  await page.goto(`${GROUP}/projects/${code}`);

  // The form is closed: its button says so, and the history is not pushed down by it.
  const toggle = page.getByRole("button", { name: "Legg inn statusoppdatering" });
  await expect(toggle).toHaveAttribute("aria-expanded", "false");
  const form = page.locator("form", {
    has: page.getByRole("button", { name: "Lagre statusoppdatering" }),
  });
  await expect(form).toBeHidden();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
    PHONE.width,
  );
  await expectAccessible(page);

  // One step to the history: the jump link near the top.
  const jump = page.getByRole("link", { name: /^Historikk \(\d+\+?\)$/ });
  await expect(jump).toBeInViewport();
  await expect(jump).toHaveText("Historikk (1)");
  await jump.click();
  await expect(page).toHaveURL(/#history$/);
  const history = page.getByRole("heading", { level: 2, name: "Historikk" });
  await expect(history).toBeInViewport();

  // The form opens from its button, with the keyboard.
  await page.evaluate(() => window.scrollTo(0, 0));
  await toggle.focus();
  await page.keyboard.press("Enter");
  await expect(toggle).toHaveAttribute("aria-expanded", "true");
  await expect(form.getByLabel("Merknad", { exact: true })).toBeVisible();
  await expect(form.getByLabel("Status", { exact: true })).toHaveValue("in_progress");
  await expectAccessible(page);
  await toggle.click();
  await expect(form).toBeHidden();
});

test("a contact who comes to update finds the form open: from My projects, or a link to #update", async ({
  pageAs,
  newProject,
}) => {
  const code = await newProject({ contactNo: "Anders Mikkelsen" });
  const page = await pageAs("delegate.no", { locale: "nb-NO" });
  const toggle = page.getByRole("button", { name: "Legg inn statusoppdatering" });
  const note = page.getByLabel("Merknad", { exact: true });

  // My projects lists it as needing an update; its link opens the project ready to update.
  await page.goto(`${GROUP}/my`);
  const link = page.locator(`a[href$="/projects/${code}?update=1"]`);
  await expect(link).toHaveCount(1);
  await link.click();
  await expect(page).toHaveURL(new RegExp(`/projects/${code}\\?update=1$`));
  await expect(toggle).toHaveAttribute("aria-expanded", "true");
  await expect(note).toBeVisible();

  // A link to the form's anchor opens it too; the plain page keeps it closed.
  await page.goto(`${GROUP}/projects/${code}`);
  await expect(toggle).toHaveAttribute("aria-expanded", "false");
  await page.goto(`${GROUP}/projects/${code}#update`);
  await expect(toggle).toHaveAttribute("aria-expanded", "true");
  await expect(note).toBeInViewport();
});

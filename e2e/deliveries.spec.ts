// Undelivered mail (issue 14): an administrator sees the mail the mail server refused for good,
// with the server's reason, sends one again once the cause is fixed (it is delivered) and
// discards another; by keyboard, at desktop width and at 390 px.
//
// The dead letters are real: on the run's mail server (e2e/mail.ts) the administrator invites
// users at addresses the run's SMTP server refuses with 550 (e2e/mail-refusals.ts), and the
// app's worker keeps each refused invitation as a dead letter. Every test has addresses of its
// own and looks only at its own rows: others may be in the list.
import type { Page } from "@playwright/test";
import { unique } from "./factories";
import { MAIL_URL, waitForMail } from "./mail";
import { REFUSED_DOMAIN, REFUSED_ONCE_DOMAIN } from "./mail-refusals";
import { DEMO_PASSWORD, expectAccessible, expectNoOverflow, signIn, smallTargets } from "./support";
import { expect, type NewPage, test } from "./test";

const PHONE = { width: 390, height: 844 };
const LABEL = (email: string) => `Account mail — ${email}`;

/** The administrator, signed in on the mail server (the demo accounts are English for them). */
async function adminOnMailServer(newPage: NewPage, options: Parameters<NewPage>[0] = {}) {
  const page = await newPage({ baseURL: MAIL_URL, locale: "en-GB", ...options });
  await signIn(page, "admin@workplan.test", DEMO_PASSWORD);
  return page;
}

/** Invites a user at `email` through the form: the invitation is mailed after the commit. */
async function invite(page: Page, name: string, email: string) {
  await page.goto("/admin/users/new");
  await page.getByLabel("Full name", { exact: true }).fill(name);
  await page.getByLabel("Email (used to sign in)").fill(email);
  await page.getByLabel("Delegation", { exact: true }).selectOption("NO");
  await page.getByLabel("Language of the interface").selectOption("en");
  await page.getByRole("button", { name: "Create user" }).click();
  await expect(page.getByText(`An invitation has been sent to ${email}.`)).toBeVisible();
}

/** A dead letter's entry in the list. */
const entry = (page: Page, email: string) =>
  page.getByRole("main").getByRole("listitem").filter({ hasText: email });

/** Opens the list, reloading until the worker has given up on every one of `emails`. */
async function openWithDeadLetters(page: Page, emails: string[]) {
  await expect(async () => {
    await page.goto("/admin/deliveries");
    for (const email of emails) await expect(entry(page, email)).toHaveCount(1, { timeout: 500 });
  }).toPass({ timeout: 60_000, intervals: [500, 1_000, 2_000] });
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Undelivered mail");
}

/** Presses Tab until `target` has the focus (it must be reachable by keyboard). */
async function tabTo(page: Page, target: ReturnType<Page["getByRole"]>, most = 150) {
  for (let i = 0; i < most; i++) {
    await page.keyboard.press("Tab");
    if (await target.evaluate((el) => el === document.activeElement)) return;
  }
  throw new Error(`not reached by ${most} presses of Tab`);
}

test("an administrator sees undelivered mail with the server's reason, sends one again and discards another, by keyboard", async ({
  newPage,
}) => {
  const fixed = `e2e.fixed.${unique().toLowerCase()}@${REFUSED_ONCE_DOMAIN}`;
  const gone = `e2e.gone.${unique().toLowerCase()}@${REFUSED_DOMAIN}`;
  const page = await adminOnMailServer(newPage);
  await invite(page, "Fiona Fixed", fixed);
  await invite(page, "Gunnar Gone", gone);

  await openWithDeadLetters(page, [fixed, gone]);
  for (const email of [fixed, gone]) {
    const row = entry(page, email);
    await expect(row.getByText(LABEL(email), { exact: true })).toBeVisible();
    // The mail server's own words, and how often it was tried.
    await expect(row).toContainText("Reason:");
    await expect(row.locator("code")).toContainText("550 no such mailbox");
    await expect(row).toContainText("1 attempt, last on");
  }
  await expectAccessible(page);

  // Send again, by keyboard: the entry leaves the list, and the invitation arrives.
  const again = page.getByRole("button", { name: `Send again: ${LABEL(fixed)}`, exact: true });
  await tabTo(page, again);
  await expect(again).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(entry(page, fixed)).toHaveCount(0);
  await expect(entry(page, gone)).toHaveCount(1);
  const invitation = await waitForMail(fixed, "Your Workplan account");
  expect(invitation.text).toContain(fixed);

  // Discard, by keyboard: the other leaves the list too.
  const discard = page.getByRole("button", { name: `Discard: ${LABEL(gone)}`, exact: true });
  await tabTo(page, discard);
  await page.keyboard.press("Enter");
  await expect(entry(page, gone)).toHaveCount(0);
  await expectAccessible(page);

  // For good: delivered, and discarded, neither comes back.
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Undelivered mail");
  await expect(entry(page, fixed)).toHaveCount(0);
  await expect(entry(page, gone)).toHaveCount(0);
});

test("undelivered mail at 390 px: nothing scrolls sideways, targets of 24 px, and discarding works", async ({
  newPage,
}) => {
  // A long address without a place to break it, as real ones can be: it must wrap, not widen
  // the page.
  const gone = `e2e.phone.${unique().toLowerCase()}averylongmailboxname@${REFUSED_DOMAIN}`;
  const page = await adminOnMailServer(newPage, { viewport: PHONE });
  await invite(page, "Petra Phone", gone);
  await openWithDeadLetters(page, [gone]);
  await expect(entry(page, gone).locator("code")).toContainText("550 no such mailbox");
  await expectNoOverflow(page);
  expect(await smallTargets(page), "small targets on /admin/deliveries").toEqual([]);
  await expectAccessible(page);

  await entry(page, gone)
    .getByRole("button", { name: `Discard: ${LABEL(gone)}` })
    .click();
  await expect(entry(page, gone)).toHaveCount(0);
  await expectNoOverflow(page);
  await expectAccessible(page);
});

test("only an administrator can see the undelivered mail", async ({ pageAs }) => {
  for (const persona of ["coordinator.no", "delegate.no"] as const) {
    const page = await pageAs(persona);
    const response = await page.goto("/admin/deliveries");
    expect(response?.status()).toBe(403);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ingen tilgang");
    await expect(page.getByText("550 no such mailbox")).toHaveCount(0);
    await expectAccessible(page);
  }
});

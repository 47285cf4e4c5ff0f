// Accounts by mail (issue 14): a new user created while mail is on gets an invitation instead of
// a one-time password and chooses their own; later, "Forgot password?" on the sign-in page mails
// a link, the new password is set through it, the browser is signed in and every older session
// has ended.
//
// On the run's mail server (e2e/mail.ts): the same production build with SMTP_URL set, sending
// through the run's own SMTP server; the mails are read from that server's sink.

import { unique } from "./factories";
import { MAIL_URL, pathIn, waitForMail } from "./mail";
import { DEMO_PASSWORD, expectAccessible, signIn } from "./support";
import { expect, test } from "./test";

/**
 * The newest mail to `to` whose subject is `subject`; returns the path of the password link it
 * carries (followed on the mail server, which the mail was written for).
 */
async function linkFromMail(to: string, subject: string): Promise<string> {
  const mail = await waitForMail(to, subject);
  expect(mail.to).toEqual([to]);
  const link = pathIn(mail, /\/reset-password\/[\w-]{43}$/);
  expect(link).toMatch(/^\/reset-password\/[\w-]{43}$/);
  // The HTML part carries the same link.
  expect(mail.html).toContain(`${MAIL_URL}${link}`);
  return link;
}

test("invited by mail, then “Forgot password?” → mail → a new password: signed in, older sessions ended", async ({
  newPage,
}) => {
  test.setTimeout(240_000);
  const browser = (locale: string) => newPage({ baseURL: MAIL_URL, locale });
  const email = `e2e.reset.${unique().toLowerCase()}@workplan.test`;

  // The administrator creates the user: with mail on, an invitation goes out instead of a
  // one-time password, and the answer says so.
  const admin = await browser("en-GB");
  await signIn(admin, "admin@workplan.test", DEMO_PASSWORD);
  await admin.goto("/admin/users/new");
  await expect(admin.getByText(/Workplan emails them an invitation/)).toBeVisible();
  await admin.getByLabel("Full name", { exact: true }).fill("Kari Glemsk");
  await admin.getByLabel("Email (used to sign in)").fill(email);
  await admin.getByLabel("Delegation", { exact: true }).selectOption("NO");
  await admin.getByLabel("Language of the interface").selectOption("nb");
  await admin.getByRole("button", { name: "Create user" }).click();
  await expect(admin.getByText(`An invitation has been sent to ${email}.`)).toBeVisible();
  await expect(admin.getByTestId("one-time-password")).toHaveCount(0);

  // The invitation, in the new user's language; its link leads to choosing a password.
  const invitation = await linkFromMail(email, "Kontoen din i Workplan");
  const first = await browser("nb-NO");
  await first.goto(invitation);
  await expect(first).toHaveURL(/\/reset-password\/new$/);
  await expect(first.getByRole("heading", { level: 1 })).toHaveText("Velkommen til Workplan");
  await expectAccessible(first);
  const chosen = `Første-passord-${unique()}`;
  await first.getByLabel("Nytt passord", { exact: true }).fill(chosen);
  await first.getByLabel("Gjenta det nye passordet", { exact: true }).fill(chosen);
  await first.getByRole("button", { name: "Lagre passordet og logg inn" }).click();
  await expect(first).toHaveURL(/\/profile\?password=invite$/);
  await expect(first.getByText("Passordet ditt er lagret. Velkommen til Workplan!")).toBeVisible();

  // A second browser signs in with that password: two sessions now.
  const second = await browser("nb-NO");
  await signIn(second, email, chosen);

  // Later, on a third browser, the password is forgotten.
  const third = await browser("nb-NO");
  await third.goto("/sign-in");
  await third.getByRole("link", { name: "Glemt passordet?" }).click();
  await expect(third).toHaveURL(/\/reset-password$/);
  await expect(third.getByRole("heading", { level: 1 })).toHaveText("Glemt passordet?");
  await expectAccessible(third);
  await third.getByLabel("E-post", { exact: true }).fill(email.toUpperCase());
  await third.getByRole("button", { name: "Send lenken" }).click();
  await expect(third.getByText("Sjekk e-posten din")).toBeVisible();
  await expect(third.getByText(`Hvis det finnes en konto med adressen ${email},`)).toBeVisible();
  await expectAccessible(third);

  // The link from the mail; the token leaves the address bar at once.
  const reset = await linkFromMail(email, "Velg et nytt passord for Workplan");
  await third.goto(reset);
  await expect(third).toHaveURL(/\/reset-password\/new$/);
  await expect(third.getByRole("heading", { level: 1 })).toHaveText("Velg et nytt passord");
  await expectAccessible(third);
  const renewed = `Nytt-passord-${unique()}`;
  // Refused first (the two do not match), with the reason beside the field.
  await third.getByLabel("Nytt passord", { exact: true }).fill(renewed);
  await third.getByLabel("Gjenta det nye passordet", { exact: true }).fill(`${renewed}x`);
  await third.getByRole("button", { name: "Lagre passordet og logg inn" }).click();
  await expect(third.getByText("De to nye passordene er ikke like.")).toBeVisible();
  await expectAccessible(third);
  await third.getByLabel("Nytt passord", { exact: true }).fill(renewed);
  await third.getByLabel("Gjenta det nye passordet", { exact: true }).fill(renewed);
  await third.getByRole("button", { name: "Lagre passordet og logg inn" }).click();

  // Signed in here; every older session has ended.
  await expect(third).toHaveURL(/\/profile\?password=reset$/);
  await expect(
    third.getByText(
      "Det nye passordet ditt er lagret. Du er logget inn her, og alle andre økter er avsluttet.",
    ),
  ).toBeVisible();
  for (const older of [first, second]) {
    await older.goto("/profile");
    await expect(older).toHaveURL(/\/sign-in/);
  }

  // The link is spent (410), the old password no longer opens the account, the new one does.
  const spent = await third.request.get(reset, { maxRedirects: 0 });
  expect(spent.status()).toBe(410);
  expect(await spent.text()).toContain("Denne lenken virker ikke lenger");
  await first.goto("/sign-in");
  await first.locator('input[name="email"]').fill(email);
  await first.locator('input[name="password"]').fill(chosen);
  await first.locator('form:has(input[name="email"]) button[type="submit"]').click();
  await expect(first.getByText("E-postadressen eller passordet er feil.")).toBeVisible();
  await signIn(first, email, renewed);
});

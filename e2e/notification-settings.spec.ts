// The user's own notification settings and calendar subscription (issue 14), on the production
// server of the run (no mail configured): what comes by email and when, saved and shown again;
// a secret calendar address shown once, whose feed a calendar app reads, and turned off again.
// Without mail, "Forgot password?" is not offered and its page says whom to ask instead. On the
// run's mail server (e2e/mail.ts, sending through the run's own SMTP server) the choices take
// effect: what is wanted at once arrives by mail, what is turned off does not.
import { unique } from "./factories";
import { lastMailId, linkIn, MAIL_URL, mailsTo, pathIn, waitForMail } from "./mail";
import { DEMO_PASSWORD, expectAccessible, signIn } from "./support";
import { expect, test } from "./test";

test("a user chooses what comes by email, subscribes a calendar and turns it off", async ({
  newUser,
}) => {
  test.setTimeout(180_000);
  const { page } = await newUser({
    name: "Nils Varsel",
    locale: "nb",
    delegation: "NO",
    role: "delegate",
    browser: { locale: "nb-NO", viewport: { width: 390, height: 844 } },
  });

  await page.goto("/profile");
  await page.getByRole("link", { name: "Varslingsinnstillinger" }).click();
  await expect(page).toHaveURL(/\/profile\/notifications$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Varslingsinnstillinger");
  // No mail in this installation: said, and the choices still kept for when there is.
  await expect(page.getByText(/E-post er ikke satt opp i denne installasjonen/)).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel("Aktivitet på prosjektene dine").selectOption("weekly");
  await page.getByLabel("Kontoen din").selectOption("off");
  await page.getByLabel("Tidspunkt for sammendragene").selectOption("18");
  await page.getByLabel("Tidssone").selectOption("Europe/Moscow");
  await page.getByRole("button", { name: "Lagre", exact: true }).click();
  await expect(page.getByText("Varslingsinnstillingene dine er lagret.")).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Aktivitet på prosjektene dine")).toHaveValue("weekly");
  await expect(page.getByLabel("Kontoen din")).toHaveValue("off");
  await expect(page.getByLabel("Tidspunkt for sammendragene")).toHaveValue("18");
  await expect(page.getByLabel("Tidssone")).toHaveValue("Europe/Moscow");

  // The calendar subscription: its address is shown once, and a calendar app can read it.
  await expect(page.getByText("Du har ingen abonnementsadresse.")).toBeVisible();
  await page.getByRole("button", { name: "Lag en abonnementsadresse" }).click();
  const field = page.getByLabel("Abonnementsadresse");
  await expect(field).toHaveValue(/\/calendar\/[\w-]{43}$/);
  await expectAccessible(page);
  const address = await field.inputValue();
  const feed = await page.request.get(new URL(address).pathname);
  expect(feed.status()).toBe(200);
  expect(feed.headers()["content-type"]).toContain("text/calendar");
  expect(await feed.text()).toContain("BEGIN:VCALENDAR");

  // Turned off: the address no longer answers.
  await page.getByRole("button", { name: "Slå av abonnementet" }).click();
  await expect(
    page.getByText("Abonnementet er slått av: adressen virker ikke lenger."),
  ).toBeVisible();
  expect((await page.request.get(new URL(address).pathname)).status()).toBe(404);
  await page.reload();
  await expect(page.getByText("Du har ingen abonnementsadresse.")).toBeVisible();
});

test("without mail, sign-in offers no password reset by email, and its page says whom to ask", async ({
  newPage,
}) => {
  const page = await newPage({ locale: "ru-RU" });
  await page.goto("/sign-in");
  await expect(page.getByRole("button", { name: "Войти" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Забыли пароль?" })).toHaveCount(0);
  await page.goto("/reset-password");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Забыли пароль?");
  await expect(
    page.getByText(/Попросите администратора выдать вам одноразовый пароль/),
  ).toBeVisible();
  await expect(page.locator('input[name="email"]')).toHaveCount(0);
  await expectAccessible(page);
  // A forged link answers 404 in the reader's language, a bare form page offers to ask again.
  const forged = await page.request.get(`/reset-password/${"A".repeat(43)}`);
  expect(forged.status()).toBe(404);
  await page.goto("/reset-password/new");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Нет действующей ссылки");
  await expectAccessible(page);
});

test("with mail on, what the user chooses decides what comes by email", async ({ newPage }) => {
  test.setTimeout(180_000);
  const browser = (locale = "nb-NO") => newPage({ baseURL: MAIL_URL, locale });
  const email = `e2e.varsel.${unique().toLowerCase()}@workplan.test`;
  const changed = "Passordet ditt er endret";

  // A user of this test: invited by mail, their first password chosen through the link.
  const admin = await browser("en-GB");
  await signIn(admin, "admin@workplan.test", DEMO_PASSWORD);
  await admin.goto("/admin/users/new");
  await admin.getByLabel("Full name", { exact: true }).fill("Vera Varsel");
  await admin.getByLabel("Email (used to sign in)").fill(email);
  await admin.getByLabel("Delegation", { exact: true }).selectOption("NO");
  await admin.getByLabel("Language of the interface").selectOption("nb");
  await admin.getByRole("button", { name: "Create user" }).click();
  await expect(admin.getByText(`An invitation has been sent to ${email}.`)).toBeVisible();
  const invitation = await waitForMail(email, "Kontoen din i Workplan");
  const page = await browser();
  await page.goto(pathIn(invitation, /\/reset-password\/[\w-]{43}$/));
  let password = `Varsel-passord-${unique()}`;
  await page.getByLabel("Nytt passord", { exact: true }).fill(password);
  await page.getByLabel("Gjenta det nye passordet", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Lagre passordet og logg inn" }).click();
  await expect(page).toHaveURL(/\/profile\?password=invite$/);

  // Mail is on here: the settings page does not say otherwise.
  await page.goto("/profile/notifications");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Varslingsinnstillinger");
  await expect(page.getByText(/E-post er ikke satt opp/)).toHaveCount(0);
  await expect(page.getByLabel("Kontoen din")).toHaveValue("immediate");
  await expectAccessible(page);

  const changePassword = async () => {
    const next = `Varsel-passord-${unique()}`;
    await page.goto("/profile/password");
    await page.getByLabel("Nåværende passord", { exact: true }).fill(password);
    await page.getByLabel("Nytt passord", { exact: true }).fill(next);
    await page.getByLabel("Gjenta det nye passordet", { exact: true }).fill(next);
    await page.getByRole("button", { name: "Endre passord" }).click();
    await expect(page.getByText("Passordet ditt er endret.").first()).toBeVisible();
    password = next;
  };

  // By default, what concerns the account comes at once: the changed password, in Norwegian,
  // with a link to these settings.
  await changePassword();
  const mail = await waitForMail(email, changed);
  expect(mail.text).toContain("Hvis dette ikke var deg, kontakt administratoren straks.");
  expect(linkIn(mail, /\/profile\/notifications$/)).toBe(`${MAIL_URL}/profile/notifications`);

  // Turned off: the next change is still in the bell, but no mail comes.
  await page.goto("/profile/notifications");
  await page.getByLabel("Kontoen din").selectOption("off");
  await page.getByRole("button", { name: "Lagre", exact: true }).click();
  await expect(page.getByText("Varslingsinnstillingene dine er lagret.")).toBeVisible();
  const mark = await lastMailId();
  await changePassword();
  await page.goto("/inbox");
  await expect(page.locator("main li").filter({ hasText: changed })).toHaveCount(2);
  // Mail that does not depend on the choices (a reset link) arrives; the change did not.
  const other = await browser();
  await other.goto("/reset-password");
  await other.getByLabel("E-post", { exact: true }).fill(email);
  await other.getByRole("button", { name: "Send lenken" }).click();
  await expect(other.getByText("Sjekk e-posten din")).toBeVisible();
  await waitForMail(email, "Velg et nytt passord for Workplan", { after: mark });
  expect((await mailsTo(email)).filter((m) => m.subject === changed)).toHaveLength(1);
});

import type { Page } from "@playwright/test";
import { Secret, TOTP } from "otpauth";
import { expectAccessible, signIn } from "./support";
import { expect, test } from "./test";

const PERIOD_MS = 30_000;

/**
 * Codes as the user's authenticator app makes them. The server accepts each time step once,
 * so every call returns a code of a later step than the last one (the next step is within the
 * ±1 step the server allows; if even that one is used, it waits for the clock).
 */
function authenticator(base32: string) {
  const secret = Secret.fromBase32(base32);
  let lastStep = -1;
  return async (page: Page) => {
    for (;;) {
      const current = Math.floor(Date.now() / PERIOD_MS);
      const step = [current, current + 1].find((s) => s > lastStep);
      if (step !== undefined) {
        lastStep = step;
        return TOTP.generate({ secret, timestamp: step * PERIOD_MS });
      }
      await page.waitForTimeout(1_000);
    }
  };
}

test("a user turns on two-factor sign-in, signs in with a code, and turns it off again", async ({
  browser,
  newUser,
}) => {
  test.setTimeout(120_000);
  // A user of this test alone, with their own password chosen.
  const {
    email,
    password,
    page: user,
  } = await newUser({
    name: "Ingrid Tofaktor",
    locale: "en",
    delegation: "NO",
    browser: { locale: "en-GB" },
  });

  // Setting it up, from the profile.
  await user.goto("/profile");
  await user.getByRole("link", { name: "Set up two-factor sign-in" }).click();
  await expect(user).toHaveURL(/\/profile\/two-factor$/);
  await expect(user.getByRole("heading", { level: 1 })).toHaveText("Two-factor sign-in");
  await expectAccessible(user);
  await user.getByRole("button", { name: "Begin set-up" }).click();
  await expect(
    user.getByRole("img", { name: "QR code with the key for your authenticator app" }),
  ).toBeVisible();
  const secret = ((await user.getByTestId("totp-secret").textContent()) ?? "").replace(/\s/g, "");
  expect(secret).toMatch(/^[A-Z2-7]{32}$/);
  await expectAccessible(user);
  const nextCode = authenticator(secret);

  await user.getByLabel("Code from the app").fill("000000");
  await user.getByRole("button", { name: "Turn on two-factor sign-in" }).click();
  await expect(
    user.getByText("The code is not correct, or it has already been used."),
  ).toBeVisible();
  await user.getByLabel("Code from the app").fill(await nextCode(user));
  await user.getByRole("button", { name: "Turn on two-factor sign-in" }).click();
  await expect(user.getByRole("heading", { name: "Your recovery codes" })).toBeVisible();
  const recoveryCodes = await user
    .getByTestId("recovery-codes")
    .getByRole("listitem")
    .allTextContents();
  expect(recoveryCodes).toHaveLength(10);
  await expectAccessible(user);
  await user.getByRole("link", { name: "I have saved the codes" }).click();
  await expect(user.getByText("Two-factor sign-in is on.")).toBeVisible();
  await user.context().close();

  // A direct POST to the Auth.js callback with the right password but no code signs nobody in.
  const direct = await browser.newContext();
  const { csrfToken } = await (await direct.request.get("/api/auth/csrf")).json();
  const posted = await direct.request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email, password, callbackUrl: "/" },
    maxRedirects: 0,
  });
  expect(posted.headers().location ?? "").toContain("code=second_factor_required");
  expect((await (await direct.request.get("/api/auth/session")).json())?.user).toBeFalsy();
  await direct.close();

  // Signing in: the password, then the code on the same page; the password is not asked again.
  const second = await browser.newContext({ locale: "en-GB" });
  const again = await second.newPage();
  await signIn(again, email, password, "en", { expectFailure: true });
  await expect(again.getByLabel("Code from the app")).toBeVisible();
  await expect(again.getByLabel("Password", { exact: true })).toHaveCount(0);
  await expectAccessible(again);
  await again.getByLabel("Code from the app").fill("000000");
  await again.getByRole("button", { name: "Verify and sign in" }).click();
  await expect(again.locator("form").getByRole("alert")).toHaveText(
    "The code is not correct, or it has already been used. Enter the next code from the app.",
  );
  await again.getByLabel("Code from the app").fill(await nextCode(again));
  await again.getByRole("button", { name: "Verify and sign in" }).click();
  await again.waitForURL((url) => !url.pathname.startsWith("/sign-in"));

  // Turning it off takes the password and a code — here a recovery code, as after a lost phone.
  await again.goto("/profile/two-factor");
  await again.getByLabel("Current password").fill(password);
  await again.getByLabel("Code from the app or a recovery code").fill(recoveryCodes[0] ?? "");
  await again.getByRole("button", { name: "Turn off two-factor sign-in" }).click();
  await expect(again).toHaveURL(/\/profile\?twoFactor=off$/);
  await expect(again.getByText("Two-factor sign-in is off.", { exact: false })).toBeVisible();
  await second.close();

  // The password alone signs in again.
  const third = await browser.newContext({ locale: "en-GB" });
  const last = await third.newPage();
  await signIn(last, email, password);
  await expect(last).not.toHaveURL(/\/sign-in/);
  await third.close();
});

test("eleven wrong passwords for one account show the translated wait", async ({ browser }) => {
  // An address without an account: no real user is locked out, and nothing says it is unknown.
  const email = `throttle-e2e.${Date.now().toString(36)}@workplan.test`;
  const context = await browser.newContext({ locale: "en-GB" });
  const page = await context.newPage();
  const alert = page.locator("form").getByRole("alert");
  for (let i = 0; i < 10; i++) {
    await signIn(page, email, `wrong-${i}`, "en", { expectFailure: true });
    await expect(alert).toHaveText("The email or password is not correct.");
  }
  await signIn(page, email, "wrong-10", "en", { expectFailure: true });
  await expect(alert).toHaveText("Too many attempts. Try again in 15 minutes.");
  await expect(page.locator('input[name="email"]')).toHaveValue(email);
  await expectAccessible(page);
  await context.close();

  for (const [locale, lang, message] of [
    ["ru-RU", "ru", "Слишком много попыток. Повторите через 15 минут."],
    ["nb-NO", "nb", "For mange forsøk. Prøv igjen om 15 minutter."],
  ] as const) {
    const other = await browser.newContext({ locale });
    const translated = await other.newPage();
    await signIn(translated, email, "wrong-again", lang, { expectFailure: true });
    await expect(translated.locator("form").getByRole("alert")).toHaveText(message);
    await other.close();
  }
});

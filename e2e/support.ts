import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "workplan-demo";

/** Fails on any serious or critical accessibility violation on the current page. */
export async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page })
    // Only violations are listed node by node: the same rules run on every node, but axe skips
    // building a selector for each passing node (a third of the check's time). Before withTags,
    // which adds to these options (options() replaces them).
    .options({ resultTypes: ["violations"] })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    // axe.run in the page itself, instead of a run per frame finished in a blank page opened for
    // each check (2–3 times slower): the same rules, and the app has no cross-origin frames
    // (its CSP allows none) that only the other mode would reach.
    .setLegacyMode()
    .analyze();
  const blocking = results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  expect(blocking, `axe violations on ${page.url()}`).toEqual([]);
}

const LABELS = {
  nb: { email: "E-post", password: "Passord", signIn: "Logg inn" },
  ru: { email: "Электронная почта", password: "Пароль", signIn: "Войти" },
  en: { email: "Email", password: "Password", signIn: "Sign in" },
} as const;

export type Lang = keyof typeof LABELS;

/**
 * Signs in through the form. With `lang`, fields are found by their visible labels in that
 * language (the page must be shown in it); otherwise by name. Waits until signed in, unless
 * the sign-in is expected to fail.
 */
export async function signIn(
  page: Page,
  email: string,
  password = DEMO_PASSWORD,
  lang?: Lang,
  { expectFailure = false } = {},
) {
  await page.goto("/sign-in");
  if (lang) {
    const labels = LABELS[lang];
    await page.getByLabel(labels.email).fill(email);
    await page.getByLabel(labels.password).fill(password);
    await page.getByRole("button", { name: labels.signIn }).click();
  } else {
    await page.locator('input[name="email"]').fill(email);
    await page.locator('input[name="password"]').fill(password);
    await page.locator('form:has(input[name="email"]) button[type="submit"]').click();
  }
  if (!expectFailure) await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"));
}

import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "workplan-demo";

/** Fails on any serious or critical accessibility violation on the current page. */
export async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
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

/** Signs in through the form, in whatever language the sign-in page is shown. */
export async function signIn(
  page: Page,
  email: string,
  password = DEMO_PASSWORD,
  lang: Lang = "en",
) {
  await page.goto("/sign-in");
  const labels = LABELS[lang];
  await page.getByLabel(labels.email).fill(email);
  await page.getByLabel(labels.password).fill(password);
  await page.getByRole("button", { name: labels.signIn }).click();
}

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

/**
 * Links and buttons smaller than 24 × 24 CSS pixels that WCAG 2.2 (2.5.8, target size) does
 * not excuse: a target may be smaller when it sits inline in a line of text, or when a 24 px
 * circle centred on it meets no other target (nor such a circle of another small target).
 * Returns a line per offender, empty when all pass. Hidden targets are left out.
 */
export async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const targets = [
      ...document.querySelectorAll<HTMLElement>(
        'a[href], button, input:not([type="hidden"]), select, textarea, summary, [role="button"], [role="link"], [role="tab"]',
      ),
    ].filter((el) => {
      const r = el.getBoundingClientRect();
      // Not shown: hidden, or inside a closed disclosure.
      return r.width > 0 && r.height > 0 && el.checkVisibility({ visibilityProperty: true });
    });
    // A control inside its label is the label's size: a click on the words works as well.
    const rect = (el: Element) => (el.closest("label") ?? el).getBoundingClientRect();
    // In a line of text: shown inline, in a block with words of its own besides its targets.
    const inlineInText = (el: HTMLElement) => {
      if (getComputedStyle(el).display !== "inline") return false;
      let block = el.parentElement;
      while (block && getComputedStyle(block).display === "inline") block = block.parentElement;
      if (!block) return false;
      const words = block.cloneNode(true) as HTMLElement;
      for (const target of words.querySelectorAll("a, button")) target.remove();
      return (words.textContent ?? "").trim().length > 0;
    };
    const small = targets.filter((el) => {
      const r = rect(el);
      return (r.width < 24 || r.height < 24) && !inlineInText(el);
    });
    const centre = (r: DOMRect) => ({ x: r.left + r.width / 2, y: r.top + r.height / 2 });
    // Distance from a point to a rectangle (0 inside it).
    const distance = (p: { x: number; y: number }, r: DOMRect) => {
      const dx = Math.max(r.left - p.x, 0, p.x - r.right);
      const dy = Math.max(r.top - p.y, 0, p.y - r.bottom);
      return Math.hypot(dx, dy);
    };
    const offenders: string[] = [];
    for (const el of small) {
      const c = centre(rect(el));
      const crowded =
        targets.some(
          (other) =>
            other !== el &&
            !other.contains(el) &&
            !el.contains(other) &&
            distance(c, rect(other)) < 12,
        ) ||
        small.some((other) => {
          if (other === el) return false;
          const o = centre(rect(other));
          return Math.hypot(o.x - c.x, o.y - c.y) < 24;
        });
      if (crowded) {
        const r = rect(el);
        const name = (el.getAttribute("aria-label") ?? el.textContent ?? "").trim().slice(0, 40);
        offenders.push(
          `${el.tagName.toLowerCase()} "${name}" ${Math.round(r.width)}×${Math.round(r.height)}`,
        );
      }
    }
    return offenders;
  });
}

/** The page is no wider than the window: nothing scrolls sideways. */
export async function expectNoOverflow(page: Page) {
  const { scroll, inner } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    inner: window.innerWidth,
  }));
  expect(scroll, `horizontal overflow on ${page.url()}`).toBeLessThanOrEqual(inner);
}

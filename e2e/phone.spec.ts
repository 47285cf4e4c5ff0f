// Issue 20, item 7: every main page at 390 px — nothing scrolls sideways, every link and button
// is at least 24 × 24 px (or excused as WCAG 2.2's target-size rule excuses it), axe as always.
import { expectAccessible, expectNoOverflow, smallTargets } from "./support";
import { expect, test } from "./test";

const PHONE = { width: 390, height: 844 };
const G = "/g/regional-cooperation";

const PAGES: { persona: "coordinator.no" | "delegate.ru" | "admin"; path: string }[] = [
  { persona: "coordinator.no", path: G },
  { persona: "delegate.ru", path: `${G}/my` },
  { persona: "coordinator.no", path: `${G}/projects` },
  { persona: "delegate.ru", path: `${G}/projects/2018-24` },
  { persona: "coordinator.no", path: `${G}/meetings` },
  { persona: "coordinator.no", path: `${G}/meetings/7` },
  { persona: "coordinator.no", path: `${G}/meetings/7/brief?lang=nb-ru` },
  { persona: "delegate.ru", path: `${G}/actions` },
  { persona: "coordinator.no", path: `${G}/plans` },
  { persona: "coordinator.no", path: `${G}/plans/3` },
  { persona: "admin", path: "/overview" },
  { persona: "delegate.ru", path: "/inbox" },
  { persona: "delegate.ru", path: "/profile" },
];

for (const { persona, path } of PAGES) {
  test(`${path} at 390 px (${persona}): no sideways scrolling, targets of 24 px`, async ({
    pageAs,
  }) => {
    const page = await pageAs(persona, { viewport: PHONE });
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await expectNoOverflow(page);
    expect(await smallTargets(page), `small targets on ${path}`).toEqual([]);
    await expectAccessible(page);
  });
}

test("on a phone the tabs after the first three are behind «More», marked when the current page is there", async ({
  pageAs,
}) => {
  const page = await pageAs("coordinator.no", { locale: "nb-NO", viewport: PHONE });
  await page.goto(`${G}/my`);
  const nav = page.getByRole("navigation", { name: "Hovedmeny" });
  await expect(nav.getByRole("link", { name: "Møter" })).toBeHidden();
  const more = nav.getByRole("button", { name: "Mer" });
  await more.click();
  await page.getByRole("menuitem", { name: "Møter" }).click();
  await expect(page).toHaveURL(new RegExp(`${G}/meetings$`));
  const marked = nav.getByRole("button", { name: "Mer: Møter" });
  await expect(marked).toBeVisible();
  await expect(marked).toHaveClass(/border-accent/);
  // The group's whole name can be read: it wraps instead of being cut.
  const group = page.getByRole("button", { name: /^Arbeidsgruppe: / });
  const name = ((await group.getAttribute("aria-label")) ?? "").replace("Arbeidsgruppe: ", "");
  const shown = await group.evaluate((el) => {
    const span = el.querySelector("span");
    return span ? span.scrollHeight <= span.clientHeight + 1 : false;
  });
  expect(name.length).toBeGreaterThan(30);
  expect(shown).toBe(true);
  await expectAccessible(page);
});

test("the phone dashboard: every figure at least 24 × 24 px, and the icons of its counts in words", async ({
  pageAs,
}) => {
  const page = await pageAs("coordinator.ru", { locale: "ru-RU", viewport: PHONE });
  await page.goto(G);
  const figures = page.locator("a[data-figure]");
  expect(await figures.count()).toBeGreaterThan(50);
  const small = await figures.evaluateAll(
    (links) =>
      links
        .map((a) => a.getBoundingClientRect())
        .filter((r) => r.width > 0 && (r.width < 24 || r.height < 24)).length,
  );
  expect(small).toBe(0);
  // The key: each status and health icon with its name.
  const legend = page.locator("dl", { hasText: "Состояние:" });
  await expect(legend).toContainText("Выполняется");
  await expect(legend).toContainText("Отстаёт");
  await expectAccessible(page);
});

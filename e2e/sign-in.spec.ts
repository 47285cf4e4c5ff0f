import type { Persona } from "./personas";
import { expectAccessible, signIn } from "./support";
import { expect, test } from "./test";

const FIRST_GROUP = {
  nb: "Arbeidsgruppen for regionalt og grensenært samarbeid",
  ru: "Рабочая группа по региональному и приграничному сотрудничеству",
  en: "Working group for regional and cross-border cooperation",
};

const USERS = [
  { email: "admin@workplan.test", lang: "en", projects: "Projects", admin: true, groups: 2 },
  {
    email: "coordinator.no@workplan.test",
    lang: "nb",
    projects: "Prosjekter",
    admin: false,
    groups: 1,
  },
  {
    email: "coordinator.ru@workplan.test",
    lang: "ru",
    projects: "Проекты",
    admin: false,
    groups: 1,
  },
  {
    email: "delegate.no@workplan.test",
    lang: "nb",
    projects: "Prosjekter",
    admin: false,
    groups: 1,
  },
  { email: "delegate.ru@workplan.test", lang: "ru", projects: "Проекты", admin: false, groups: 1 },
  { email: "observer@workplan.test", lang: "en", projects: "Projects", admin: false, groups: 2 },
  {
    email: "delegate.other@workplan.test",
    lang: "en",
    projects: "Projects",
    admin: false,
    groups: 1,
  },
] as const;

// Each demo account signs in through the form before the tests (personas.setup.ts); here each
// opens the start page with that session.
test.describe("each demo user", () => {
  for (const user of USERS) {
    test(`${user.email} sees the interface in ${user.lang} and only their groups`, async ({
      pageAs,
    }) => {
      const page = await pageAs(user.email.replace("@workplan.test", "") as Persona);
      await page.goto("/");
      await expect(page).toHaveURL(
        user.email.startsWith("delegate") ? /\/g\/[a-z0-9-]+\/my$/ : /\/g\/[a-z0-9-]+$/,
      );
      await expect(page.locator("html")).toHaveAttribute("lang", user.lang);
      const nav = page.getByRole("navigation").first();
      await expect(nav.getByRole("link", { name: user.projects, exact: true })).toBeVisible();
      await expect(
        nav.getByRole("link", { name: /Administration|Administrasjon|Администрирование/ }),
      ).toHaveCount(user.admin ? 1 : 0);
      await expectAccessible(page);

      await page
        .getByRole("button", { name: /Working group|Arbeidsgruppe|Рабочая группа/ })
        .click();
      const items = page.getByRole("menuitem");
      await expect(items).toHaveCount(user.groups);
      const firstGroupName = FIRST_GROUP[user.lang];
      if (user.email === "delegate.other@workplan.test") {
        await expect(items.filter({ hasText: firstGroupName })).toHaveCount(0);
      } else {
        await expect(items.filter({ hasText: firstGroupName })).toHaveCount(1);
      }
      await expectAccessible(page);
    });
  }
});

test("a wrong password is refused with one vague, translated message, keeping the email", async ({
  browser,
}) => {
  for (const [locale, lang, message] of [
    ["nb-NO", "nb", "E-postadressen eller passordet er feil."],
    ["ru-RU", "ru", "Неверный адрес электронной почты или пароль."],
    ["en-GB", "en", "The email or password is not correct."],
  ] as const) {
    const context = await browser.newContext({ locale });
    const page = await context.newPage();
    await signIn(page, "delegate.no@workplan.test", "not-the-password", lang, {
      expectFailure: true,
    });
    await expect(page.locator("form").getByRole("alert")).toHaveText(message);
    await expect(page.locator("html")).toHaveAttribute("lang", lang);
    await expect(page.locator('input[name="email"]')).toHaveValue("delegate.no@workplan.test");
    await expect(page).toHaveURL(/\/sign-in/);
    await expectAccessible(page);
    // An unknown email gets exactly the same answer.
    await signIn(page, "nobody@workplan.test", "not-the-password", lang, { expectFailure: true });
    await expect(page.locator("form").getByRole("alert")).toHaveText(message);
    await context.close();
  }
});

test("the sign-in page follows the browser's language and can be switched", async ({ browser }) => {
  const context = await browser.newContext({ locale: "ru-RU" });
  const page = await context.newPage();
  await page.goto("/");
  await expect(page).toHaveURL(/\/sign-in/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Вход");
  await expect(page.getByText("Демонстрационные учётные записи")).toBeVisible();
  await page.getByRole("button", { name: "Norsk (bokmål)" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Logg inn");
  await expect(page.locator("html")).toHaveAttribute("lang", "nb");
  await expectAccessible(page);
  await context.close();
});

test("delegate.other gets 404 for a project of a group they are not in", async ({ pageAs }) => {
  const page = await pageAs("delegate.other");
  await page.goto("/");
  await expect(page).toHaveURL(/\/g\//);
  const response = await page.goto("/g/regional-cooperation/projects/2018-01");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  const dashboard = await page.goto("/g/regional-cooperation");
  expect(dashboard?.status()).toBe(404);
  await expectAccessible(page);
});

test("a member opens a project of their group; a non-admin gets a translated 403 on administration", async ({
  pageAs,
}) => {
  const page = await pageAs("delegate.ru");
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "ru");
  const project = await page.goto("/g/regional-cooperation/projects/2018-01");
  expect(project?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.locator("main").getByText("2018-01").first()).toBeVisible();
  await expectAccessible(page);
  const admin = await page.goto("/admin");
  expect(admin?.status()).toBe(403);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Нет доступа");
  await expectAccessible(page);
});

test("the language chosen in the user menu is saved on the account", async ({
  browser,
  newUser,
}) => {
  // A user of this test alone: the language is saved on the account, which others would see.
  const user = await newUser({
    name: "Sigrid Språk",
    locale: "en",
    delegation: "NO",
    role: "observer",
    browser: { locale: "en-GB" },
  });
  const page = user.page;
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.getByRole("button", { name: /Account menu/ }).click();
  await page.getByRole("menuitemradio", { name: "Русский" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "ru");
  await expect(
    page.getByRole("navigation").first().getByRole("link", { name: "Проекты", exact: true }),
  ).toBeVisible();

  // A fresh browser with another language still gets Russian after signing in.
  const other = await browser.newContext({ locale: "nb-NO" });
  const second = await other.newPage();
  await signIn(second, user.email, user.password, "nb");
  await expect(second.locator("html")).toHaveAttribute("lang", "ru");

  // And back to English, from the other browser.
  await second.getByRole("button", { name: /Меню учётной записи/ }).click();
  await second.getByRole("menuitemradio", { name: "English" }).click();
  await expect(second.locator("html")).toHaveAttribute("lang", "en");
  await other.close();
});

test("sign out ends the session", async ({ newPage }) => {
  // A session of its own, signed in through the form: signing out ends it in the database, so
  // the persona's saved session (shared by the other tests) must not be the one ended.
  const page = await newPage({ locale: "nb-NO" });
  await signIn(page, "coordinator.no@workplan.test");
  await page.goto("/");
  await expect(page).toHaveURL(/\/g\//);
  await page.getByRole("button", { name: /Kontomeny/ }).click();
  await page.getByRole("menuitem", { name: "Logg ut" }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  await page.goto("/g/regional-cooperation");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fg%2Fregional-cooperation/);
});

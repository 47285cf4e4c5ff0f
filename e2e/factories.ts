// Data a test changes, made for that test alone through the app's own forms and API, so that
// tests never share what they change and can run in any order, in parallel.
import { expect, type Page } from "@playwright/test";
import { type Lang, signIn } from "./support";
import type { NewPage, PageAs } from "./test";

export const GROUP = "/g/regional-cooperation";
const FIRST_GROUP = "Working group for regional and cross-border cooperation";

/** A suffix no other test (or earlier run on the same database) has used. */
export const unique = () =>
  `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`.toUpperCase();

/** The first-sign-in password form, in the new user's language. */
const PASSWORD_FORM = {
  nb: ["Engangspassord", "Nytt passord", "Gjenta det nye passordet", "Endre passord"],
  ru: ["Одноразовый пароль", "Новый пароль", "Повторите новый пароль", "Сменить пароль"],
  en: ["One-time password", "New password", "Repeat the new password", "Change password"],
} as const;

export interface UserOptions {
  name: string;
  locale: Lang;
  delegation: "NO" | "RU";
  /** Role in the regional cooperation group; without it the user belongs to no group. */
  role?: "coordinator" | "delegate" | "observer";
  /** The new user's browser, e.g. its locale. */
  browser?: Parameters<NewPage>[0];
}

export interface NewUser {
  email: string;
  password: string;
  name: string;
  /** Signed in, the one-time password replaced: on the page the user lands on. */
  page: Page;
}

/**
 * A user of one test: created by the administrator, signed in with the one-time password,
 * which is replaced by a chosen one.
 */
export async function createUser(
  pageAs: PageAs,
  newPage: NewPage,
  { name, locale, delegation, role, browser }: UserOptions,
): Promise<NewUser> {
  const email = `e2e.${unique().toLowerCase()}@workplan.test`;
  const admin = await pageAs("admin");
  await admin.goto("/admin/users/new");
  await admin.getByLabel("Full name", { exact: true }).fill(name);
  await admin.getByLabel("Email (used to sign in)").fill(email);
  await admin.getByLabel("Delegation", { exact: true }).selectOption(delegation);
  await admin.getByLabel("Language of the interface").selectOption(locale);
  if (role) await admin.getByLabel(FIRST_GROUP, { exact: true }).selectOption(role);
  await admin.getByRole("button", { name: "Create user" }).click();
  const oneTime = (await admin.getByTestId("one-time-password").textContent())?.trim() ?? "";
  expect(oneTime).not.toBe("");
  await admin.context().close();

  const page = await newPage(browser);
  await signIn(page, email, oneTime);
  await expect(page).toHaveURL(/\/profile\/password$/);
  const password = `E2E-passord-${unique()}`;
  const [current, next, repeat, submit] = PASSWORD_FORM[locale];
  await page.getByLabel(current, { exact: true }).fill(oneTime);
  await page.getByLabel(next, { exact: true }).fill(password);
  await page.getByLabel(repeat, { exact: true }).fill(password);
  await page.getByRole("button", { name: submit }).click();
  await expect(page).not.toHaveURL(/\/profile\/password/);
  return { email, password, name, page };
}

export interface ProjectOptions {
  /** Contact persons by name: Anders Mikkelsen is delegate.no, Ольга Петрова delegate.ru. */
  contactNo?: string;
  contactRu?: string;
  /** A first status update, so the project starts e.g. in progress with a health. */
  update?: { status: string; health?: string; progress?: number };
}

/**
 * A project of one test in the regional cooperation group, created by coordinator.no through
 * the project form (and its first status update through the JSON API). Returns its code.
 */
export async function createProject(
  pageAs: PageAs,
  { contactNo, contactRu, update }: ProjectOptions,
): Promise<string> {
  const code = `E2E-${unique()}`;
  const page = await pageAs("coordinator.no");
  await page.goto(`${GROUP}/projects/new`);
  await page.getByLabel("Kode", { exact: true }).fill(code);
  await page.getByLabel("Samarbeidsområde", { exact: true }).selectOption({ index: 1 });
  await page.getByLabel("Tittel (norsk)", { exact: true }).fill(`Testprosjekt ${code}`);
  await page.getByLabel("Tittel (russisk)", { exact: true }).fill(`Тестовый проект ${code}`);
  if (contactNo) {
    await page.getByLabel("Kontaktperson, norsk side").selectOption({ label: contactNo });
  }
  if (contactRu) {
    await page.getByLabel("Kontaktperson, russisk side").selectOption({ label: contactRu });
  }
  await page.getByRole("button", { name: "Opprett prosjekt" }).click();
  await expect(page).toHaveURL(new RegExp(`/projects/${code}$`));
  if (update) {
    const response = await page.request.post(`/api${GROUP}/projects/${code}/status-updates`, {
      data: { version: 1, ...update },
    });
    expect(response.status(), await response.text()).toBe(201);
  }
  await page.context().close();
  return code;
}

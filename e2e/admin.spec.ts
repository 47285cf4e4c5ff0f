import { expectAccessible, signIn } from "./support";
import { expect, test } from "./test";

const FIRST_GROUP = "Working group for regional and cross-border cooperation";

test("an administrator creates a user who signs in with the one-time password, must replace it, and then sees the working group", async ({
  pageAs,
  browser,
}) => {
  const email = `e2e.newcomer.${Date.now().toString(36)}@workplan.test`;
  const name = "Kari Nordmann";
  const page = await pageAs("admin");

  await page.goto("/admin/users");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Users");
  await expectAccessible(page);

  await page.getByRole("link", { name: "New user" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("New user");
  await expectAccessible(page);

  // A refusal keeps what was typed and says what is missing, next to the field.
  await page.getByLabel("Full name", { exact: true }).fill(name);
  await page.getByRole("button", { name: "Create user" }).click();
  await expect(page.getByText("Enter a valid email address.")).toBeVisible();
  await expect(page.getByLabel("Full name", { exact: true })).toHaveValue(name);
  await expectAccessible(page);

  await page.getByLabel("Email (used to sign in)").fill(email);
  await page.getByLabel("Delegation", { exact: true }).selectOption("NO");
  await page.getByLabel("Language of the interface").selectOption("nb");
  await page.getByLabel("Position and organisation").fill("Rådgiver, Finnmark fylkeskommune");
  await page.getByLabel(FIRST_GROUP, { exact: true }).selectOption("delegate");
  await page.getByRole("button", { name: "Create user" }).click();

  await expect(page.getByRole("heading", { name: `${name} has been created` })).toBeVisible();
  const password = (await page.getByTestId("one-time-password").textContent())?.trim() ?? "";
  expect(password).toMatch(/^[A-Z2-9]{4}(-[A-Z2-9]{4}){3}$/);
  await expectAccessible(page);

  // The list finds the new user by part of the email, whatever the case.
  await page.goto(`/admin/users?q=${encodeURIComponent(email.slice(0, 20).toUpperCase())}`);
  const row = page.getByRole("row").filter({ hasText: email });
  await expect(row).toContainText("Delegate");
  await expect(row).toContainText("One-time password not yet replaced");
  await row.getByRole("link", { name }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
  await expectAccessible(page);

  await page.goto("/admin/groups");
  await expectAccessible(page);
  await page.getByRole("link", { name: FIRST_GROUP, exact: true }).click();
  await expect(page.getByRole("heading", { name: "Cooperation areas", exact: true })).toBeVisible();
  await expectAccessible(page);

  // The newcomer, in a browser of their own.
  const context = await browser.newContext({ locale: "nb-NO" });
  const newcomer = await context.newPage();
  await signIn(newcomer, email, password);
  await expect(newcomer).toHaveURL(/\/profile\/password$/);
  await expect(newcomer.getByRole("heading", { level: 1 })).toHaveText("Velg ditt eget passord");
  await expectAccessible(newcomer);

  // Every page leads back here until the password is changed.
  await newcomer.goto("/g/regional-cooperation/projects");
  await expect(newcomer).toHaveURL(/\/profile\/password$/);

  const fill = async (current: string, next: string, repeat: string) => {
    await newcomer.getByLabel("Engangspassord", { exact: true }).fill(current);
    await newcomer.getByLabel("Nytt passord", { exact: true }).fill(next);
    await newcomer.getByLabel("Gjenta det nye passordet", { exact: true }).fill(repeat);
    await newcomer.getByRole("button", { name: "Endre passord" }).click();
  };
  const mine = "Varangerfjorden i mars";
  await fill(password, mine, "Varangerfjorden i april");
  await expect(newcomer.getByText("De to nye passordene er ikke like.")).toBeVisible();
  // Passwords are never sent back to the page.
  await expect(newcomer.getByLabel("Nytt passord", { exact: true })).toHaveValue("");
  await expectAccessible(newcomer);

  await fill(password, mine, mine);
  await expect(newcomer).toHaveURL(/\/g\/regional-cooperation\/my$/);
  await expect(newcomer.getByRole("heading", { level: 1 })).toHaveText("Mine prosjekter");
  await newcomer.getByRole("link", { name: "Prosjekter", exact: true }).click();
  await expect(newcomer).toHaveURL(/\/g\/regional-cooperation\/projects/);

  // The one-time password no longer works; the chosen one does.
  const again = await browser.newContext({ locale: "nb-NO" });
  const second = await again.newPage();
  await signIn(second, email, password, undefined, { expectFailure: true });
  await expect(second.locator("form").getByRole("alert")).toBeVisible();
  await signIn(second, email, mine);
  await expect(second).toHaveURL(/\/g\/regional-cooperation\/my$/);
  await again.close();
  await context.close();
});

test("a coordinator cannot open the administration", async ({ pageAs }) => {
  const page = await pageAs("coordinator.no");
  const response = await page.goto("/admin/users");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ingen tilgang");
  await expectAccessible(page);
});

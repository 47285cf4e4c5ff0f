import { GROUP } from "./factories";
import { expectAccessible } from "./support";
import { expect, test } from "./test";

// Personal access tokens and the API (issue 16): made on the profile's token page, shown once,
// used by another system with the Authorization header, listed with their last use, revoked.

test("a delegate creates a token, another system reads with it, and it stops once revoked", async ({
  pageAs,
  playwright,
  baseURL,
}) => {
  const name = `Regneark ${Date.now()}`;
  const page = await pageAs("delegate.no", { locale: "nb-NO" });
  await page.goto("/profile");
  await page.getByRole("link", { name: "Administrer tilgangsnøkler" }).click();
  await page.waitForURL("**/profile/tokens");
  await expect(
    page.getByRole("heading", { level: 1, name: "Tilgangsnøkler for API" }),
  ).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel("Navn", { exact: true }).fill(name);
  await page.getByLabel("Lese og skrive (statusoppdateringer, bekreftelser, kommentarer)").check();
  await page.getByLabel("Utløper etter").selectOption("30");
  await page.getByRole("button", { name: "Opprett tilgangsnøkkel" }).click();
  const secret = (await page.getByTestId("token-secret").textContent()) ?? "";
  expect(secret).toMatch(/^wpat_[A-Za-z0-9_-]{43}$/);
  await expect(page.getByText("den vises bare denne ene gangen", { exact: false })).toBeVisible();
  await expectAccessible(page);

  // Another system, with no session: the token alone.
  const system = await playwright.request.newContext({
    baseURL,
    extraHTTPHeaders: { authorization: `Bearer ${secret}`, "accept-language": "ru" },
  });
  const groups = await system.get("/api/v1/groups");
  expect(groups.status()).toBe(200);
  expect(groups.headers()["ratelimit-limit"]).toMatch(/^\d+$/);
  expect(((await groups.json()) as { items: { slug: string }[] }).items[0]?.slug).toBe(
    GROUP.replace("/g/", ""),
  );
  const inUrl = await system.get(`/api/v1/groups?access_token=${secret}`);
  expect(inUrl.status()).toBe(401);
  expect(inUrl.headers()["content-type"]).toContain("application/problem+json");
  expect(((await inUrl.json()) as { detail: string }).detail).toMatch(/[а-я]/);

  // The list shows when and from where it was last used; the secret is never shown again.
  await page.reload();
  const card = page.getByRole("listitem").filter({ hasText: name });
  await expect(card).toContainText("Aktiv");
  await expect(card).toContainText("Lese og skrive");
  await expect(card).not.toContainText("Aldri brukt");
  await expect(page.getByTestId("token-secret")).toHaveCount(0);

  await card.getByRole("button", { name: `Tilbakekall ${name}` }).click();
  await expect(card).toContainText("Tilbakekalt");
  expect((await system.get("/api/v1/groups")).status()).toBe(401);
  await system.dispose();
});

test("an administrator sees every user's tokens; the reference renders without other hosts", async ({
  pageAs,
}) => {
  const russian = await pageAs("delegate.ru", { viewport: { width: 390, height: 844 } });
  await russian.goto("/profile/tokens");
  await expect(
    russian.getByRole("heading", { level: 1, name: "Токены доступа к API" }),
  ).toBeVisible();
  const name = `Только чтение ${Date.now()}`;
  await russian.getByLabel("Название", { exact: true }).fill(name);
  await russian.getByRole("button", { name: "Создать токен" }).click();
  await expect(russian.getByTestId("token-secret")).toBeVisible();
  // Nothing wider than the phone's screen.
  const overflow = await russian.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(1);
  await expectAccessible(russian);

  const admin = await pageAs("admin");
  await admin.goto("/admin");
  await admin.getByRole("link", { name: "API tokens" }).click();
  await admin.waitForURL("**/admin/tokens");
  await expect(admin.getByRole("listitem").filter({ hasText: name })).toContainText(
    "delegate.ru@workplan.test",
  );
  await expectAccessible(admin);

  // The API reference: Scalar, bundled, renders the OpenAPI document from this site only.
  const hosts = new Set<string>();
  admin.on("request", (request) => hosts.add(new URL(request.url()).host));
  await admin.goto("/profile/tokens");
  await admin.getByRole("link", { name: "API reference" }).click();
  await admin.waitForURL("**/api-reference");
  await expect(admin.getByRole("heading", { level: 1, name: "API reference" })).toBeVisible();
  await expect(admin.getByText("Post a status update").first()).toBeVisible();
  expect([...hosts]).toEqual([new URL(admin.url()).host]);
});

test("a coordinator downloads a work plan as IATI XML", async ({ pageAs }) => {
  const page = await pageAs("coordinator.no");
  await page.goto(`${GROUP}/plans`);
  await page
    .getByRole("link", { name: /Arbeidsplan nr\. \d+/ })
    .first()
    .click();
  await page.waitForURL(/\/plans\/\d+$/);
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Last ned som IATI-XML" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/-iati\.xml$/);
  const path = await download.path();
  const { readFile } = await import("node:fs/promises");
  const xml = await readFile(path, "utf8");
  expect(xml).toContain('<iati-activities version="2.03"');
  expect(xml).toContain("<iati-identifier>XI-IATI-WPDEMO-");
});

import { signIn } from "./support";
import { expect, test } from "./test";

/** The headers every response carries (production build). */
const STATIC = {
  "x-content-type-options": "nosniff",
  "referrer-policy": "same-origin",
  "x-frame-options": "DENY",
  "permissions-policy": "camera=(), microphone=(), geolocation=(), payment=()",
  "cross-origin-opener-policy": "same-origin",
  "strict-transport-security": "max-age=63072000; includeSubDomains",
};

const CSP =
  "default-src 'self'; script-src 'self' 'nonce-NONCE' 'strict-dynamic'; style-src 'self' 'unsafe-inline'; " +
  "img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; " +
  "form-action 'self'; frame-ancestors 'none'";

function pick(headers: Record<string, string>, keys: string[]) {
  return Object.fromEntries(keys.map((k) => [k, headers[k]]));
}

test("pages carry a nonce CSP without unsafe-inline scripts and the static security headers", async ({
  page,
}) => {
  const response = await page.goto("/sign-in");
  const headers = response?.headers() ?? {};
  expect(pick(headers, Object.keys(STATIC))).toEqual(STATIC);
  const csp = headers["content-security-policy"] ?? "";
  const nonce = csp.match(/'nonce-([^']+)'/)?.[1] ?? "";
  expect(nonce.length).toBeGreaterThanOrEqual(16);
  expect(csp.replace(nonce, "NONCE")).toBe(CSP);
  // Every script in the served HTML carries this response's nonce (chunks it loads later are
  // trusted through 'strict-dynamic').
  const html = (await response?.text()) ?? "";
  const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
  expect(scripts.length).toBeGreaterThan(0);
  for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
  // A second request gets a different nonce.
  const again = await page.request.get("/sign-in");
  expect(again.headers()["content-security-policy"]).not.toContain(nonce);
});

test("signed-in pages are never stored; the session cookie is HttpOnly and SameSite=Lax", async ({
  page,
}) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to/.test(message.text())) violations.push(message.text());
  });
  await signIn(page, "coordinator.no@workplan.test");
  const cookie = (await page.context().cookies()).find((c) => c.name.includes("session-token"));
  expect(cookie?.httpOnly).toBe(true);
  expect(cookie?.sameSite).toBe("Lax");
  const response = await page.goto("/g/regional-cooperation/projects");
  expect(response?.headers()["cache-control"]).toContain("no-store");
  // The page still works under the policy: a client component opens and nothing was refused.
  await page.getByRole("button", { name: /Kontomeny|Account menu/ }).click();
  await expect(page.getByRole("menu")).toBeVisible();
  expect(violations).toEqual([]);
});

test("API responses carry the static headers too", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(pick(response.headers(), Object.keys(STATIC))).toEqual(STATIC);
});

test("paths that look like files but are pages or routes carry the CSP too (issue 18.7)", async ({
  page,
}) => {
  // Signed in: such a path is a page (here: not found), rendered under the proxy's policy.
  await signIn(page, "coordinator.no@workplan.test");
  for (const path of ["/profile.png", "/g/regional-cooperation/logo.svg", "/favicon.ico"]) {
    const response = await page.request.get(path, { maxRedirects: 0 });
    expect(response.headers()["content-security-policy"], path).toContain("frame-ancestors 'none'");
  }
});

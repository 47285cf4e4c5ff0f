/**
 * First-load JavaScript in Chromium: every script the page loads, gzip-compressed here (level
 * 6, as servers send them), summed; and the HTML document's size, raw and gzipped.
 */
import { gzipSync } from "node:zlib";
import { chromium } from "@playwright/test";
import { CHROMIUM_ARGS, systemChromium } from "../../e2e/chromium";

export interface PageWeight {
  scripts: number;
  jsGzip: number;
  jsRaw: number;
  htmlRaw: number;
  htmlGzip: number;
}

export async function measurePages(
  base: string,
  session: { name: string; value: string },
  paths: Record<string, string>,
): Promise<Record<string, PageWeight>> {
  const browser = await chromium.launch({ executablePath: systemChromium, args: CHROMIUM_ARGS });
  const out: Record<string, PageWeight> = {};
  try {
    const context = await browser.newContext();
    await context.addCookies([
      { name: session.name, value: session.value, url: base, httpOnly: true, sameSite: "Lax" },
    ]);
    for (const [name, path] of Object.entries(paths)) {
      const page = await context.newPage();
      const scripts = new Map<string, Promise<Buffer | null>>();
      page.on("response", (response) => {
        if (response.request().resourceType() !== "script") return;
        scripts.set(
          response.url(),
          response.body().catch(() => null),
        );
      });
      const response = await page.goto(`${base}${path}`, { waitUntil: "networkidle" });
      if (!response?.ok()) throw new Error(`${path}: HTTP ${response?.status()}`);
      const html = await response.body();
      let jsGzip = 0;
      let jsRaw = 0;
      for (const body of await Promise.all(scripts.values())) {
        if (!body) continue;
        jsRaw += body.length;
        jsGzip += gzipSync(body, { level: 6 }).length;
      }
      out[name] = {
        scripts: scripts.size,
        jsGzip,
        jsRaw,
        htmlRaw: html.length,
        htmlGzip: gzipSync(html, { level: 6 }).length,
      };
      await page.close();
    }
  } finally {
    await browser.close();
  }
  return out;
}

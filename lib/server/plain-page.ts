import { escapeMarkup } from "@/lib/markup";
import type { Locale } from "@/lib/vocabulary";

const html = escapeMarkup;

export interface PlainPage {
  locale: Locale;
  /** Shown small above the title: an HTTP status such as 410. */
  code?: string;
  appName: string;
  title: string;
  paragraphs: string[];
  links?: { label: string; href: string }[];
  /** A form with one button, posting to `action` (no scripts on these pages). */
  form?: { action: string; button: string; fields?: Record<string, string> };
}

/**
 * A small page rendered without React, the layout or a session: the outage page (no database)
 * and the pages of links that act without signing in (unsubscribe, expired or unknown links),
 * which answer with their own status code (404, 410).
 */
export function plainPageHtml(page: PlainPage): string {
  const links = (page.links ?? [])
    .map((l) => `<p><a href="${html(l.href)}">${html(l.label)}</a></p>`)
    .join("");
  const form = page.form
    ? `<form method="post" action="${html(page.form.action)}">${Object.entries(
        page.form.fields ?? {},
      )
        .map(([k, v]) => `<input type="hidden" name="${html(k)}" value="${html(v)}">`)
        .join("")}<button type="submit">${html(page.form.button)}</button></form>`
    : "";
  return `<!doctype html>
<html lang="${page.locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${html(page.title)} · ${html(page.appName)}</title>
<style>
body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",sans-serif;color:#16202c;background:#f6f7f9}
main{max-width:32rem;margin:0 auto;min-height:100dvh;display:flex;flex-direction:column;justify-content:center;gap:1rem;padding:4rem 1rem;box-sizing:border-box}
h1{font-size:1.5rem;margin:0}p{margin:0}.code{font-family:ui-monospace,monospace;font-size:.875rem;color:#4e5b6a}
a,button{display:inline-block;border:1px solid #d7dde4;border-radius:.375rem;padding:.625rem 1rem;color:inherit;background:#fff;text-decoration:none;font:inherit;font-weight:500;min-height:2.75rem;box-sizing:border-box;cursor:pointer}
button{background:#1f5c99;border-color:#1f5c99;color:#fff}
a:focus-visible,button:focus-visible{outline:2px solid #1f5c99;outline-offset:2px}
</style>
</head>
<body>
<main>
${page.code ? `<p class="code">${html(page.code)}</p>` : ""}
<h1>${html(page.title)}</h1>
${page.paragraphs.map((p) => `<p>${html(p)}</p>`).join("")}
${form}${links}
</main>
</body>
</html>
`;
}

/** A plain page as a response: no caching, no scripts at all. */
export function plainPageResponse(page: PlainPage, status = 200): Response {
  return new Response(plainPageHtml(page), {
    status,
    headers: {
      "content-type": "text/html; charset=utf-8",
      "cache-control": "no-store",
      "content-security-policy":
        "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
    },
  });
}

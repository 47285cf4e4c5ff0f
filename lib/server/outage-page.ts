import { DEFAULT_LOCALE, isLocale, type Locale, negotiateLocale } from "@/lib/i18n/locales";
import en from "@/messages/en.json";
import nb from "@/messages/nb.json";
import ru from "@/messages/ru.json";

const CATALOGUES = { en, nb, ru } satisfies Record<Locale, unknown>;

const html = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] ?? c,
  );

/** Without the database the user's own preference is unknown: the cookie, else the browser's. */
export function outageLocale(cookie: string | undefined, acceptLanguage: string | null): Locale {
  if (isLocale(cookie)) return cookie;
  return negotiateLocale(acceptLanguage) ?? DEFAULT_LOCALE;
}

/**
 * The translated "temporarily unavailable" page, rendered by the proxy itself: no React tree,
 * no layout and no query can fail while the database is down. `again` is the address asked for.
 */
export function outagePageHtml(locale: Locale, again: string): string {
  const { app, errors } = CATALOGUES[locale];
  return `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${html(errors.unavailableTitle)} · ${html(app.name)}</title>
<style>
body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",sans-serif;color:#1f2937;background:#f8fafc}
main{max-width:32rem;margin:0 auto;min-height:100dvh;display:flex;flex-direction:column;justify-content:center;gap:1rem;padding:4rem 1rem;box-sizing:border-box}
h1{font-size:1.5rem;margin:0}p{margin:0}.code{font-family:ui-monospace,monospace;font-size:.875rem;color:#6b7280}
a{display:inline-block;border:1px solid #d1d5db;border-radius:.375rem;padding:.5rem 1rem;color:inherit;background:#fff;text-decoration:none;font-weight:500}
</style>
</head>
<body>
<main>
<p class="code">503</p>
<h1>${html(errors.unavailableTitle)}</h1>
<p>${html(errors.unavailableBody)}</p>
<p><a href="${html(again)}">${html(errors.retry)}</a></p>
</main>
</body>
</html>
`;
}

type Catalogue = { errors: Record<string, string> };

// Loaded only when the global error page is shown: every page would otherwise carry all three
// catalogues (75–120 kB each) for a page that should never appear.
const CATALOGUES: Record<string, () => Promise<{ default: Catalogue }>> = {
  en: () => import("@/messages/en.json"),
  nb: () => import("@/messages/nb.json"),
  ru: () => import("@/messages/ru.json"),
};
const loaded = new Map<string, Promise<Catalogue>>();

/** The "errors" messages of one language, loaded once (a stable promise for React's use()). */
export function errorMessages(locale: string): Promise<Catalogue> {
  let pending = loaded.get(locale);
  if (!pending) {
    const load = CATALOGUES[locale] ?? CATALOGUES.en;
    if (!load) throw new Error("no message catalogue");
    pending = load().then((module) => ({ errors: module.default.errors }));
    loaded.set(locale, pending);
  }
  return pending;
}

/** The language of the page that failed; English when the root layout itself could not render. */
export function documentLocale(): string {
  if (typeof document === "undefined") return "en";
  const lang = document.documentElement.lang;
  return lang in CATALOGUES ? lang : "en";
}

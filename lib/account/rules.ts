export const MIN_PASSWORD_LENGTH = 12;

/** Rules that need to know whose password it is; null when the new password is acceptable. */
export function newPasswordProblem(newPassword: string, email: string): "equalsEmail" | null {
  return newPassword.trim().toLowerCase() === email.trim().toLowerCase() ? "equalsEmail" : null;
}

/**
 * What a change of one's own account refreshes: the name and language show on every page
 * (menus, dates, the whole interface).
 */
export const EVERY_PAGE = [{ path: "/", type: "layout" }] as const;

const BROWSERS: [RegExp, string][] = [
  [/Edg(e|A|iOS)?\//, "Edge"],
  [/OPR\/|Opera/, "Opera"],
  [/YaBrowser\//, "Yandex Browser"],
  [/Firefox\/|FxiOS\//, "Firefox"],
  [/Chrome\/|CriOS\//, "Chrome"],
  [/Safari\//, "Safari"],
];
const SYSTEMS: [RegExp, string][] = [
  [/iPhone|iPad|iPod/, "iOS"],
  [/Android/, "Android"],
  [/Windows/, "Windows"],
  [/Mac OS X|Macintosh/, "macOS"],
  [/CrOS/, "ChromeOS"],
  [/Linux/, "Linux"],
];

/** "Firefox on Windows" from a User-Agent: names, not translated; null when nothing is known. */
export function describeDevice(userAgent: string | null): string | null {
  if (!userAgent) return null;
  const browser = BROWSERS.find(([pattern]) => pattern.test(userAgent))?.[1];
  const system = SYSTEMS.find(([pattern]) => pattern.test(userAgent))?.[1];
  if (browser && system) return `${browser} · ${system}`;
  return browser ?? system ?? null;
}

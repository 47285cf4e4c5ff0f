import "server-only";
import type { Database } from "@/db/client";
import { isLocale, LOCALE_COOKIE, type Locale, negotiateLocale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/notifications/mail";
import { plainPageResponse } from "@/lib/server/plain-page";
import { passwordLinkHolder } from "./queries";
import { LINK_COOKIE, LINK_COOKIE_SECONDS, NEW_PASSWORD_PATH, RESET_PATH } from "./rules";

const cookieOf = (request: Request, name: string) =>
  request.headers
    .get("cookie")
    ?.split(";")
    .map((part) => part.trim().split("="))
    .find(([key]) => key === name)?.[1];

/** The language of a page before anyone is known: the cookie's, else the browser's. */
function requestLocale(request: Request): Locale {
  const cookie = cookieOf(request, LOCALE_COOKIE);
  if (isLocale(cookie)) return cookie;
  return negotiateLocale(request.headers.get("accept-language")) ?? "en";
}

const cookie = (name: string, value: string, path: string, maxAge: number) =>
  [
    `${name}=${value}`,
    `Path=${path}`,
    `Max-Age=${maxAge}`,
    "HttpOnly",
    "SameSite=Lax",
    ...(process.env.NODE_ENV === "production" ? ["Secure"] : []),
  ].join("; ");

/**
 * GET /reset-password/<token>, the link in a reset or invitation mail, without signing in.
 * A valid link is kept in a short-lived HttpOnly cookie scoped to /reset-password and the
 * browser sent on (303) to the new-password form, so the token leaves the address bar (and
 * the history, and any Referer). Reading the link changes nothing: it is used up only when
 * the password is set. Unknown or tampered: 404; used or expired: 410 — as translated pages.
 */
export async function passwordLinkRoute(
  db: Database,
  request: Request,
  token: string,
  now = new Date(),
): Promise<Response> {
  const holder = await passwordLinkHolder(db, token, now);
  if (holder.status === "valid") {
    const headers = new Headers({
      location: NEW_PASSWORD_PATH,
      "cache-control": "no-store",
      "referrer-policy": "no-referrer",
    });
    headers.append("set-cookie", cookie(LINK_COOKIE, token, RESET_PATH, LINK_COOKIE_SECONDS));
    // The form speaks the account's language, unless this browser chose one already.
    if (!isLocale(cookieOf(request, LOCALE_COOKIE)))
      headers.append("set-cookie", cookie(LOCALE_COOKIE, holder.locale, "/", 60 * 60 * 24 * 365));
    return new Response(null, { status: 303, headers });
  }
  const locale = requestLocale(request);
  const t = translatorFor(locale);
  const again = [{ label: t("passwordLink.askAgain"), href: RESET_PATH }];
  if (holder.status === "gone")
    return plainPageResponse(
      {
        locale,
        appName: t("app.name"),
        code: "410",
        title: t("links.goneTitle"),
        paragraphs: [t("links.goneBody"), t("passwordLink.goneHint")],
        links: again,
      },
      410,
    );
  return plainPageResponse(
    {
      locale,
      appName: t("app.name"),
      code: "404",
      title: t("links.unknownTitle"),
      paragraphs: [t("links.unknownBody")],
      links: again,
    },
    404,
  );
}

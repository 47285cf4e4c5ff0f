import "server-only";
import { and, eq, gt } from "drizzle-orm";
import type { Database } from "@/db/client";
import { notificationPreferences, users } from "@/db/schema";
import { writeAudit } from "@/lib/audit/writes";
import type { Viewer } from "@/lib/auth/types";
import { pendingAccountStep } from "@/lib/auth/viewer";
import { localPath } from "@/lib/server/outage";
import { plainPageResponse } from "@/lib/server/plain-page";
import { isUuid } from "@/lib/validation";
import {
  type EmailDelivery,
  NOTIFICATION_CATEGORIES,
  type NotificationCategory,
} from "@/lib/vocabulary";
import { markNotificationRead } from "./actions";
import { targetOf } from "./describe";
import { translatorFor } from "./mail";
import { emailChoices, readOwnNotification } from "./queries";
import { DEFAULT_DELIVERY } from "./rules";
import { readUnsubscribeToken, type UnsubscribeTarget } from "./unsubscribe";

/** The categories a link turns off: its own, or every one a digest carries. */
function categoriesOf(
  target: UnsubscribeTarget,
  choices: Partial<Record<NotificationCategory, EmailDelivery>>,
): NotificationCategory[] {
  if (!target.startsWith("digest:")) return [target as NotificationCategory];
  const period = target.slice("digest:".length);
  return NOTIFICATION_CATEGORIES.filter((c) => (choices[c] ?? DEFAULT_DELIVERY[c]) === period);
}

/**
 * `/unsubscribe/<token>`, without signing in. GET asks (mail scanners follow links; nothing
 * changes on a GET); POST — the page's button, or a mail client's RFC 8058 one-click — turns the
 * mail off and says what changed. An unknown or tampered link is 404; an expired one, or one
 * whose choice was changed since the mail was written (used already), is 410.
 */
export async function unsubscribeRoute(
  db: Database,
  method: "GET" | "POST",
  token: string,
  now = new Date(),
): Promise<Response> {
  const check = readUnsubscribeToken(token, now);
  const locale = check.status === "valid" ? await localeOf(db, check.claims.userId) : null;
  const t = translatorFor(locale ?? "en");
  const page = { appName: t("app.name"), locale: locale ?? "en" };
  const gone = () =>
    plainPageResponse(
      {
        ...page,
        code: "410",
        title: t("links.goneTitle"),
        paragraphs: [t("links.goneBody")],
        links: [{ label: t("links.settings"), href: "/profile/notifications" }],
      },
      410,
    );
  if (check.status === "expired") return gone();
  if (check.status !== "valid" || !locale)
    return plainPageResponse(
      {
        ...page,
        code: "404",
        title: t("links.unknownTitle"),
        paragraphs: [t("links.unknownBody")],
      },
      404,
    );
  const { userId, target, issuedAt } = check.claims;
  const what = target.startsWith("digest:")
    ? t(`unsubscribe.digest.${target.slice("digest:".length)}`)
    : t(`notifications.categories.${target}`);
  if (method === "GET")
    return plainPageResponse({
      ...page,
      title: t("unsubscribe.title"),
      paragraphs: [t("unsubscribe.question", { what })],
      form: { action: `/unsubscribe/${token}`, button: t("unsubscribe.confirm") },
      links: [{ label: t("links.settings"), href: "/profile/notifications" }],
    });
  const changed = await db.transaction(async (tx) => {
    // A choice made after the mail was written wins: the link is spent.
    const newer = await tx
      .select({ category: notificationPreferences.category })
      .from(notificationPreferences)
      .where(
        and(
          eq(notificationPreferences.userId, userId),
          gt(notificationPreferences.updatedAt, new Date(issuedAt * 1000)),
        ),
      );
    if (newer.some((n) => target.startsWith("digest:") || n.category === target)) return null;
    const before = await emailChoices(tx, userId);
    const categories = categoriesOf(target, before);
    for (const category of categories)
      await tx
        .insert(notificationPreferences)
        .values({ userId, category, delivery: "off", updatedAt: now })
        .onConflictDoUpdate({
          target: [notificationPreferences.userId, notificationPreferences.category],
          set: { delivery: "off", updatedAt: now },
        });
    await writeAudit(tx, {
      actorId: userId,
      groupId: null,
      action: "user.unsubscribe",
      entityType: "user",
      entityId: userId,
      before,
      after: Object.fromEntries(categories.map((c) => [c, "off"])),
    });
    return categories;
  });
  if (!changed) return gone();
  return plainPageResponse({
    ...page,
    title: t("unsubscribe.doneTitle"),
    paragraphs: [
      changed.length
        ? t("unsubscribe.done", {
            what: changed.map((c) => t(`notifications.categories.${c}`)).join("; "),
          })
        : t("unsubscribe.nothing"),
    ],
    links: [{ label: t("links.settings"), href: "/profile/notifications" }],
  });
}

async function localeOf(db: Database, userId: string) {
  const [row] = await db
    .select({ locale: users.locale })
    .from(users)
    .where(and(eq(users.id, userId), eq(users.active, true)));
  return row?.locale ?? null;
}

const seeOther = (location: string) =>
  new Response(null, { status: 303, headers: { location, "cache-control": "no-store" } });

/**
 * `/inbox/<id>`: an inbox entry's link. The reader's own notification is marked read and the
 * browser sent on (303) to what it is about, always a path on this site; someone else's, or an
 * unknown id, is a translated 404 that changes nothing. Signed out: the sign-in page, back here.
 */
export async function openNotificationRoute(
  db: Database,
  viewer: Viewer | null,
  id: string,
): Promise<Response> {
  if (!viewer) return seeOther(`/sign-in?callbackUrl=${encodeURIComponent(`/inbox/${id}`)}`);
  const pending = pendingAccountStep(viewer);
  if (pending) return seeOther(pending);
  const row = isUuid(id) ? await readOwnNotification(db, viewer.user.id, id) : null;
  const marked = row ? await markNotificationRead.execute(db, viewer.user, { id }) : null;
  if (!row || marked?.status !== "success") {
    const { locale } = viewer.user;
    const t = translatorFor(locale);
    return plainPageResponse(
      {
        locale,
        appName: t("app.name"),
        code: "404",
        title: t("inbox.missingTitle"),
        paragraphs: [t("inbox.missingBody")],
        links: [{ label: t("inbox.back"), href: "/inbox" }],
      },
      404,
    );
  }
  return seeOther(localPath(targetOf(row)));
}

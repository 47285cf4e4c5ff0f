import "server-only";
import { eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { users } from "@/db/schema";
import { inspectLinkToken, type LinkState } from "@/lib/auth/link-tokens";
import type { Locale } from "@/lib/vocabulary";
import type { PasswordLinkPurpose } from "./rules";

/** What a link is: a reset link, else an invitation (the two never share a token). */
export async function inspectPasswordLink(
  db: Executor,
  token: string,
  now = new Date(),
): Promise<LinkState & { purpose: PasswordLinkPurpose }> {
  const reset = await inspectLinkToken(db, token, "reset", now);
  if (reset.status !== "unknown") return { ...reset, purpose: "reset" };
  return { ...(await inspectLinkToken(db, token, "invite", now)), purpose: "invite" };
}

export type PasswordLinkHolder =
  | { status: "valid"; purpose: PasswordLinkPurpose; name: string; email: string; locale: Locale }
  | { status: "unknown" | "gone" };

/** Whose an opened link is, for the new-password form (reading it changes nothing). */
export async function passwordLinkHolder(
  db: Executor,
  token: string,
  now = new Date(),
): Promise<PasswordLinkHolder> {
  const link = await inspectPasswordLink(db, token, now);
  if (link.status !== "valid") return { status: link.status };
  const [user] = await db
    .select({ name: users.name, email: users.email, locale: users.locale, active: users.active })
    .from(users)
    .where(eq(users.id, link.userId));
  if (!user?.active) return { status: "gone" };
  return {
    status: "valid",
    purpose: link.purpose,
    name: user.name,
    email: user.email,
    locale: user.locale,
  };
}

import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { accessTokens } from "@/db/schema";
import { type ActionContext, defineAction } from "@/lib/actions/guard";
import { adminOnly, ownAccount } from "@/lib/actions/resources";
import { AppError } from "@/lib/errors";
import { createTokenSchema, tokenRefSchema } from "./input";
import type { TokenScope } from "./rules";
import { hashTokenSecret, newTokenSecret, shownPart } from "./secrets";
import type { CreatedToken } from "./types";

const DAY_MS = 24 * 60 * 60_000;

/** A personal access token for the signed-in user: its secret is answered this once. */
export const createToken = defineAction({
  name: "api.createToken",
  ...ownAccount(createTokenSchema),
  async run({ tx, actor, input, audit }): Promise<CreatedToken> {
    const secret = newTokenSecret();
    const expiresAt = new Date(Date.now() + input.expiresInDays * DAY_MS);
    const [token] = await tx
      .insert(accessTokens)
      .values({
        userId: actor.id,
        name: input.name,
        scope: input.scope,
        tokenHash: hashTokenSecret(secret),
        prefix: shownPart(secret),
        expiresAt,
      })
      .returning({ id: accessTokens.id });
    if (!token) throw new Error("token not created");
    await audit({
      action: "token.create",
      entityType: "access_token",
      entityId: token.id,
      after: {
        userId: actor.id,
        name: input.name,
        scope: input.scope,
        expiresAt: expiresAt.toISOString(),
      },
    });
    return {
      id: token.id,
      name: input.name,
      scope: input.scope as TokenScope,
      expiresAt: expiresAt.toISOString(),
      secret,
    };
  },
});

/** Revokes the token now; the next request with it is refused (401). */
async function revoke(context: ActionContext<{ tokenId: string }, null>, owner: string | null) {
  const { tx, actor, input, audit } = context;
  const [token] = await tx
    .update(accessTokens)
    .set({ revokedAt: new Date(), revokedById: actor.id })
    .where(
      and(
        eq(accessTokens.id, input.tokenId),
        isNull(accessTokens.revokedAt),
        owner === null ? undefined : eq(accessTokens.userId, owner),
      ),
    )
    .returning({ id: accessTokens.id, userId: accessTokens.userId, name: accessTokens.name });
  if (!token) throw new AppError("not_found");
  await audit({
    action: "token.revoke",
    entityType: "access_token",
    entityId: token.id,
    before: { userId: token.userId, name: token.name, revokedAt: null },
    after: { revokedAt: new Date().toISOString() },
  });
  return { tokenId: token.id };
}

/** Its owner revokes one of their tokens (another user's: not found). */
export const revokeOwnToken = defineAction({
  name: "api.revokeToken",
  ...ownAccount(tokenRefSchema),
  run: (context) => revoke(context, context.actor.id),
});

/** An administrator revokes anyone's token. */
export const revokeAnyToken = defineAction({
  name: "admin.revokeToken",
  ...adminOnly(tokenRefSchema),
  run: (context) => revoke(context, null),
});

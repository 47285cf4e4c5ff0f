import { createHash, randomBytes } from "node:crypto";
import * as s from "@/db/schema";
import { type ActionCase, ADMINS, type CaseContext, SELF } from "./matrix";

/** A token of the given user, made in the case's transaction; its id. */
async function tokenOf({ tx }: CaseContext, userId: string): Promise<string> {
  const secret = `wpat_${randomBytes(32).toString("base64url")}`;
  const [token] = await tx
    .insert(s.accessTokens)
    .values({
      userId,
      name: "coverage",
      scope: "write",
      tokenHash: createHash("sha256").update(secret).digest("hex"),
      prefix: secret.slice(0, 11),
      expiresAt: new Date(Date.now() + 86_400_000),
    })
    .returning({ id: s.accessTokens.id });
  if (!token) throw new Error("no token");
  return token.id;
}

/** Personal access tokens (issue 16) and the IATI identifier. */
export const API_ACTIONS: Record<string, ActionCase> = {
  "api.createToken": {
    permission: "self",
    expected: SELF,
    input: () => ({ name: "Coverage spreadsheet", scope: "read", expiresInDays: "30" }),
  },
  // One's own token only: another user's is not found (tests/integration/api.test.ts).
  "api.revokeToken": {
    permission: "self",
    expected: SELF,
    input: async (c) => ({ tokenId: await tokenOf(c, c.actor?.id ?? c.w.target.id) }),
  },
  "admin.revokeToken": {
    permission: "admin.manage",
    expected: ADMINS,
    input: async (c) => ({ tokenId: await tokenOf(c, c.w.target.id) }),
  },
  "admin.setIatiOrganisation": {
    permission: "admin.manage",
    expected: ADMINS,
    input: () => ({ organisation: "NO-BRC-971277882" }),
  },
};

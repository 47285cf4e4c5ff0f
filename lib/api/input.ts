import { z } from "zod";
import { storableString } from "@/lib/validation";
import { TOKEN_EXPIRY_DEFAULT, TOKEN_EXPIRY_MAX, TOKEN_NAME_MAX, TOKEN_SCOPES } from "./rules";

/** A new personal access token, as the token page's form sends it. */
export const createTokenSchema = z.object({
  name: storableString().trim().min(1).max(TOKEN_NAME_MAX),
  scope: z.enum(TOKEN_SCOPES),
  expiresInDays: z.preprocess(
    (value) => (value === "" || value === undefined ? TOKEN_EXPIRY_DEFAULT : value),
    z.coerce.number().int().min(1).max(TOKEN_EXPIRY_MAX),
  ),
});

export type CreateTokenInput = z.input<typeof createTokenSchema>;

/** Revoking names the token. */
export const tokenRefSchema = z.object({ tokenId: z.uuid() });

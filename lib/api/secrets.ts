import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { TOKEN_PREFIX, TOKEN_SHOWN_LENGTH } from "./rules";

/*
 * The secrets of personal access tokens: made here, shown once, kept only as a hash. A token is
 * 256 random bits, so a fast hash (SHA-256) is enough: nobody can guess one to compare against.
 */

/** A new secret: "wpat_" and 43 characters of base64url. */
export function newTokenSecret(): string {
  return `${TOKEN_PREFIX}${randomBytes(32).toString("base64url")}`;
}

/** What is stored and looked up: the SHA-256 of the secret, in hex. */
export function hashTokenSecret(secret: string): string {
  return createHash("sha256").update(secret, "utf8").digest("hex");
}

/** The part of a secret its lists show, so its owner can tell tokens apart. */
export function shownPart(secret: string): string {
  return secret.slice(0, TOKEN_SHOWN_LENGTH);
}

/** Could this be a token at all (the right prefix and length)? Anything else is not looked up. */
export function looksLikeToken(value: string): boolean {
  return /^wpat_[A-Za-z0-9_-]{43}$/.test(value);
}

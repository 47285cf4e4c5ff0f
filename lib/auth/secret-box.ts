import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import { env } from "@/lib/env";

const VERSION = "v1";
const TAG_BYTES = 16;

/** The installation's key for secrets stored in the database (WORKPLAN_ENCRYPTION_KEY). */
export function encryptionKey(): Buffer {
  const value = env().WORKPLAN_ENCRYPTION_KEY;
  if (!value) throw new Error("WORKPLAN_ENCRYPTION_KEY is not set (see README, Configuration)");
  return Buffer.from(value, "base64");
}

/**
 * AES-256-GCM with a fresh 96-bit nonce. `context` (e.g. "totp:<user id>") is authenticated
 * with the ciphertext, so a sealed value copied to another row does not open there.
 */
export function seal(plaintext: string, context: string, key: Buffer = encryptionKey()): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(Buffer.from(context, "utf8"));
  const body = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return [VERSION, iv, body, cipher.getAuthTag()]
    .map((part) => (typeof part === "string" ? part : part.toString("base64url")))
    .join(".");
}

/** Opens what seal() produced; throws when the key, the context or the value is wrong. */
export function unseal(sealed: string, context: string, key: Buffer = encryptionKey()): string {
  const [version, iv, body, tag] = sealed.split(".");
  if (version !== VERSION || !iv || !body || !tag) throw new Error("unknown sealed format");
  const decipher = createDecipheriv("aes-256-gcm", key, Buffer.from(iv, "base64url"), {
    // A fixed tag length: a truncated tag is refused rather than checked on fewer bits.
    authTagLength: TAG_BYTES,
  });
  decipher.setAAD(Buffer.from(context, "utf8"));
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  return Buffer.concat([
    decipher.update(Buffer.from(body, "base64url")),
    decipher.final(),
  ]).toString("utf8");
}

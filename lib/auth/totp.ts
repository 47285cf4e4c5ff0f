import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import { Secret, TOTP } from "otpauth";

/** RFC 6238 as every authenticator app implements it: SHA-1, 6 digits, 30-second steps. */
export const TOTP_PERIOD_SECONDS = 30;
const TOTP_DIGITS = 6;
/** A code from the step before or after is accepted too (clock drift, typing time). */
const TOTP_WINDOW = 1;
const ISSUER = "Workplan";

/** A new random secret (160 bits, as RFC 4226 recommends), in base32. */
export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

function totp(secret: string, label = "") {
  return new TOTP({
    issuer: ISSUER,
    label,
    algorithm: "SHA1",
    digits: TOTP_DIGITS,
    period: TOTP_PERIOD_SECONDS,
    secret: Secret.fromBase32(secret),
  });
}

/** The otpauth:// address an authenticator app reads from the QR code. */
export function otpauthUri(secret: string, email: string): string {
  return totp(secret, email).toString();
}

export function totpStep(now: Date): number {
  return TOTP.counter({ period: TOTP_PERIOD_SECONDS, timestamp: now.getTime() });
}

/** The code for a moment (tests, and nothing else in the app). */
export function totpCode(secret: string, now: Date): string {
  return totp(secret).generate({ timestamp: now.getTime() });
}

export const looksLikeTotp = (code: string) => /^\d{6}$/.test(code);

/** The time step a code belongs to (within ±1 step of now), or null when it matches none. */
export function matchTotp(secret: string, code: string, now: Date): number | null {
  if (!looksLikeTotp(code)) return null;
  const delta = totp(secret).validate({
    token: code,
    timestamp: now.getTime(),
    window: TOTP_WINDOW,
  });
  return delta === null ? null : totpStep(now) + delta;
}

/** Spaces and dashes are for reading; codes compare without them, case-insensitively. */
export function normaliseCode(code: string): string {
  return code.replace(/[\s-]/g, "").toUpperCase();
}

// Crockford's base32 alphabet without I, L, O, U: nothing to confuse when copying by hand.
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
export const RECOVERY_CODE_COUNT = 10;

/** Ten recovery codes of 50 random bits each, shown as XXXXX-XXXXX. */
export function newRecoveryCodes(count = RECOVERY_CODE_COUNT): string[] {
  return Array.from({ length: count }, () => {
    const chars = [...randomBytes(10)].map((b) => ALPHABET[b & 31]).join("");
    return `${chars.slice(0, 5)}-${chars.slice(5)}`;
  });
}

const digest = (salt: Buffer, code: string) =>
  createHash("sha256").update(salt).update(normaliseCode(code), "utf8").digest();

/**
 * SHA-256 with a salt per code: the codes carry 50 random bits, so a slow hash would add
 * nothing but 300 ms to every sign-in that uses one.
 */
export function hashRecoveryCode(code: string): string {
  const salt = randomBytes(16);
  return `s256.${salt.toString("base64url")}.${digest(salt, code).toString("base64url")}`;
}

export function recoveryCodeMatches(stored: string, code: string): boolean {
  const [kind, salt, hash] = stored.split(".");
  if (kind !== "s256" || !salt || !hash) return false;
  const expected = Buffer.from(hash, "base64url");
  const actual = digest(Buffer.from(salt, "base64url"), code);
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}

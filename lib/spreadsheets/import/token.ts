import "server-only";
import { createHash, createHmac, timingSafeEqual } from "node:crypto";
import { gunzipSync, gzipSync } from "node:zlib";

/** How long a preview can be confirmed. */
export const PREVIEW_LIFETIME_MS = 60 * 60 * 1000;

/**
 * The confirm form carries the checked file back (nothing is stored between the two steps:
 * app servers keep no state and there is no table for it) with an HMAC that binds it to the
 * group, the coordinator, the file name, the versions of the projects the preview showed and
 * the time. The server re-reads and re-checks everything on confirm anyway; the signature
 * makes sure what is confirmed is exactly what the coordinator saw, by them, recently.
 */
export interface ImportClaims {
  groupId: string;
  userId: string;
  fileName: string;
  content: string;
  fingerprint: string;
}

function signingKey(): Buffer {
  const secret = process.env.AUTH_SECRET;
  if (!secret || secret.length < 32) throw new Error("AUTH_SECRET is not set");
  // A key of its own, derived from the session secret: a signature made for one purpose is
  // never valid for another.
  return createHmac("sha256", secret).update("workplan/spreadsheet-import/v1").digest();
}

function mac(claims: ImportClaims, issuedAt: number): string {
  const digest = createHash("sha256").update(claims.content).digest("base64url");
  return createHmac("sha256", signingKey())
    .update(
      [claims.groupId, claims.userId, claims.fileName, digest, claims.fingerprint, issuedAt].join(
        "\n",
      ),
    )
    .digest("base64url");
}

export function signImport(claims: ImportClaims, now = Date.now()): string {
  return `${now}.${claims.fingerprint}.${mac(claims, now)}`;
}

/** The fingerprint the preview was made with, or null for a forged, altered or stale token. */
export function verifyImport(
  token: string,
  claims: Omit<ImportClaims, "fingerprint">,
  now = Date.now(),
): string | null {
  const [issued, fingerprint, signature] = token.split(".");
  if (!issued || !/^\d{1,15}$/.test(issued) || fingerprint === undefined || !signature) return null;
  const issuedAt = Number(issued);
  if (issuedAt > now + 60_000 || now - issuedAt > PREVIEW_LIFETIME_MS) return null;
  const expected = Buffer.from(mac({ ...claims, fingerprint }, issuedAt));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given) ? fingerprint : null;
}

/** The file as the confirm form carries it: gzip (CSV shrinks to a fraction), then base64. */
export function packFile(bytes: Uint8Array): string {
  return gzipSync(bytes).toString("base64");
}

/** Only called on content whose signature was verified: it is the server's own packing. */
export function unpackFile(content: string): Uint8Array {
  return new Uint8Array(gunzipSync(Buffer.from(content, "base64")));
}

import { createHmac, timingSafeEqual } from "node:crypto";

/**
 * Signed links a browser can follow without the bearer token (an export to download, a report to
 * print): HMAC-SHA256 under a key derived from the server's signing key for one purpose (never the
 * key the access tokens are signed with), over the link's fields. Each feature names its purpose
 * and its fields (always including the account's token version, so signing out everywhere breaks
 * its links); checking the account and the expiry stays with the feature.
 */
export function linkSignature(secret: Uint8Array, purpose: string, fields: readonly (string | number)[]): Buffer {
  const key = createHmac("sha256", secret).update(purpose).digest();
  return createHmac("sha256", key).update(fields.join("\n")).digest();
}

/** A signature as a link carries it (base64url of the 32 bytes), or null for anything else. */
export function signatureOfLink(text: string): Buffer | null {
  return /^[A-Za-z0-9_-]{43}$/.test(text) ? Buffer.from(text, "base64url") : null;
}

/** Compared in constant time. */
export function signaturesMatch(expected: Buffer, given: Buffer | null): boolean {
  return given !== null && given.length === expected.length && timingSafeEqual(expected, given);
}

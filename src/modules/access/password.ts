import { randomBytes, scrypt as scryptCallback, timingSafeEqual } from "node:crypto";

/**
 * Password hashing with scrypt (a slow, memory-hard KDF), OWASP's parameters: N = 2^cost, r = 8,
 * p = 1. Stored as scrypt$logN$r$p$salt$hash, so a hash keeps the cost it was made with.
 */
const R = 8;
const P = 1;

function scrypt(password: string, salt: Buffer, logN: number, r: number, p: number): Promise<Buffer> {
  // scrypt needs 128·N·r bytes; allow twice that (Node's default cap, 32 MiB, is below 2^15).
  const maxmem = 256 * 2 ** logN * r + 1024 * 1024;
  return new Promise((resolve, reject) =>
    scryptCallback(password.normalize("NFKC"), salt, 32, { N: 2 ** logN, r, p, maxmem }, (error, key) => (error ? reject(error) : resolve(key))),
  );
}

export async function hashPassword(password: string, logN: number): Promise<string> {
  const salt = randomBytes(16);
  const key = await scrypt(password, salt, logN, R, P);
  return `scrypt$${logN}$${R}$${P}$${salt.toString("base64url")}$${key.toString("base64url")}`;
}

interface StoredHash {
  logN: number;
  r: number;
  p: number;
  salt: Buffer;
  hash: Buffer;
}

function parse(stored: string): StoredHash | null {
  const [scheme, logN, r, p, salt, hash, extra] = stored.split("$");
  if (scheme !== "scrypt" || !hash || extra !== undefined) return null;
  const numbers = [logN, r, p].map(Number);
  // A stored hash is trusted input, but a corrupt cost must not make one sign-in allocate gigabytes.
  if (!numbers.every(Number.isSafeInteger) || numbers[0] < 1 || numbers[0] > 20 || numbers[1] < 1 || numbers[1] > 32 || numbers[2] < 1 || numbers[2] > 16)
    return null;
  return { logN: numbers[0], r: numbers[1], p: numbers[2], salt: Buffer.from(salt, "base64url"), hash: Buffer.from(hash, "base64url") };
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parsed = parse(stored);
  if (!parsed) return false;
  const actual = await scrypt(password, parsed.salt, parsed.logN, parsed.r, parsed.p);
  return actual.length === parsed.hash.length && timingSafeEqual(actual, parsed.hash);
}

/** True when the stored hash is weaker than today's parameters (it is then re-hashed on sign-in; never downgraded). */
export function needsRehash(stored: string, logN: number): boolean {
  const parsed = parse(stored);
  return parsed !== null && (parsed.logN < logN || parsed.r !== R || parsed.p !== P);
}

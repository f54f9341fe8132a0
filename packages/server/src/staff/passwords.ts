import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/** ADR 0018: N = 2^15, r = 8, p = 1, a 16-byte salt, a 64-byte key. Raise them here; old hashes still verify. */
export const SCRYPT_PARAMETERS = { N: 2 ** 15, r: 8, p: 1 } as const;
const SALT_BYTES = 16;
const KEY_BYTES = 64;
/** The largest N we accept from a stored hash: a corrupted row must not make a login take minutes. */
const MAX_N = 2 ** 20;

function derive(password: string, salt: Buffer, options: { N: number; r: number; p: number }, length: number) {
  // scrypt needs 128·N·r bytes; Node's default ceiling (32 MiB) is exactly that at N = 2^15, r = 8.
  const scryptOptions: ScryptOptions = { ...options, maxmem: 256 * options.N * options.r + 1024 * 1024 };
  return new Promise<Buffer>((resolve, reject) =>
    scrypt(password.normalize('NFC'), salt, length, scryptOptions, (error, key) =>
      error ? reject(error) : resolve(key),
    ),
  );
}

/** `scrypt$N$r$p$salt$key`, salt and key in base64: the parameters are stored with the hash so they can grow. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const { N, r, p } = SCRYPT_PARAMETERS;
  const key = await derive(password, salt, SCRYPT_PARAMETERS, KEY_BYTES);
  return ['scrypt', N, r, p, salt.toString('base64'), key.toString('base64')].join('$');
}

interface ParsedHash {
  N: number;
  r: number;
  p: number;
  salt: Buffer;
  key: Buffer;
}

function parse(stored: string): ParsedHash | undefined {
  const [scheme, n, r, p, salt, key] = stored.split('$');
  if (scheme !== 'scrypt' || !n || !r || !p || !salt || !key) return undefined;
  const parsed = {
    N: Number(n),
    r: Number(r),
    p: Number(p),
    salt: Buffer.from(salt, 'base64'),
    key: Buffer.from(key, 'base64'),
  };
  const sane =
    Number.isInteger(parsed.N) &&
    parsed.N > 1 &&
    parsed.N <= MAX_N &&
    (parsed.N & (parsed.N - 1)) === 0 &&
    Number.isInteger(parsed.r) &&
    parsed.r >= 1 &&
    parsed.r <= 32 &&
    Number.isInteger(parsed.p) &&
    parsed.p >= 1 &&
    parsed.p <= 16 &&
    parsed.key.length >= 16;
  return sane ? parsed : undefined;
}

/** Compares in constant time; a malformed stored hash never matches. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parsed = parse(stored);
  if (!parsed) return false;
  const key = await derive(password, parsed.salt, parsed, parsed.key.length);
  return timingSafeEqual(key, parsed.key);
}

/** True when the hash was made with weaker parameters than today's: rehashed at the next login. */
export function needsRehash(stored: string): boolean {
  const parsed = parse(stored);
  const { N, r, p } = SCRYPT_PARAMETERS;
  return !parsed || parsed.N < N || parsed.r < r || parsed.p < p || parsed.key.length < KEY_BYTES;
}

let decoy: Promise<string> | undefined;

/**
 * The same scrypt work as a real check, for an unknown address (and a locked or disabled account),
 * so the time of the answer does not tell whether an account exists.
 */
export async function verifyAgainstDecoy(password: string): Promise<void> {
  decoy ??= hashPassword(randomBytes(18).toString('base64'));
  await verifyPassword(password, await decoy);
}

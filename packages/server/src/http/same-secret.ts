import { createHash, timingSafeEqual } from 'node:crypto';

/**
 * Compares two secrets (or their stored hashes) in constant time: SHA-256 first gives equal
 * lengths, so neither the answer time nor an early length mismatch tells anything about them.
 */
export function sameSecret(given: string, expected: string): boolean {
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(given), digest(expected));
}

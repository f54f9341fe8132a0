import { createHash, randomBytes } from 'node:crypto';

/** 32 random bytes, base64url: 43 characters, 256 bits; nobody guesses one. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Confirm tokens are stored only as hashes: a leaked database cannot confirm anyone. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Addresses are compared case-insensitively, so `Anna@X.de` and `anna@x.de` are one subscriber. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

import { isApiError } from '../api/api-error.js';

/**
 * Why a request failed when it was not the person's input, in the terms a widget shows:
 * one list for every widget, so each failure reads the same everywhere.
 */
export type Problem = 'offline' | 'network' | 'timeout' | 'server' | 'rate-limited' | 'origin-not-allowed';

/** Classifies a failed request; anything unexpected (garbage, a thrown bug) is the server's problem. */
export function problemOf(error: unknown): Problem {
  if (typeof navigator !== 'undefined' && navigator.onLine === false) return 'offline';
  if (!isApiError(error)) return 'server';
  if (error.code === 'origin-not-allowed') return 'origin-not-allowed';
  if (error.status === 429) return 'rate-limited';
  if (error.kind === 'network') return 'network';
  if (error.kind === 'timeout') return 'timeout';
  return 'server';
}

/** When the server said to try again (429, 503), as a time; undefined when it did not say. */
export function retryTimeOf(error: unknown, now = Date.now()): Date | undefined {
  return isApiError(error) && error.retryAfterSeconds !== undefined
    ? new Date(now + error.retryAfterSeconds * 1000)
    : undefined;
}

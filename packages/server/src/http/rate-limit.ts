import type { MiddlewareHandler } from 'hono';
import { HttpError } from './api-error.js';
import { clientAddress, rateLimitKey } from './client-address.js';

export interface RateLimitOptions {
  limit: number;
  windowMs: number;
  /** Reverse proxies in front of the server (see clientAddress). */
  trustProxy: number;
  now?: () => number;
  /** The most clients one window tracks; more share one count (default 100,000). */
  maxClients?: number;
}

/** Where clients beyond `maxClients` are counted together: a flood of new addresses shares one limit. */
const OVERFLOW = 'overflow';

/**
 * A fixed-window limit per client (IPv4 address or IPv6 /64), in memory: right for one process.
 * Windows are aligned to the clock, so a new window simply replaces the old map: memory is
 * bounded by the clients of one window (and by `maxClients`), and no request pays for a sweep.
 */
export function rateLimit(options: RateLimitOptions): MiddlewareHandler {
  const now = options.now ?? Date.now;
  const maxClients = options.maxClients ?? 100_000;
  let windowIndex = -1;
  let counts = new Map<string, number>();

  return async (c, next) => {
    const at = now();
    const index = Math.floor(at / options.windowMs);
    if (index !== windowIndex) {
      windowIndex = index;
      counts = new Map();
    }
    let key = rateLimitKey(clientAddress(c, options.trustProxy));
    if (!counts.has(key) && counts.size >= maxClients) key = OVERFLOW;
    const count = (counts.get(key) ?? 0) + 1;
    counts.set(key, count);
    if (count > options.limit) {
      const retryAfter = Math.ceil(((index + 1) * options.windowMs - at) / 1000);
      throw new HttpError(429, 'rate_limited', 'Too many requests; try again later.', undefined, {
        'Retry-After': String(Math.max(1, retryAfter)),
      });
    }
    await next();
  };
}

import type { MiddlewareHandler } from 'hono';
import { HttpError } from './api-error.js';
import { clientAddress, rateLimitKey } from './client-address.js';
import type { Logger } from './logger.js';

/** Counts a client's requests in one window of one bucket and answers the count so far. */
export interface RateCounter {
  hit(bucket: string, client: string, windowStartMs: number, windowMs: number): Promise<number>;
}

export interface RateLimitOptions {
  /** Which limit this is (`subscriptions`, `bookings`…): counters shared by several limits keep them apart. */
  bucket: string;
  limit: number;
  windowMs: number;
  /** Reverse proxies in front of the server (see clientAddress). */
  trustProxy: number;
  /** Where counts live: this process's memory (default), or a table all instances share. */
  counter?: RateCounter;
  logger?: Logger;
  now?: () => number;
}

/**
 * A fixed-window limit per client (IPv4 address or IPv6 /64). Windows are aligned to the clock.
 * A counter that fails (the database is unreachable) lets the request through: a limit must not
 * turn an outage of its store into an outage of the route; every route it guards but one (the
 * quickcheck, which writes nothing) needs the database anyway.
 */
export function rateLimit(options: RateLimitOptions): MiddlewareHandler {
  const now = options.now ?? Date.now;
  const counter = options.counter ?? new MemoryCounter();

  return async (c, next) => {
    const at = now();
    const windowStart = Math.floor(at / options.windowMs) * options.windowMs;
    const key = rateLimitKey(clientAddress(c, options.trustProxy));
    let count: number;
    try {
      count = await counter.hit(options.bucket, key, windowStart, options.windowMs);
    } catch (error) {
      options.logger?.warn('rate limit not counted: its store failed', {
        bucket: options.bucket,
        error: String(error),
      });
      return next();
    }
    if (count > options.limit) {
      const retryAfter = Math.ceil((windowStart + options.windowMs - at) / 1000);
      throw new HttpError(429, 'rate_limited', 'Too many requests; try again later.', undefined, {
        'Retry-After': String(Math.max(1, retryAfter)),
      });
    }
    await next();
  };
}

/** Where clients beyond `maxClients` are counted together: a flood of new addresses shares one limit. */
const OVERFLOW = 'overflow';

/**
 * Counts in this process's memory: right for one process (SQLite). A new window replaces the old
 * map, so memory is bounded by the clients of one window (and by `maxClients`), and no request
 * pays for a sweep. One counter per limit.
 */
export class MemoryCounter implements RateCounter {
  private windowStart = -1;
  private counts = new Map<string, number>();

  /** The most clients one window tracks; more share one count. */
  constructor(private readonly maxClients = 100_000) {}

  hit(_bucket: string, client: string, windowStartMs: number): Promise<number> {
    if (windowStartMs !== this.windowStart) {
      this.windowStart = windowStartMs;
      this.counts = new Map();
    }
    const key = !this.counts.has(client) && this.counts.size >= this.maxClients ? OVERFLOW : client;
    const count = (this.counts.get(key) ?? 0) + 1;
    this.counts.set(key, count);
    return Promise.resolve(count);
  }
}

import type { MiddlewareHandler } from 'hono';
import { HttpError } from './api-error.js';
import { clientAddress } from './client-address.js';

export interface RateLimitOptions {
  limit: number;
  windowMs: number;
  trustProxy: boolean;
  now?: () => number;
}

/**
 * Fixed-window limit per client address, in memory: right for one process. Several instances
 * behind a load balancer need a shared store (comes with PostgreSQL support).
 */
export function rateLimit(options: RateLimitOptions): MiddlewareHandler {
  const now = options.now ?? Date.now;
  const windows = new Map<string, { start: number; count: number }>();

  return async (c, next) => {
    const at = now();
    const key = clientAddress(c, options.trustProxy);
    let window = windows.get(key);
    if (!window || at - window.start >= options.windowMs) {
      window = { start: at, count: 0 };
      windows.set(key, window);
      if (windows.size > 10_000) sweep(windows, at, options.windowMs);
    }
    window.count += 1;
    if (window.count > options.limit) {
      const retryAfter = Math.ceil((window.start + options.windowMs - at) / 1000);
      throw new HttpError(429, 'rate_limited', 'Too many requests; try again later.', undefined, {
        'Retry-After': String(Math.max(1, retryAfter)),
      });
    }
    await next();
  };
}

function sweep(windows: Map<string, { start: number }>, at: number, windowMs: number): void {
  for (const [key, window] of windows) if (at - window.start >= windowMs) windows.delete(key);
}

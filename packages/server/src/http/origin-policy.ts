import type { MiddlewareHandler } from 'hono';
import { cors } from 'hono/cors';
import { HttpError } from './api-error.js';

/**
 * Partner pages call the API from their own origin: only origins on the allow-list (and this
 * server's own) may. Writes from other origins are refused outright, not only hidden by CORS.
 */
export function originPolicy(options: { publicUrl: string; allowedOrigins: string[] }): MiddlewareHandler[] {
  const own = new URL(options.publicUrl).origin;
  const allowAll = options.allowedOrigins.includes('*');
  const isAllowed = (origin: string, host: string | undefined) =>
    allowAll || origin === own || options.allowedOrigins.includes(origin) || sameHost(origin, host);

  const guard: MiddlewareHandler = async (c, next) => {
    const origin = c.req.header('origin');
    if (
      origin &&
      c.req.method !== 'GET' &&
      c.req.method !== 'HEAD' &&
      c.req.method !== 'OPTIONS' &&
      !isAllowed(origin, c.req.header('host'))
    ) {
      throw new HttpError(403, 'origin_not_allowed', 'This origin is not on the allow-list of partner sites.');
    }
    await next();
  };
  const headers = cors({
    origin: (origin, c) => (isAllowed(origin, c.req.header('host')) ? origin : null),
    allowMethods: ['GET', 'POST', 'DELETE', 'OPTIONS'],
    allowHeaders: ['Content-Type'],
    exposeHeaders: ['Retry-After'],
    maxAge: 600,
    credentials: false,
  });
  return [headers, guard];
}

function sameHost(origin: string, host: string | undefined): boolean {
  try {
    return host !== undefined && new URL(origin).host === host;
  } catch {
    return false;
  }
}

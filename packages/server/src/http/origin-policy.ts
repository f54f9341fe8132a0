import type { MiddlewareHandler } from 'hono';
import { cors } from 'hono/cors';
import { HttpError } from './api-error.js';

const METHODS = ['GET', 'POST', 'DELETE', 'OPTIONS'];
const PREFLIGHT_MAX_AGE_SECONDS = 600;

/**
 * Partner pages call the API from their own origin: only origins on the allow-list (and this
 * server's own) get answers. Any other origin gets one answer it can read, 403
 * `origin-not-allowed`, so its widgets can say what is wrong instead of "no connection" (the
 * browser would hide a response without CORS headers). Its preflight is answered for that reason
 * only: the request it permits reaches the same 403, never a route.
 */
export function originPolicy(options: { publicUrl: string; allowedOrigins: string[] }): MiddlewareHandler[] {
  const own = new URL(options.publicUrl).origin;
  const allowAll = options.allowedOrigins.includes('*');
  const isAllowed = (origin: string, host: string | undefined) =>
    allowAll || origin === own || options.allowedOrigins.includes(origin) || sameHost(origin, host);

  const refuseOthers: MiddlewareHandler = async (c, next) => {
    const origin = c.req.header('origin');
    if (origin === undefined || isAllowed(origin, c.req.header('host'))) return next();
    const readable = { 'Access-Control-Allow-Origin': origin, Vary: 'Origin' };
    const requestedMethod = c.req.header('access-control-request-method');
    if (c.req.method === 'OPTIONS' && requestedMethod) {
      return c.body(null, 204, {
        ...readable,
        'Access-Control-Allow-Methods': METHODS.join(', '),
        'Access-Control-Allow-Headers': 'Content-Type',
        'Access-Control-Max-Age': String(PREFLIGHT_MAX_AGE_SECONDS),
      });
    }
    throw new HttpError(
      403,
      'origin-not-allowed',
      `The origin ${origin} may not use this API: the server's operator must add it to ALLOWED_ORIGINS.`,
      undefined,
      readable,
    );
  };
  const preflight = cors({
    origin: (origin, c) => (isAllowed(origin, c.req.header('host')) ? origin : null),
    allowMethods: METHODS,
    allowHeaders: ['Content-Type'],
    exposeHeaders: ['Retry-After'],
    maxAge: PREFLIGHT_MAX_AGE_SECONDS,
    credentials: false,
  });
  // Other requests: the CORS headers go onto the finished answer's own headers. Setting them
  // through the context after the route (as cors() does) copies the answer into a streamed one,
  // which costs every API request a large share of its time.
  const answerHeaders: MiddlewareHandler = async (c, next) => {
    if (c.req.method === 'OPTIONS') return preflight(c, next);
    await next();
    const origin = c.req.header('origin');
    const headers = c.res.headers;
    if (origin !== undefined && isAllowed(origin, c.req.header('host'))) {
      headers.set('Access-Control-Allow-Origin', origin);
      headers.set('Access-Control-Expose-Headers', 'Retry-After');
    }
    headers.append('Vary', 'Origin');
  };
  return [refuseOthers, answerHeaders];
}

function sameHost(origin: string, host: string | undefined): boolean {
  if (!origin || host === undefined) return false;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

import type { MiddlewareHandler } from 'hono';

/** API answers are data: nothing in them may load, run or be framed. */
export const API_POLICY = "default-src 'none'; frame-ancestors 'none'";

/**
 * The demo pages and the widget files: scripts, styles, fonts and requests only from this origin,
 * nothing inline (no 'unsafe-inline', no 'unsafe-eval'), images also as data: URLs (the pages'
 * empty favicon). Lit's constructed style sheets and properties set through the CSSOM
 * (`element.style.setProperty`) stay allowed; a `style="…"` attribute (also the one Lit's styleMap
 * writes on its first render) or a `<style>` element is refused. The DOM's HTML and script sinks
 * take Trusted Types only, from Lit's policy and the FAQ's (`welcome-widgets`): the policy
 * docs/embedding.md gives partners, so the demo shows that the widgets live with it.
 */
export const PAGE_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html welcome-widgets',
].join('; ');

/**
 * The security headers every answer carries, fixed at start: what hono's secureHeaders sent with
 * our options (no framing, no referrer, own opener), plus the policy above.
 */
const SECURITY_HEADERS: ReadonlyArray<[string, string]> = [
  ['Cross-Origin-Opener-Policy', 'same-origin'],
  ['Origin-Agent-Cluster', '?1'],
  ['Referrer-Policy', 'no-referrer'],
  ['Strict-Transport-Security', 'max-age=15552000; includeSubDomains'],
  ['X-Content-Type-Options', 'nosniff'],
  ['X-DNS-Prefetch-Control', 'off'],
  ['X-Download-Options', 'noopen'],
  ['X-Frame-Options', 'DENY'],
  ['X-Permitted-Cross-Domain-Policies', 'none'],
  ['X-XSS-Protection', '0'],
];
const API_HEADERS = [...SECURITY_HEADERS, ['Content-Security-Policy', API_POLICY] as [string, string]];
const PAGE_HEADERS = [...SECURITY_HEADERS, ['Content-Security-Policy', PAGE_POLICY] as [string, string]];

/**
 * Every answer carries the security headers and a Content-Security-Policy: the API's strict one
 * under /api, the pages' one elsewhere. They are set before the route, so the answer is built
 * with them: setting headers on a finished answer copies it into a streamed one, which cost
 * the API most of its throughput.
 */
export function securityHeaders(): MiddlewareHandler {
  return async (c, next) => {
    const api = c.req.path === '/api' || c.req.path.startsWith('/api/');
    for (const [name, value] of api ? API_HEADERS : PAGE_HEADERS) c.header(name, value);
    await next();
  };
}

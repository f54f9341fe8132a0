import type { MiddlewareHandler } from 'hono';
import { HttpError } from '../http/api-error.js';
import { clientAddress } from '../http/client-address.js';
import { sameSecret } from '../http/same-secret.js';

/**
 * Who may read the outbox (it holds addresses, tokens and calendar files): with ADMIN_TOKEN, whoever
 * sends it; without, only this machine (loopback), so a server tried out without SMTP on a public
 * host does not publish its mails. Behind a reverse proxy on the same machine set TRUST_PROXY (or
 * ADMIN_TOKEN), or every visitor looks local.
 */
export function outboxAccess(options: { adminToken?: string; trustProxy: number }): MiddlewareHandler {
  return async (c, next) => {
    if (options.adminToken) {
      const given = /^Bearer\s+(\S+)\s*$/i.exec(c.req.header('authorization') ?? '')?.[1];
      if (!given || !sameSecret(given, options.adminToken)) {
        throw new HttpError(401, 'unauthorized', 'Missing or wrong admin token.', undefined, {
          'WWW-Authenticate': 'Bearer realm="outbox"',
        });
      }
    } else if (!isLoopback(clientAddress(c, options.trustProxy))) {
      throw new HttpError(
        403,
        'unauthorized',
        'Without ADMIN_TOKEN the outbox answers only on the server’s own machine; set ADMIN_TOKEN to read it from elsewhere.',
      );
    }
    await next();
  };
}

export function isLoopback(address: string): boolean {
  return /^127\./.test(address) || address === '::1' || /^::ffff:127\./i.test(address);
}

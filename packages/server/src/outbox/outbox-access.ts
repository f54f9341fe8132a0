import type { StaffRole } from '@welcome-widgets/domain';
import type { MiddlewareHandler } from 'hono';
import { HttpError } from '../http/api-error.js';
import { clientAddress } from '../http/client-address.js';
import type { StaffAccess } from '../staff/staff-access.js';

/**
 * Who may read the outbox (it holds addresses, tokens and calendar files): staff with a role of the
 * route (an admin's session, or ADMIN_TOKEN). Without ADMIN_TOKEN also anyone on this machine
 * (loopback), so the demo and a county trying the server without SMTP can read it, while a server
 * tried out on a public host does not publish its mails. Behind a reverse proxy on the same machine
 * set TRUST_PROXY (or ADMIN_TOKEN), or every visitor looks local.
 */
export function outboxAccess(options: {
  adminToken?: string;
  trustProxy: number;
  staff: StaffAccess;
}): (roles: readonly StaffRole[]) => MiddlewareHandler {
  return (roles) => {
    const staffOnly = options.staff.guard(roles);
    return async (c, next) => {
      if (!options.adminToken) {
        if (isLoopback(clientAddress(c, options.trustProxy))) return next();
        if (!options.staff.presented(c)) {
          throw new HttpError(
            403,
            'unauthorized',
            'Without ADMIN_TOKEN the outbox answers only on the server’s own machine or to a signed-in admin; set ADMIN_TOKEN to read it from elsewhere.',
          );
        }
      }
      return staffOnly(c, next);
    };
  };
}

export function isLoopback(address: string): boolean {
  return /^127\./.test(address) || address === '::1' || /^::ffff:127\./i.test(address);
}

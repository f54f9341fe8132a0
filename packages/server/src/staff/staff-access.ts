import { CSRF_HEADER, type StaffRole } from '@welcome-widgets/domain';
import type { Context, MiddlewareHandler } from 'hono';
import { HttpError } from '../http/api-error.js';
import { sameSecret } from '../http/same-secret.js';
import type { StaffSessions } from './sessions.js';
import { roleOf, type StaffActor } from './staff-actor.js';

const CHALLENGE = { 'WWW-Authenticate': 'Bearer realm="admin"' };
const SAFE_METHODS = new Set(['GET', 'HEAD']);

export interface StaffAccessOptions {
  sessions: StaffSessions;
  adminToken?: string;
  tokenRole: StaffRole;
  /** PUBLIC_URL's origin: the only Origin a session's state-changing request may come from. */
  publicOrigin: string;
}

/**
 * The guard of every `security: 'staff'` route (ADR 0018): ADMIN_TOKEN as a bearer token with its
 * role, or a session cookie with CSRF protection (Origin and X-CSRF-Token) on every request but
 * GET/HEAD; then the route's roles. Nothing of the route runs before it.
 */
export class StaffAccess {
  constructor(private readonly options: StaffAccessOptions) {}

  guard(roles: readonly StaffRole[]): MiddlewareHandler {
    return async (c, next) => {
      const actor = await this.authenticate(c);
      if (!roles.includes(roleOf(actor))) {
        throw new HttpError(403, 'forbidden', `This needs the role ${roles.join(' or ')}.`);
      }
      c.set('staffActor', actor);
      await next();
    };
  }

  /** Whether the request brings any staff credential at all (a bearer header or a session cookie). */
  presented(c: Context): boolean {
    return c.req.header('authorization') !== undefined || this.options.sessions.presentedId(c) !== undefined;
  }

  private async authenticate(c: Context): Promise<StaffActor> {
    const authorization = c.req.header('authorization');
    // A browser never sends Authorization on its own, so a bearer request needs no CSRF token.
    if (authorization !== undefined) {
      const given = /^Bearer\s+(\S+)\s*$/i.exec(authorization)?.[1];
      if (!this.options.adminToken || !given || !sameSecret(given, this.options.adminToken)) {
        throw new HttpError(401, 'unauthorized', 'Missing or wrong admin token.', undefined, CHALLENGE);
      }
      return { kind: 'token', role: this.options.tokenRole };
    }
    const found = await this.options.sessions.find(c);
    if (!found) {
      throw new HttpError(401, 'unauthorized', 'Sign in, or send the admin token.', undefined, CHALLENGE);
    }
    if (!SAFE_METHODS.has(c.req.method)) this.checkCsrf(c, found.session.csrfToken);
    return { kind: 'user', user: found.user, session: found.session };
  }

  private checkCsrf(c: Context, expected: string): void {
    const origin = c.req.header('origin');
    const token = c.req.header(CSRF_HEADER);
    if (origin !== this.options.publicOrigin || !token || !sameSecret(token, expected)) {
      throw new HttpError(403, 'csrf_failed', `Send this server's Origin and the session's ${CSRF_HEADER}.`);
    }
  }

  /**
   * For the routes that start a session (login, accepting an invitation): a browser's request must
   * come from this server's pages, so no other site can sign someone in to an account of its choosing.
   * Scripts send no Origin.
   */
  sameOriginOnly(): MiddlewareHandler {
    return async (c, next) => {
      const origin = c.req.header('origin');
      if (origin !== undefined && origin !== this.options.publicOrigin) {
        throw new HttpError(403, 'csrf_failed', "Sign in from this server's own pages.");
      }
      await next();
    };
  }
}

import { ApiClient, isApiError, type RequestOptions } from '@welcome-widgets/core';
import {
  AuditPage,
  CSRF_HEADER,
  StaffInvitation,
  StaffInvitationList,
  StaffSession,
  StaffUser,
  StaffUserList,
  type StaffInvitationAccept,
  type StaffInvitationRequest,
  type StaffLoginRequest,
  type StaffPasswordChange,
  type StaffUserUpdate,
} from '@welcome-widgets/domain';
import * as z from 'zod/mini';

/** 204 answers: the client reads them as `{}`. */
const NoContent = z.object({});

/**
 * Thrown instead of the 401 of a request whose session has ended (idle, too old, ended elsewhere):
 * the console has been told and shows the sign-in, and the view keeps what was typed.
 */
export class SessionLost extends Error {
  override readonly name = 'SessionLost';
}

export function isSessionLost(error: unknown): error is SessionLost {
  return error instanceof SessionLost;
}

/** How a session ended: it lapsed (or was ended elsewhere), or the person signed out here. */
export type SessionEnd = 'expired' | 'logged-out' | 'logged-out-everywhere';

export interface AdminApiOptions {
  /** Base URL of the backend (`/api`). */
  baseUrl: string;
  /** Called with every session the server names (sign-in, a refreshed token) and with `undefined` when it ends. */
  onSession: (session: StaffSession | undefined, end?: SessionEnd) => void;
}

/**
 * The admin API as the console speaks it (packages/domain/src/contracts/admin.ts): the session
 * cookie goes along ('same-origin'), every request but GET/HEAD carries the session's CSRF token.
 */
export class AdminApi {
  private csrfToken?: string;
  private readonly client: ApiClient;

  constructor(private readonly options: AdminApiOptions) {
    this.client = new ApiClient({
      baseUrl: options.baseUrl,
      credentials: 'same-origin',
      // A sign-in or an invitation must not be sent twice because an answer was slow.
      retries: 0,
      headers: (method): Record<string, string> =>
        method === 'GET' || method === 'HEAD' || !this.csrfToken ? {} : { [CSRF_HEADER]: this.csrfToken },
    });
  }

  /** The session this browser has, or undefined when signed out or expired. */
  async session(options: RequestOptions = {}): Promise<StaffSession | undefined> {
    try {
      return this.remember(await this.client.get('v1/admin/session', StaffSession, options));
    } catch (error) {
      if (!isApiError(error) || error.status !== 401) throw error;
      this.forget('expired');
      return undefined;
    }
  }

  async login(request: StaffLoginRequest): Promise<StaffSession> {
    return this.remember(await this.client.post('v1/admin/session', request, StaffSession));
  }

  async accept(request: StaffInvitationAccept): Promise<StaffSession> {
    return this.remember(await this.client.post('v1/admin/invitations/accept', request, StaffSession));
  }

  async logout(everywhere = false): Promise<void> {
    await this.signedIn(() => this.client.delete(everywhere ? 'v1/admin/sessions' : 'v1/admin/session', NoContent));
    this.forget(everywhere ? 'logged-out-everywhere' : 'logged-out');
  }

  async changePassword(change: StaffPasswordChange): Promise<void> {
    await this.signedIn(() => this.client.put('v1/admin/password', change, NoContent));
  }

  users(options: RequestOptions = {}): Promise<StaffUserList> {
    return this.signedIn(() => this.client.get('v1/admin/users', StaffUserList, options));
  }

  updateUser(id: number, update: StaffUserUpdate): Promise<StaffUser> {
    return this.signedIn(() => this.client.patch(`v1/admin/users/${id}`, update, StaffUser));
  }

  invitations(options: RequestOptions = {}): Promise<StaffInvitationList> {
    return this.signedIn(() => this.client.get('v1/admin/invitations', StaffInvitationList, options));
  }

  invite(request: StaffInvitationRequest): Promise<StaffInvitation> {
    return this.signedIn(() => this.client.post('v1/admin/invitations', request, StaffInvitation));
  }

  async revokeInvitation(id: number): Promise<void> {
    await this.signedIn(() => this.client.delete(`v1/admin/invitations/${id}`, NoContent));
  }

  audit(before: number | undefined, options: RequestOptions = {}): Promise<AuditPage> {
    return this.signedIn(() =>
      this.client.get('v1/admin/audit', AuditPage, {
        ...options,
        searchParams: { before: before === undefined ? undefined : String(before) },
      }),
    );
  }

  /**
   * A signed-in request of a task's own API module (`faq-api.ts`, …): the session's cookie and CSRF
   * token go along, and a 401 or a stale token is handled as for every request here.
   */
  request<T>(send: (client: ApiClient) => Promise<T>): Promise<T> {
    return this.signedIn(() => send(this.client));
  }

  /** The session's CSRF header, for a request the JSON client cannot send (a file's raw bytes). */
  csrfHeader(): Record<string, string> {
    return this.csrfToken ? { [CSRF_HEADER]: this.csrfToken } : {};
  }

  private async signedIn<T>(send: () => Promise<T>): Promise<T> {
    try {
      return await send();
    } catch (error) {
      if (isApiError(error) && error.status === 401) {
        this.forget('expired');
        throw new SessionLost('The session has ended');
      }
      // Someone signed in anew in another tab: the cookie names a new session whose token this tab
      // has not seen. Learn it and send once more; a second refusal is a real one.
      if (isApiError(error) && error.code === 'csrf_failed' && (await this.session())) return send();
      // Another admin changed this account's role meanwhile: the console learns the new one and re-routes.
      if (isApiError(error) && error.code === 'forbidden') await this.session().catch(() => undefined);
      throw error;
    }
  }

  private remember(session: StaffSession): StaffSession {
    this.csrfToken = session.csrfToken;
    this.options.onSession(session);
    return session;
  }

  private forget(end: SessionEnd): void {
    this.csrfToken = undefined;
    this.options.onSession(undefined, end);
  }
}

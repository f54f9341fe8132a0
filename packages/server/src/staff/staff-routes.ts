import {
  AuditPage,
  AuditQuery,
  STAFF_ROLES,
  StaffInvitation,
  StaffInvitationAccept,
  StaffInvitationList,
  StaffInvitationRequest,
  StaffLoginRequest,
  StaffPasswordChange,
  StaffSession,
  StaffUser,
  StaffUserList,
  StaffUserPath,
  StaffUserUpdate,
} from '@welcome-widgets/domain';
import { Hono, type MiddlewareHandler } from 'hono';
import { HttpError, validationFailed } from '../http/api-error.js';
import type { ApiDocs } from '../openapi/api-docs.js';
import { ApiRoutes } from '../openapi/api-routes.js';
import type { Storage } from '../storage/database.js';
import type { AccountsService } from './accounts-service.js';
import { listAudit } from './audit-log.js';
import type { LoginService, SignedIn } from './login-service.js';
import type { StaffAccess } from './staff-access.js';
import { signedInUser, staffActor } from './staff-actor.js';
import { toStaffUser } from './staff-users.js';
import type { StaffSessions } from './sessions.js';
import { hashToken } from '../newsletter/tokens.js';

const TAG = 'Staff accounts';
const ANYONE = STAFF_ROLES;
const ADMINS = ['admin'] as const;
const loginFailed = () =>
  new HttpError(401, 'login_failed', 'The address or the password is wrong, or the account may not sign in now.');

/** The admin API's accounts, sessions, invitations and audit log (ADR 0018). */
export function staffRoutes(options: {
  docs: ApiDocs;
  storage: Storage;
  access: StaffAccess;
  sessions: StaffSessions;
  login: LoginService;
  accounts: AccountsService;
  /** Logins (and invitation accepts) per client address and window (RATE_LIMIT_LOGINS). */
  loginLimit: MiddlewareHandler;
}): Hono {
  const { access, sessions, login, accounts } = options;
  const app = new Hono();
  const routes = new ApiRoutes(app, options.docs, '/api/v1/admin', { staff: (roles) => access.guard(roles) });
  const startSession = [options.loginLimit, access.sameOriginOnly()];
  const signedIn = (c: Parameters<MiddlewareHandler>[0], result: SignedIn) =>
    c.json(result.answer satisfies StaffSession, 200, { 'Set-Cookie': sessions.cookie(result.session) });

  routes.add(
    {
      method: 'get',
      path: '/api/v1/admin/session',
      operationId: 'getStaffSession',
      tag: TAG,
      security: 'staff',
      roles: ANYONE,
      summary:
        'The signed-in account and the CSRF token of its session. Needs a session (an API token has no account: 403).',
      responses: { 200: { description: 'Signed in', schema: StaffSession } },
    },
    (c) => {
      const { user, session } = signedInUser(c);
      return c.json({
        user: toStaffUser(user),
        csrfToken: session.csrfToken,
        idleExpiresAt: session.idleExpiresAt,
        expiresAt: session.expiresAt,
      } satisfies StaffSession);
    },
  );

  routes.add(
    {
      method: 'post',
      path: '/api/v1/admin/session',
      operationId: 'createStaffSession',
      tag: TAG,
      security: 'public',
      summary:
        'Signs in: sets the session cookie (always a new session) and answers the account with its CSRF token. Every failure answers the same 401 `login_failed`; 20 wrong passwords in a row lock the account for ADMIN_LOGIN_LOCK_MINUTES; RATE_LIMIT_LOGINS per client address and window.',
      body: { json: StaffLoginRequest, maxBytes: 16 * 1024 },
      middleware: startSession,
      responses: {
        200: { description: 'Signed in; `Set-Cookie` carries the session', schema: StaffSession },
        401: { description: 'Unknown address, wrong password, disabled or locked account (code `login_failed`)' },
        422: { description: 'Not an address and a password at all' },
        429: { description: 'Too many logins from this address (code `rate_limited`, `Retry-After`)' },
      },
    },
    async (c, { body }) => {
      const presented = sessions.presentedId(c);
      const result = await login.login(body.email, body.password, presented ? hashToken(presented) : undefined);
      if (!result) throw loginFailed();
      return signedIn(c, result);
    },
  );

  routes.add(
    {
      method: 'delete',
      path: '/api/v1/admin/session',
      operationId: 'deleteStaffSession',
      tag: TAG,
      security: 'staff',
      roles: ANYONE,
      summary: 'Signs out: ends this session and clears its cookie.',
      responses: { 204: { description: 'Signed out' } },
    },
    async (c) => {
      await login.logout(signedInUser(c).session.idHash);
      return c.body(null, 204, { 'Set-Cookie': sessions.clearingCookie() });
    },
  );

  routes.add(
    {
      method: 'delete',
      path: '/api/v1/admin/sessions',
      operationId: 'deleteAllStaffSessions',
      tag: TAG,
      security: 'staff',
      roles: ANYONE,
      summary: 'Signs out everywhere: ends every session of the signed-in account, this one included.',
      responses: { 204: { description: 'Every session ended' } },
    },
    async (c) => {
      await login.logoutEverywhere(signedInUser(c).user.id);
      return c.body(null, 204, { 'Set-Cookie': sessions.clearingCookie() });
    },
  );

  routes.add(
    {
      method: 'put',
      path: '/api/v1/admin/password',
      operationId: 'changeStaffPassword',
      tag: TAG,
      security: 'staff',
      roles: ANYONE,
      summary:
        "Changes the signed-in account's password (12–256 characters, not on the list of common passwords) and ends its other sessions.",
      body: { json: StaffPasswordChange, maxBytes: 16 * 1024 },
      responses: {
        204: { description: 'Changed' },
        422: {
          description:
            'Wrong current password (`currentPassword`: `invalid`) or a new one too short, too long or common (`newPassword`: `too_short`, `too_long`, `common_password`)',
        },
      },
    },
    async (c, { body }) => {
      const problems = await login.changePassword(signedInUser(c), body.currentPassword, body.newPassword);
      if (problems) throw validationFailed(problems);
      return c.body(null, 204);
    },
  );

  routes.add(
    {
      method: 'get',
      path: '/api/v1/admin/users',
      operationId: 'listStaffUsers',
      tag: TAG,
      security: 'staff',
      roles: ADMINS,
      summary: 'Every staff account, by address.',
      responses: { 200: { description: 'The accounts', schema: StaffUserList } },
    },
    async (c) => c.json({ users: await accounts.list() } satisfies StaffUserList),
  );

  routes.add(
    {
      method: 'patch',
      path: '/api/v1/admin/users/{id}',
      operationId: 'updateStaffUser',
      tag: TAG,
      security: 'staff',
      roles: ADMINS,
      summary:
        "Changes an account's name, role, consultant or `disabled` (which ends its sessions). The last active admin can be neither demoted nor disabled (409).",
      params: StaffUserPath,
      rejectInvalid: { params: () => new HttpError(404, 'not_found', 'No account with this id.') },
      body: { json: StaffUserUpdate, maxBytes: 16 * 1024 },
      responses: {
        200: { description: 'The account as changed', schema: StaffUser },
        404: { description: 'No such account' },
        409: { description: 'The last active admin (code `conflict`)' },
        422: { description: 'Invalid fields; `consultantId` required for, and only for, the role consultant' },
      },
    },
    async (c, { params, body }) => c.json(await accounts.update(staffActor(c), Number(params.id), body)),
  );

  routes.add(
    {
      method: 'get',
      path: '/api/v1/admin/invitations',
      operationId: 'listStaffInvitations',
      tag: TAG,
      security: 'staff',
      roles: ADMINS,
      summary: 'The invitations not yet accepted, revoked or expired, newest first.',
      responses: { 200: { description: 'Open invitations', schema: StaffInvitationList } },
    },
    async (c) => c.json({ invitations: await accounts.invitations() } satisfies StaffInvitationList),
  );

  routes.add(
    {
      method: 'post',
      path: '/api/v1/admin/invitations',
      operationId: 'createStaffInvitation',
      tag: TAG,
      security: 'staff',
      roles: ADMINS,
      summary:
        'Invites someone: mails a single-use link to `/admin/#/accept?token=…`, valid 72 hours, replacing an open invitation to the same address.',
      body: { json: StaffInvitationRequest, maxBytes: 16 * 1024 },
      responses: {
        201: { description: 'Invited; the mail is queued', schema: StaffInvitation },
        409: { description: 'An account with this address exists (code `conflict`)' },
        422: { description: 'Invalid fields' },
        429: { description: 'The address has had the most mails for today (code `mail_limit`)' },
      },
    },
    async (c, { body }) => c.json(await accounts.invite(staffActor(c), body), 201),
  );

  routes.add(
    {
      method: 'delete',
      path: '/api/v1/admin/invitations/{id}',
      operationId: 'deleteStaffInvitation',
      tag: TAG,
      security: 'staff',
      roles: ADMINS,
      summary: 'Revokes an open invitation: its link stops working.',
      params: StaffUserPath,
      rejectInvalid: { params: () => new HttpError(404, 'not_found', 'No open invitation with this id.') },
      responses: { 204: { description: 'Revoked' }, 404: { description: 'No open invitation with this id' } },
    },
    async (c, { params }) => {
      await accounts.revoke(staffActor(c), Number(params.id));
      return c.body(null, 204);
    },
  );

  routes.add(
    {
      method: 'post',
      path: '/api/v1/admin/invitations/accept',
      operationId: 'acceptStaffInvitation',
      tag: TAG,
      security: 'public',
      summary:
        "Accepts an invitation with the invitee's password: the account is made and signed in (session cookie). Each link works once.",
      body: { json: StaffInvitationAccept, maxBytes: 16 * 1024 },
      middleware: startSession,
      responses: {
        200: { description: 'The new account, signed in', schema: StaffSession },
        404: { description: 'Unknown, used, revoked or expired link (code `token_invalid`)' },
        409: { description: 'An account with this address exists already (code `conflict`)' },
        422: { description: 'Password too short, too long or common (`password`)' },
        429: { description: 'Too many attempts from this address (code `rate_limited`)' },
      },
    },
    async (c, { body }) => signedIn(c, await accounts.accept(body.token, body.password)),
  );

  routes.add(
    {
      method: 'get',
      path: '/api/v1/admin/audit',
      operationId: 'listAuditEntries',
      tag: TAG,
      security: 'staff',
      roles: ADMINS,
      summary: 'The audit log, newest first: who changed what, when; kept AUDIT_RETENTION_DAYS.',
      query: AuditQuery,
      responses: { 200: { description: 'One page of entries', schema: AuditPage } },
    },
    async (c, { query }) =>
      c.json(
        await listAudit(options.storage.db, {
          before: query.before === undefined ? undefined : Number(query.before),
          limit: query.limit === undefined ? 50 : Number(query.limit),
          action: query.action,
        }),
      ),
  );

  return app;
}

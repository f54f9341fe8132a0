import * as z from 'zod/mini';
import { EMAIL_MAX_LENGTH, TOKEN_PATTERN } from './newsletter-values.js';
import { singleLineText } from './plain-text.js';

/**
 * The admin API's accounts, sessions, invitations and audit log (docs/adr/0018-staff-console.md).
 * Routes, all under `/api/v1/admin`:
 *
 * - `GET    /session`             → StaffSession (401 `unauthorized` without a valid session)
 * - `POST   /session`             StaffLoginRequest → StaffSession + cookie (401 `login_failed`)
 * - `DELETE /session`             → 204, this session ended
 * - `DELETE /sessions`            → 204, every session of this account ended ("log out everywhere")
 * - `PUT    /password`            StaffPasswordChange → 204 (ends the account's other sessions)
 * - `GET    /users`               → StaffUserList (admin)
 * - `PATCH  /users/{id}`          StaffUserUpdate → StaffUser (admin)
 * - `GET    /invitations`         → StaffInvitationList, the open ones (admin)
 * - `POST   /invitations`         StaffInvitationRequest → 201 StaffInvitation (admin; mails the link)
 * - `DELETE /invitations/{id}`    → 204, the link stops working (admin)
 * - `POST   /invitations/accept`  StaffInvitationAccept → StaffSession + cookie (no session needed)
 * - `GET    /audit`               AuditQuery → AuditPage (admin)
 *
 * With a session, every request but GET/HEAD carries `Origin` (this server's) and the header
 * `X-CSRF-Token` with the session's `csrfToken`; otherwise 403 `csrf_failed`. A session or token
 * without the route's role: 403 `forbidden`.
 */

export const STAFF_ROLES = ['admin', 'editor', 'consultant'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

/** The header that carries the session's CSRF token on every state-changing request. */
export const CSRF_HEADER = 'X-CSRF-Token';

export const STAFF_PASSWORD_MIN_LENGTH = 12;
export const STAFF_PASSWORD_MAX_LENGTH = 256;
/** Languages of the console and of the invitation mail. */
export const STAFF_LANGUAGES = ['de', 'en'] as const;
export type StaffLanguage = (typeof STAFF_LANGUAGES)[number];

/** Addresses are compared without case: stored and looked up in lower case. */
export const StaffEmail = z.string().check(z.trim(), z.toLowerCase(), z.maxLength(EMAIL_MAX_LENGTH), z.email());

/**
 * A new password: length only here (the console checks it as the person types); the server also
 * refuses one on its list of common passwords, with the field code `common_password`.
 */
export const StaffPassword = z
  .string()
  .check(z.minLength(STAFF_PASSWORD_MIN_LENGTH), z.maxLength(STAFF_PASSWORD_MAX_LENGTH));

export const StaffName = z.string().check(z.trim(), z.minLength(1), z.maxLength(100), singleLineText());

/** A consultant's id in the appointments content (`consultants[].id`). */
export const ConsultantRef = z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/), z.maxLength(100));

export const StaffUser = z.object({
  id: z.number(),
  email: z.string(),
  name: z.string(),
  role: z.enum(STAFF_ROLES),
  /** Only for `consultant`: whose calendar and bookings the account sees. */
  consultantId: z.nullable(z.string()),
  disabled: z.boolean(),
  createdAt: z.string(),
  lastLoginAt: z.nullable(z.string()),
});
export type StaffUser = z.infer<typeof StaffUser>;

export const StaffUserList = z.object({ users: z.array(StaffUser) });
export type StaffUserList = z.infer<typeof StaffUserList>;

/** The signed-in account and what the console needs to keep the session. */
export const StaffSession = z.object({
  user: StaffUser,
  /** Send it as `X-CSRF-Token` on every request but GET/HEAD. */
  csrfToken: z.string(),
  /** The session ends at the earlier of these unless used again before `idleExpiresAt` (ISO instants). */
  idleExpiresAt: z.string(),
  expiresAt: z.string(),
});
export type StaffSession = z.infer<typeof StaffSession>;

/** Login: lenient on purpose, so a malformed address gets the same 401 as an unknown one. */
export const StaffLoginRequest = z.strictObject({
  email: z.string().check(z.trim(), z.minLength(1), z.maxLength(EMAIL_MAX_LENGTH)),
  password: z.string().check(z.minLength(1), z.maxLength(STAFF_PASSWORD_MAX_LENGTH)),
});
export type StaffLoginRequest = z.infer<typeof StaffLoginRequest>;

export const StaffPasswordChange = z.strictObject({
  currentPassword: z.string().check(z.minLength(1), z.maxLength(STAFF_PASSWORD_MAX_LENGTH)),
  newPassword: StaffPassword,
});
export type StaffPasswordChange = z.infer<typeof StaffPasswordChange>;

/**
 * Changes to an account; absent fields stay. `consultantId` is required for (and only allowed with)
 * the role `consultant`. `disabled: true` ends all of the account's sessions. The last active admin
 * can be neither demoted nor disabled (409 `conflict`).
 */
export const StaffUserUpdate = z.strictObject({
  name: z.optional(StaffName),
  role: z.optional(z.enum(STAFF_ROLES)),
  consultantId: z.optional(z.nullable(ConsultantRef)),
  disabled: z.optional(z.boolean()),
});
export type StaffUserUpdate = z.infer<typeof StaffUserUpdate>;

export const StaffUserPath = z.object({ id: z.string().check(z.regex(/^\d{1,15}$/)) });

export const StaffInvitationRequest = z.strictObject({
  email: StaffEmail,
  name: StaffName,
  role: z.enum(STAFF_ROLES),
  consultantId: z.optional(z.nullable(ConsultantRef)),
  /** The invitation mail's language. */
  language: z.enum(STAFF_LANGUAGES),
});
export type StaffInvitationRequest = z.infer<typeof StaffInvitationRequest>;

export const StaffInvitation = z.object({
  id: z.number(),
  email: z.string(),
  name: z.string(),
  role: z.enum(STAFF_ROLES),
  consultantId: z.nullable(z.string()),
  language: z.enum(STAFF_LANGUAGES),
  createdAt: z.string(),
  /** 72 hours after `createdAt`. */
  expiresAt: z.string(),
});
export type StaffInvitation = z.infer<typeof StaffInvitation>;

export const StaffInvitationList = z.object({ invitations: z.array(StaffInvitation) });
export type StaffInvitationList = z.infer<typeof StaffInvitationList>;

/** From the link `…/admin/#/accept?token=…`: an unknown, used, revoked or expired token gets 404 `token_invalid`. */
export const StaffInvitationAccept = z.strictObject({
  token: z.string().check(z.regex(TOKEN_PATTERN)),
  password: StaffPassword,
});
export type StaffInvitationAccept = z.infer<typeof StaffInvitationAccept>;

export const AuditQuery = z.object({
  /** Entries older than this id (the previous page's `nextBefore`). */
  before: z.optional(z.string().check(z.regex(/^\d{1,15}$/))),
  /** Page size, 1–200; default 50. */
  limit: z.optional(z.string().check(z.regex(/^(?:[1-9]\d?|1\d\d|200)$/))),
  /** Only this action, e.g. `user.invite`. */
  action: z.optional(z.string().check(z.regex(/^[a-z][a-z0-9_.-]{0,63}$/))),
});
export type AuditQuery = z.infer<typeof AuditQuery>;

export const AuditEntry = z.object({
  id: z.number(),
  /** ISO instant. */
  at: z.string(),
  /** The account's id, or null for `api-token` (ADMIN_TOKEN) and `cli` (npm run admin). */
  actorId: z.nullable(z.number()),
  /** The account's e-mail address at the time, `api-token` or `cli`. */
  actor: z.string(),
  /** `session.login`, `user.create`, `user.invite`, `user.role`, `faq.update`… */
  action: z.string(),
  /** What was changed, e.g. `user:12`, `metric:foreign-residents`; null when nothing in particular. */
  target: z.nullable(z.string()),
  /** Content changes: the state before and after (any JSON); null otherwise. */
  before: z.unknown(),
  after: z.unknown(),
});
export type AuditEntry = z.infer<typeof AuditEntry>;

export const AuditPage = z.object({
  entries: z.array(AuditEntry),
  /** Pass as `before` for the next, older page; null on the last one. */
  nextBefore: z.nullable(z.number()),
});
export type AuditPage = z.infer<typeof AuditPage>;

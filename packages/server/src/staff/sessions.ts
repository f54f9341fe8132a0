import { randomBytes } from 'node:crypto';
import type { Context } from 'hono';
import { getCookie } from 'hono/cookie';
import type { Kysely } from 'kysely';
import { hashToken } from '../newsletter/tokens.js';
import type { Database } from '../storage/schema.js';
import type { StaffUserRow } from './staff-actor.js';

/** Moving the idle deadline is a write; within this much of a fresh one the request leaves it. */
const TOUCH_EVERY_MS = 60_000;

export interface SessionSettings {
  idleMs: number;
  maxMs: number;
  /** PUBLIC_URL is https: the cookie gets `Secure` and the `__Host-` prefix. */
  secure: boolean;
}

export interface NewSession {
  /** Goes into the cookie only; the table holds its SHA-256. */
  id: string;
  idHash: string;
  csrfToken: string;
  idleExpiresAt: string;
  expiresAt: string;
}

/**
 * Staff sessions in the database (ADR 0018): a random 32-byte id in an HttpOnly, SameSite=Strict
 * cookie, its SHA-256 in `staff_sessions`, an idle and an absolute deadline.
 */
export class StaffSessions {
  readonly cookieName: string;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly settings: SessionSettings,
    private readonly now: () => Date,
  ) {
    this.cookieName = settings.secure ? '__Host-welcome_session' : 'welcome_session';
  }

  /** A new session for the account, always with a new id (a login never reuses one: no fixation). */
  async create(trx: Kysely<Database>, userId: number): Promise<NewSession> {
    const now = this.now().getTime();
    const id = randomBytes(32).toString('base64url');
    const expiresAt = new Date(now + this.settings.maxMs).toISOString();
    const session = {
      id,
      idHash: hashToken(id),
      csrfToken: randomBytes(32).toString('base64url'),
      idleExpiresAt: new Date(Math.min(now + this.settings.idleMs, now + this.settings.maxMs)).toISOString(),
      expiresAt,
    };
    await trx
      .insertInto('staff_sessions')
      .values({
        id_hash: session.idHash,
        user_id: userId,
        csrf_token: session.csrfToken,
        created_at: new Date(now).toISOString(),
        idle_expires_at: session.idleExpiresAt,
        expires_at: expiresAt,
      })
      .execute();
    return session;
  }

  /** The cookie's session id as sent, if any (not yet checked). */
  presentedId(c: Context): string | undefined {
    const value = getCookie(c, this.cookieName);
    return value && /^[A-Za-z0-9_-]{43}$/.test(value) ? value : undefined;
  }

  /** The live session of the cookie with its account; moves its idle deadline forward. */
  async find(c: Context): Promise<{ session: Omit<NewSession, 'id'>; user: StaffUserRow } | undefined> {
    const id = this.presentedId(c);
    if (!id) return undefined;
    const now = this.now();
    const at = now.toISOString();
    const row = await this.db
      .selectFrom('staff_sessions')
      .innerJoin('staff_users', 'staff_users.id', 'staff_sessions.user_id')
      .selectAll('staff_users')
      .select([
        'staff_sessions.id_hash',
        'staff_sessions.csrf_token',
        'staff_sessions.idle_expires_at',
        'staff_sessions.expires_at as session_expires_at',
      ])
      .where('staff_sessions.id_hash', '=', hashToken(id))
      .where('staff_sessions.idle_expires_at', '>', at)
      .where('staff_sessions.expires_at', '>', at)
      .where('staff_users.disabled', '=', 0)
      .executeTakeFirst();
    if (!row) return undefined;
    const { id_hash, csrf_token, idle_expires_at, session_expires_at, ...user } = row;
    let idleExpiresAt = idle_expires_at;
    const next = new Date(Math.min(now.getTime() + this.settings.idleMs, Date.parse(session_expires_at))).toISOString();
    if (Date.parse(next) - Date.parse(idle_expires_at) >= TOUCH_EVERY_MS) {
      await this.db
        .updateTable('staff_sessions')
        .set({ idle_expires_at: next })
        .where('id_hash', '=', id_hash)
        .execute();
      idleExpiresAt = next;
    }
    return {
      session: { idHash: id_hash, csrfToken: csrf_token, idleExpiresAt, expiresAt: session_expires_at },
      user,
    };
  }

  async end(trx: Kysely<Database>, idHash: string): Promise<void> {
    await trx.deleteFrom('staff_sessions').where('id_hash', '=', idHash).execute();
  }

  /** Ends every session of the account, but `keep` (the one changing its password). */
  async endAllOf(trx: Kysely<Database>, userId: number, keep?: string): Promise<void> {
    let query = trx.deleteFrom('staff_sessions').where('user_id', '=', userId);
    if (keep) query = query.where('id_hash', '!=', keep);
    await query.execute();
  }

  async purgeExpired(): Promise<number> {
    const at = this.now().toISOString();
    const result = await this.db
      .deleteFrom('staff_sessions')
      .where((eb) => eb.or([eb('idle_expires_at', '<=', at), eb('expires_at', '<=', at)]))
      .executeTakeFirst();
    return Number(result.numDeletedRows);
  }

  /** The Set-Cookie value for a new session: gone at the absolute deadline at the latest. */
  cookie(session: NewSession): string {
    return this.serialize(session.id, Math.ceil(this.settings.maxMs / 1000));
  }

  clearingCookie(): string {
    return this.serialize('', 0);
  }

  private serialize(value: string, maxAge: number): string {
    return [
      `${this.cookieName}=${value}`,
      'Path=/',
      `Max-Age=${maxAge}`,
      'HttpOnly',
      'SameSite=Strict',
      ...(this.settings.secure ? ['Secure'] : []),
    ].join('; ');
  }
}

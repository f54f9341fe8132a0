import type { StaffSession } from '@welcome-widgets/domain';
import { sql } from 'kysely';
import type { Logger } from '../http/logger.js';
import { normalizeEmail } from '../newsletter/tokens.js';
import type { Storage } from '../storage/database.js';
import { recordAudit } from './audit-log.js';
import { hashPassword, needsRehash, verifyAgainstDecoy, verifyPassword } from './passwords.js';
import { passwordProblem } from './password-rules.js';
import type { NewSession, StaffSessions } from './sessions.js';
import type { StaffActor } from './staff-actor.js';
import { toStaffUser } from './staff-users.js';
import type { FieldErrors } from '@welcome-widgets/domain';

/** Wrong passwords in a row that lock an account (ADR 0018). */
export const LOGIN_FAILURES_BEFORE_LOCK = 20;

export interface SignedIn {
  session: NewSession;
  answer: StaffSession;
}

/** Login, logout and one's own password (ADR 0018, "Accounts and passwords", "Sessions"). */
export class LoginService {
  constructor(
    private readonly storage: Storage,
    private readonly sessions: StaffSessions,
    private readonly settings: { lockMinutes: number },
    private readonly logger: Logger,
    private readonly now: () => Date,
  ) {}

  /**
   * Signs in with a new session, ending the one the browser presented (no fixation). Every failure
   * (unknown address, wrong password, disabled or locked account) is `undefined` after the same
   * scrypt work, so neither the answer nor its time tells whether the account exists.
   */
  async login(email: string, password: string, presentedSessionHash?: string): Promise<SignedIn | undefined> {
    const db = this.storage.db;
    const now = this.now();
    const user = await db
      .selectFrom('staff_users')
      .selectAll()
      .where('email', '=', normalizeEmail(email))
      .executeTakeFirst();
    const locked = user?.locked_until != null && user.locked_until > now.toISOString();
    if (!user || user.disabled === 1 || locked) {
      await verifyAgainstDecoy(password);
      return undefined;
    }
    if (!(await verifyPassword(password, user.password_hash))) {
      await this.countFailure(user.id, now);
      return undefined;
    }
    const rehash = needsRehash(user.password_hash) ? await hashPassword(password) : undefined;
    return db.transaction().execute(async (trx) => {
      await trx
        .updateTable('staff_users')
        .set({
          failed_logins: 0,
          locked_until: null,
          last_login_at: now.toISOString(),
          ...(rehash ? { password_hash: rehash } : {}),
        })
        .where('id', '=', user.id)
        .execute();
      if (presentedSessionHash) await this.sessions.end(trx, presentedSessionHash);
      const session = await this.sessions.create(trx, user.id);
      return {
        session,
        answer: {
          user: toStaffUser({ ...user, last_login_at: now.toISOString() }),
          csrfToken: session.csrfToken,
          idleExpiresAt: session.idleExpiresAt,
          expiresAt: session.expiresAt,
        },
      };
    });
  }

  /** One UPDATE, so concurrent failures all count; the 20th locks and starts the count again. */
  private async countFailure(userId: number, now: Date): Promise<void> {
    const until = new Date(now.getTime() + this.settings.lockMinutes * 60_000).toISOString();
    const limit = LOGIN_FAILURES_BEFORE_LOCK;
    const row = await this.storage.db
      .updateTable('staff_users')
      .set({
        failed_logins: sql<number>`case when failed_logins + 1 >= ${limit} then 0 else failed_logins + 1 end`,
        locked_until: sql<string | null>`case when failed_logins + 1 >= ${limit} then ${until} else locked_until end`,
      })
      .where('id', '=', userId)
      .returning('locked_until')
      .executeTakeFirst();
    if (row?.locked_until === until) {
      this.logger.warn('staff account locked after wrong passwords', { userId, until });
    }
  }

  async logout(idHash: string): Promise<void> {
    await this.sessions.end(this.storage.db, idHash);
  }

  async logoutEverywhere(userId: number): Promise<void> {
    await this.sessions.endAllOf(this.storage.db, userId);
  }

  /** Checks the current password, sets the new one and ends the account's other sessions. */
  async changePassword(
    actor: Extract<StaffActor, { kind: 'user' }>,
    currentPassword: string,
    newPassword: string,
  ): Promise<FieldErrors | undefined> {
    const problem = passwordProblem(newPassword);
    const current = await this.storage.db
      .selectFrom('staff_users')
      .select('password_hash')
      .where('id', '=', actor.user.id)
      .executeTakeFirstOrThrow();
    if (!(await verifyPassword(currentPassword, current.password_hash))) return { currentPassword: 'invalid' };
    if (problem) return { newPassword: problem };
    const hash = await hashPassword(newPassword);
    const now = this.now();
    await this.storage.db.transaction().execute(async (trx) => {
      await trx
        .updateTable('staff_users')
        .set({ password_hash: hash, password_changed_at: now.toISOString() })
        .where('id', '=', actor.user.id)
        .execute();
      await this.sessions.endAllOf(trx, actor.user.id, actor.session.idHash);
      await recordAudit(trx, actor, now, { action: 'user.password', target: `user:${actor.user.id}` });
    });
    return undefined;
  }
}

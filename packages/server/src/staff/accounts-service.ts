import type {
  FieldErrors,
  StaffInvitation,
  StaffInvitationRequest,
  StaffRole,
  StaffUser,
  StaffUserUpdate,
} from '@welcome-widgets/domain';
import type { Kysely, Selectable } from 'kysely';
import { HttpError, validationFailed } from '../http/api-error.js';
import type { Mailer } from '../mail/mailer.js';
import { hashToken, newToken, normalizeEmail } from '../newsletter/tokens.js';
import type { Storage } from '../storage/database.js';
import type { Database, StaffInvitationTable } from '../storage/schema.js';
import { recordAudit } from './audit-log.js';
import { invitationMail } from './invitation-mail.js';
import type { SignedIn } from './login-service.js';
import { hashPassword } from './passwords.js';
import { passwordProblem } from './password-rules.js';
import type { StaffSessions } from './sessions.js';
import type { StaffActor, StaffUserRow } from './staff-actor.js';
import { toStaffUser } from './staff-users.js';

/** How long an invitation link works (ADR 0018). */
export const INVITATION_HOURS = 72;
const HOUR_MS = 3_600_000;

export interface AccountSettings {
  publicUrl: string;
  publisher: string;
  mailFrom: string;
  /** The consultants of the appointments content: a consultant account names one of them. */
  consultantIds: () => readonly string[];
}

export interface NewAccount {
  email: string;
  name: string;
  role: StaffRole;
  consultantId?: string | null;
}

const invalidInvitation = () =>
  new HttpError(404, 'token_invalid', 'This invitation link is invalid, used or expired; ask an admin for a new one.');

/** Accounts and invitations: who may work in the console, with which role (ADR 0018). */
export class AccountsService {
  constructor(
    private readonly storage: Storage,
    private readonly sessions: StaffSessions,
    /** Only `invite` mails; the command line passes one that is never asked. */
    private readonly mailer: Pick<Mailer, 'send' | 'poke'>,
    private readonly settings: AccountSettings,
    private readonly now: () => Date,
  ) {}

  async list(): Promise<StaffUser[]> {
    const rows = await this.storage.db.selectFrom('staff_users').selectAll().orderBy('email').execute();
    return rows.map(toStaffUser);
  }

  /** A consultant account names a known consultant; other roles name none. */
  private checkConsultant(role: StaffRole, consultantId: string | null): void {
    if (role === 'consultant' && consultantId === null) throw validationFailed({ consultantId: 'required' });
    if (role !== 'consultant' && consultantId !== null) throw validationFailed({ consultantId: 'not_allowed' });
    if (consultantId !== null && !this.settings.consultantIds().includes(consultantId)) {
      throw validationFailed({ consultantId: 'invalid' });
    }
  }

  /** The first admin (and any account) from the command line: `npm run admin -- create-user`. */
  async create(account: NewAccount, password: string, actor: StaffActor): Promise<StaffUser> {
    const problem = passwordProblem(password);
    if (problem) throw validationFailed({ password: problem });
    const consultantId = account.consultantId ?? null;
    this.checkConsultant(account.role, consultantId);
    const hash = await hashPassword(password);
    return this.storage.db.transaction().execute(async (trx) => {
      const row = await this.insertUser(trx, { ...account, consultantId }, hash);
      await recordAudit(trx, actor, this.now(), {
        action: 'user.create',
        target: `user:${row.id}`,
        after: auditView(row),
      });
      return toStaffUser(row);
    });
  }

  private async insertUser(trx: Kysely<Database>, account: NewAccount, passwordHash: string): Promise<StaffUserRow> {
    const email = normalizeEmail(account.email);
    const taken = await trx.selectFrom('staff_users').select('id').where('email', '=', email).executeTakeFirst();
    if (taken) throw new HttpError(409, 'conflict', 'An account with this address exists already.');
    const at = this.now().toISOString();
    return trx
      .insertInto('staff_users')
      .values({
        email,
        name: account.name,
        role: account.role,
        consultant_id: account.consultantId ?? null,
        password_hash: passwordHash,
        created_at: at,
        password_changed_at: at,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
  }

  /**
   * Name, role, consultant, disabled. Disabling ends every session of the account. The last active
   * admin can be neither demoted nor disabled: someone must be able to manage accounts.
   */
  async update(actor: StaffActor, id: number, change: StaffUserUpdate): Promise<StaffUser> {
    return this.storage.db.transaction().execute(async (trx) => {
      const before = await trx.selectFrom('staff_users').selectAll().where('id', '=', id).executeTakeFirst();
      if (!before) throw new HttpError(404, 'not_found', 'No account with this id.');
      const role = change.role ?? before.role;
      // Leaving the role consultant drops the consultant unless the change names one (then refused).
      const consultantId =
        change.consultantId !== undefined ? change.consultantId : role === 'consultant' ? before.consultant_id : null;
      this.checkConsultant(role, consultantId);
      const disabled = change.disabled === undefined ? before.disabled : change.disabled ? 1 : 0;
      const staysActiveAdmin = role === 'admin' && disabled === 0;
      if (before.role === 'admin' && before.disabled === 0 && !staysActiveAdmin) {
        const others = await trx
          .selectFrom('staff_users')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('role', '=', 'admin')
          .where('disabled', '=', 0)
          .where('id', '!=', id)
          .executeTakeFirstOrThrow();
        if (Number(others.n) === 0) {
          throw new HttpError(409, 'conflict', 'This is the last active admin: make another admin first.');
        }
      }
      const after = await trx
        .updateTable('staff_users')
        .set({
          name: change.name ?? before.name,
          role,
          consultant_id: consultantId,
          disabled,
          // Enabling again starts without the lock of before.
          ...(disabled === 0 && before.disabled === 1 ? { failed_logins: 0, locked_until: null } : {}),
        })
        .where('id', '=', id)
        .returningAll()
        .executeTakeFirstOrThrow();
      if (disabled === 1) await this.sessions.endAllOf(trx, id);
      await recordAudit(trx, actor, this.now(), {
        action: 'user.update',
        target: `user:${id}`,
        before: auditView(before),
        after: auditView(after),
      });
      return toStaffUser(after);
    });
  }

  /** Open invitations, newest first. */
  async invitations(): Promise<StaffInvitation[]> {
    const rows = await this.storage.db
      .selectFrom('staff_invitations')
      .selectAll()
      .where('expires_at', '>', this.now().toISOString())
      .orderBy('id', 'desc')
      .execute();
    return rows.map(toInvitation);
  }

  /**
   * Stores the invitation (replacing an open one for the same address) and queues its mail in the
   * same transaction: no invitation without its mail, no mail without its invitation.
   */
  async invite(actor: StaffActor, request: StaffInvitationRequest): Promise<StaffInvitation> {
    const consultantId = request.consultantId ?? null;
    this.checkConsultant(request.role, consultantId);
    const now = this.now();
    const expiresAt = new Date(now.getTime() + INVITATION_HOURS * HOUR_MS);
    const token = newToken();
    const invitation = await this.storage.db.transaction().execute(async (trx) => {
      const taken = await trx
        .selectFrom('staff_users')
        .select('id')
        .where('email', '=', request.email)
        .executeTakeFirst();
      if (taken) throw new HttpError(409, 'conflict', 'An account with this address exists already.');
      await trx.deleteFrom('staff_invitations').where('email', '=', request.email).execute();
      const row = await trx
        .insertInto('staff_invitations')
        .values({
          email: request.email,
          name: request.name,
          role: request.role,
          consultant_id: consultantId,
          language: request.language,
          token_hash: hashToken(token),
          invited_by: actor.kind === 'user' ? actor.user.id : null,
          created_at: now.toISOString(),
          expires_at: expiresAt.toISOString(),
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      const url = `${this.settings.publicUrl}/admin/#/accept?token=${token}`;
      const mail = invitationMail({
        to: request.email,
        name: request.name,
        role: request.role,
        language: request.language,
        url,
        expiresAt,
        publisher: this.settings.publisher,
      });
      const outcome = await this.mailer.send(
        { kind: 'staff-invitation', from: this.settings.mailFrom, keepUntil: expiresAt, ...mail },
        { db: trx },
      );
      if (outcome === 'over-limit') {
        throw new HttpError(429, 'mail_limit', 'This address has had the most mails for today; invite it tomorrow.');
      }
      const invitation = toInvitation(row);
      await recordAudit(trx, actor, now, {
        action: 'user.invite',
        target: `invitation:${row.id}`,
        after: { email: invitation.email, name: invitation.name, role: invitation.role, consultantId },
      });
      return invitation;
    });
    this.mailer.poke();
    return invitation;
  }

  async revoke(actor: StaffActor, id: number): Promise<void> {
    await this.storage.db.transaction().execute(async (trx) => {
      const row = await trx.deleteFrom('staff_invitations').where('id', '=', id).returningAll().executeTakeFirst();
      if (!row) throw new HttpError(404, 'not_found', 'No open invitation with this id.');
      await recordAudit(trx, actor, this.now(), {
        action: 'invitation.revoke',
        target: `invitation:${id}`,
        before: { email: row.email, role: row.role },
      });
    });
  }

  /**
   * Redeems an invitation once: the account is made with the chosen password and signed in. The
   * delete decides between two accepts at once: only one of them deletes the row.
   */
  async accept(token: string, password: string): Promise<SignedIn> {
    const problem = passwordProblem(password);
    if (problem) throw validationFailed({ password: problem } satisfies FieldErrors);
    const hash = await hashPassword(password);
    const now = this.now();
    return this.storage.db.transaction().execute(async (trx) => {
      const invitation = await trx
        .deleteFrom('staff_invitations')
        .where('token_hash', '=', hashToken(token))
        .returningAll()
        .executeTakeFirst();
      if (!invitation || invitation.expires_at <= now.toISOString()) throw invalidInvitation();
      const row = await this.insertUser(
        trx,
        {
          email: invitation.email,
          name: invitation.name,
          role: invitation.role,
          consultantId: invitation.consultant_id,
        },
        hash,
      );
      const signedIn = await trx
        .updateTable('staff_users')
        .set({ last_login_at: now.toISOString() })
        .where('id', '=', row.id)
        .returningAll()
        .executeTakeFirstOrThrow();
      const session = await this.sessions.create(trx, row.id);
      const actor: StaffActor = {
        kind: 'user',
        user: signedIn,
        session: {
          idHash: session.idHash,
          csrfToken: session.csrfToken,
          idleExpiresAt: session.idleExpiresAt,
          expiresAt: session.expiresAt,
        },
      };
      await recordAudit(trx, actor, now, {
        action: 'invitation.accept',
        target: `user:${row.id}`,
        after: auditView(row),
      });
      return {
        session,
        answer: {
          user: toStaffUser(signedIn),
          csrfToken: session.csrfToken,
          idleExpiresAt: session.idleExpiresAt,
          expiresAt: session.expiresAt,
        },
      };
    });
  }

  /** Expired invitations hold an address nobody will use: the hourly purge deletes them. */
  async purgeExpiredInvitations(): Promise<number> {
    const result = await this.storage.db
      .deleteFrom('staff_invitations')
      .where('expires_at', '<=', this.now().toISOString())
      .executeTakeFirst();
    return Number(result.numDeletedRows);
  }
}

/** What the audit log keeps of an account: no hash, no lock counters. */
function auditView(row: StaffUserRow) {
  return {
    email: row.email,
    name: row.name,
    role: row.role,
    consultantId: row.consultant_id,
    disabled: row.disabled === 1,
  };
}

function toInvitation(row: Selectable<StaffInvitationTable>): StaffInvitation {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    consultantId: row.consultant_id,
    language: row.language === 'en' ? 'en' : 'de',
    createdAt: row.created_at,
    expiresAt: row.expires_at,
  };
}

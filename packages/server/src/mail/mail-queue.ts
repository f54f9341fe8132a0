import { randomUUID } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import type { Storage } from '../storage/database.js';
import { lockTransaction } from '../storage/locks.js';
import type { Database, MailOutboxTable } from '../storage/schema.js';
import { addressHash } from './address-hash.js';
import type { MailAttachment, OutgoingMail, SendOptions, SendOutcome } from './mailer.js';

const DAY_MS = 86_400_000;
/** Outbox copies of mails that name no `keepUntil` are deleted after this many days. */
export const OUTBOX_DEFAULT_KEEP_DAYS = 30;
/** Failed mails stay this long for the county to look into, then go (they hold an address). */
export const FAILED_MAIL_KEEP_DAYS = 7;

export interface MailQueueSettings {
  defaultFrom: string;
  perRecipientPerDay: number;
  /** Without SMTP the outbox table is the destination: a mail is delivered as it is stored. */
  deliveredOnArrival: boolean;
  now: () => Date;
}

/** A mail a worker holds: only the claim that took it may record how it went. */
export interface ClaimedMail {
  id: number;
  claimId: string;
  attempts: number;
  from: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  headers: Record<string, string>;
  attachments: MailAttachment[];
}

export interface MailQueueStats {
  /** Mails waiting to be sent (queued or being sent). */
  backlog: number;
  /** Age of the oldest of them in seconds; 0 without backlog. */
  oldestSeconds: number;
  /** Mails that failed for good in the last 24 hours. */
  failedToday: number;
}

/**
 * The durable mail queue: the `mail_outbox` table. A request stores its mail (in its own
 * transaction when it has one) and is answered; workers claim due mails one at a time with a
 * single conditional UPDATE, so two workers never hold the same mail, in one process or several.
 */
export class MailQueue {
  constructor(
    private readonly storage: Storage,
    private readonly settings: MailQueueSettings,
  ) {}

  /**
   * Stores the mail unless its recipient has had the day's maximum (all kinds together, and the
   * stricter `limit` for some kinds). Mails that failed do not count: they never arrived.
   */
  async enqueue(mail: OutgoingMail, options: SendOptions = {}): Promise<SendOutcome> {
    const store = (db: Kysely<Database>) => this.store(db, mail, options);
    // Counting and inserting in one transaction: two requests at once cannot both take the last mail.
    return options.db ? store(options.db) : this.storage.db.transaction().execute(store);
  }

  private async store(db: Kysely<Database>, mail: OutgoingMail, options: SendOptions): Promise<SendOutcome> {
    const now = this.settings.now();
    const recipientHash = addressHash(mail.to);
    // Counting, then inserting: another request for this address waits until this one commits.
    await lockTransaction(db, this.storage.engine, 'address', recipientHash);
    const today = await this.countedToday(db, recipientHash, now);
    if (today.length >= this.settings.perRecipientPerDay) return 'over-limit';
    if (options.limit) {
      const kinds: readonly string[] = options.limit.kinds;
      if (today.filter((row) => row.kind !== null && kinds.includes(row.kind)).length >= options.limit.perDay) {
        return 'over-limit';
      }
    }

    await this.insert(db, mail);
    return 'queued';
  }

  /** Stores the mail as it is, without looking at limits; returns its id. */
  async insert(db: Kysely<Database>, mail: OutgoingMail): Promise<number> {
    const now = this.settings.now();
    const createdAt = now.toISOString();
    const keepUntil = mail.keepUntil ?? new Date(now.getTime() + OUTBOX_DEFAULT_KEEP_DAYS * DAY_MS);
    const delivered = this.settings.deliveredOnArrival;
    const { id } = await db
      .insertInto('mail_outbox')
      .values({
        kind: mail.kind,
        sender: mail.from ?? this.settings.defaultFrom,
        recipient: mail.to,
        recipient_hash: addressHash(mail.to),
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        headers: mail.headers ? JSON.stringify(mail.headers) : null,
        created_at: createdAt,
        delete_after: keepUntil.toISOString(),
        status: delivered ? 'sent' : 'queued',
        next_attempt_at: delivered ? null : createdAt,
        sent_at: delivered ? createdAt : null,
        bulk: mail.bulk ? 1 : 0,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const attachments = mail.attachments ?? [];
    if (attachments.length > 0) {
      await db
        .insertInto('mail_outbox_attachments')
        .values(
          attachments.map((attachment, position) => ({
            mail_id: id,
            position,
            filename: attachment.filename,
            content_type: attachment.contentType,
            content: attachment.content,
          })),
        )
        .execute();
    }
    return id;
  }

  /** Seconds until the oldest counted mail of the last 24 hours leaves the window (0 if below the limit). */
  async retryAfterSeconds(to: string): Promise<number> {
    const now = this.settings.now();
    const today = await this.countedToday(this.storage.db, addressHash(to), now);
    if (today.length < this.settings.perRecipientPerDay) return 0;
    const oldest = Math.min(...today.map((row) => Date.parse(row.created_at)));
    return Math.max(1, Math.ceil((oldest + DAY_MS - now.getTime()) / 1000));
  }

  private countedToday(db: Kysely<Database>, recipientHash: string, now: Date) {
    return db
      .selectFrom('mail_outbox')
      .select(['kind', 'created_at'])
      .where('recipient_hash', '=', recipientHash)
      .where('created_at', '>', new Date(now.getTime() - DAY_MS).toISOString())
      .where('status', '!=', 'failed')
      .execute();
  }

  /**
   * Takes the next due mail for `leaseMs`: queued and due, or claimed by a worker whose lease ran
   * out (it died mid-send). One statement, so the check and the claim cannot be split by another
   * worker's claim.
   */
  async claimNext(leaseMs: number): Promise<ClaimedMail | undefined> {
    const now = this.settings.now();
    const at = now.toISOString();
    const claimId = randomUUID();
    const row = await this.storage.db
      .updateTable('mail_outbox')
      .set((eb) => ({
        status: 'sending',
        claim_id: claimId,
        claimed_until: new Date(now.getTime() + leaseMs).toISOString(),
        attempts: eb('attempts', '+', 1),
      }))
      // Two lookups an index answers at once, rather than one over both states that sorts every
      // queued mail: with an issue's 20,000 queued that took 150 ms a claim (bench/newsletter-issue-send.ts).
      // First a mail whose worker died mid-send, then the next due one, bulk last: a booking's hold
      // mail is not kept waiting behind an issue's thousands.
      .where('id', '=', (eb) =>
        eb.fn.coalesce(
          eb
            .selectFrom('mail_outbox')
            .select('id')
            .where('status', '=', 'sending')
            .where('claimed_until', '<=', at)
            .orderBy('claimed_until')
            .limit(1)
            .$if(this.storage.engine === 'postgres', (q) => q.forUpdate().skipLocked()),
          eb
            .selectFrom('mail_outbox')
            .select('id')
            .where('status', '=', 'queued')
            .where('next_attempt_at', '<=', at)
            .orderBy('bulk')
            .orderBy('next_attempt_at')
            .orderBy('id')
            .limit(1)
            // PostgreSQL: a mail another worker is claiming right now is skipped, not waited for, so
            // concurrent workers take different mails. SQLite's one connection has no such race (and
            // no such syntax).
            .$if(this.storage.engine === 'postgres', (q) => q.forUpdate().skipLocked()),
        ),
      )
      .where((w) =>
        w.or([w('status', '=', 'queued'), w.and([w('status', '=', 'sending'), w('claimed_until', '<=', at)])]),
      )
      .returningAll()
      .executeTakeFirst();
    if (!row) return undefined;
    const attachments = await this.storage.db
      .selectFrom('mail_outbox_attachments')
      .select(['filename', 'content_type', 'content'])
      .where('mail_id', '=', row.id)
      .orderBy('position')
      .execute();
    return toClaimed(row, claimId, this.settings.defaultFrom, attachments);
  }

  /** Sent: the body, the address and attachments are erased; the hash stays a day for the limit. */
  async markSent(mail: ClaimedMail): Promise<void> {
    const at = this.settings.now().toISOString();
    await this.storage.db.transaction().execute(async (trx) => {
      const result = await trx
        .updateTable('mail_outbox')
        .set({
          status: 'sent',
          sent_at: at,
          claim_id: null,
          claimed_until: null,
          next_attempt_at: null,
          last_error: null,
          recipient: '',
          subject: '',
          text: '',
          html: '',
          headers: null,
        })
        .where('id', '=', mail.id)
        .where('claim_id', '=', mail.claimId)
        .executeTakeFirst();
      if (result.numUpdatedRows > 0n)
        await trx.deleteFrom('mail_outbox_attachments').where('mail_id', '=', mail.id).execute();
    });
  }

  /** A temporary failure: back in the queue, due again at `nextAttemptAt`. */
  async markRetry(mail: ClaimedMail, nextAttemptAt: Date, reason: string): Promise<void> {
    await this.storage.db
      .updateTable('mail_outbox')
      .set({
        status: 'queued',
        next_attempt_at: nextAttemptAt.toISOString(),
        claim_id: null,
        claimed_until: null,
        last_error: reason,
      })
      .where('id', '=', mail.id)
      .where('claim_id', '=', mail.claimId)
      .execute();
  }

  /** Put back untried (shutdown): the attempt does not count. */
  async release(mail: ClaimedMail): Promise<void> {
    await this.storage.db
      .updateTable('mail_outbox')
      .set((eb) => ({ status: 'queued', claim_id: null, claimed_until: null, attempts: eb('attempts', '-', 1) }))
      .where('id', '=', mail.id)
      .where('claim_id', '=', mail.claimId)
      .execute();
  }

  /** Refused for good (a 5xx, a malformed address) or out of attempts: never retried. */
  async markFailed(mail: ClaimedMail, reason: string): Promise<void> {
    await this.storage.db
      .updateTable('mail_outbox')
      .set({
        status: 'failed',
        failed_at: this.settings.now().toISOString(),
        claim_id: null,
        claimed_until: null,
        next_attempt_at: null,
        last_error: reason,
      })
      .where('id', '=', mail.id)
      .where('claim_id', '=', mail.claimId)
      .execute();
  }

  async stats(): Promise<MailQueueStats> {
    const now = this.settings.now();
    const waiting = await this.storage.db
      .selectFrom('mail_outbox')
      .select((eb) => [eb.fn.countAll<number>().as('count'), eb.fn.min('created_at').as('oldest')])
      .where('status', 'in', ['queued', 'sending'])
      .executeTakeFirstOrThrow();
    const failed = await this.storage.db
      .selectFrom('mail_outbox')
      .select((eb) => eb.fn.countAll<number>().as('count'))
      .where('status', '=', 'failed')
      .where('failed_at', '>', new Date(now.getTime() - DAY_MS).toISOString())
      .executeTakeFirstOrThrow();
    const oldest = waiting.oldest ? Date.parse(waiting.oldest) : now.getTime();
    return {
      backlog: Number(waiting.count),
      oldestSeconds: Math.max(0, Math.round((now.getTime() - oldest) / 1000)),
      failedToday: Number(failed.count),
    };
  }
}

/**
 * Forgets mails whose time is up (attachments by cascade): sent mails' traces after the day they
 * count for, failed ones after a week, outbox copies with the data they are about (a booking's
 * when it is deleted, a confirmation request's when it expires), others after the default age.
 */
export async function purgeMails(storage: Storage, now: Date): Promise<number> {
  const at = now.toISOString();
  const dayAgo = new Date(now.getTime() - DAY_MS).toISOString();
  const failedCutoff = new Date(now.getTime() - FAILED_MAIL_KEEP_DAYS * DAY_MS).toISOString();
  const defaultCutoff = new Date(now.getTime() - OUTBOX_DEFAULT_KEEP_DAYS * DAY_MS).toISOString();
  const result = await storage.db
    .deleteFrom('mail_outbox')
    .where((eb) =>
      eb.or([
        eb('delete_after', '<=', at),
        eb.and([eb('delete_after', 'is', null), eb('created_at', '<=', defaultCutoff)]),
        // Sent over SMTP: only the address hash is left, and it counts for 24 hours.
        eb.and([eb('status', '=', 'sent'), eb('recipient', '=', ''), eb('created_at', '<=', dayAgo)]),
        eb.and([eb('status', '=', 'failed'), eb('failed_at', '<=', failedCutoff)]),
      ]),
    )
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

function toClaimed(
  row: Selectable<MailOutboxTable>,
  claimId: string,
  defaultFrom: string,
  attachments: Array<{ filename: string; content_type: string; content: string }>,
): ClaimedMail {
  return {
    id: row.id,
    claimId,
    attempts: row.attempts,
    from: row.sender ?? defaultFrom,
    to: row.recipient,
    subject: row.subject,
    text: row.text,
    html: row.html,
    headers: row.headers ? (JSON.parse(row.headers) as Record<string, string>) : {},
    attachments: attachments.map((a) => ({ filename: a.filename, contentType: a.content_type, content: a.content })),
  };
}

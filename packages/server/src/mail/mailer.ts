import type { Kysely } from 'kysely';
import type { Logger } from '../http/logger.js';
import type { Storage } from '../storage/database.js';
import type { Database } from '../storage/schema.js';
import { MailQueue, type MailQueueStats } from './mail-queue.js';
import { MailWorker, type MailWorkerOptions, type MailWorkerState } from './mail-worker.js';
import { smtpTransport, type SmtpTimeouts } from './smtp-transport.js';

/** What a mail is for: daily limits count by kind, and the outbox shows it. */
export type MailKind =
  | 'newsletter-confirmation'
  | 'newsletter-welcome'
  | 'appointment-hold'
  | 'appointment-confirmation'
  | 'appointment-cancellation'
  | 'newsletter-issue'
  | 'newsletter-issue-test'
  | 'staff-invitation';

export interface OutgoingMail {
  kind: MailKind;
  /** The sender for this mail's purpose (MAIL_FROM_NEWSLETTER, MAIL_FROM_APPOINTMENTS); else the mailer's default. */
  from?: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  headers?: Record<string, string>;
  /** E.g. the calendar file of a booking. */
  attachments?: MailAttachment[];
  /**
   * Until when a copy of this mail may be kept, i.e. as long as the data it is about (a booking
   * until its deletion, a confirmation request until it expires). The outbox forgets it then.
   */
  keepUntil?: Date;
  /** A newsletter issue's mail: workers send every other due mail first (ADR 0018, "Newsletter issues"). */
  bulk?: boolean;
}

/** What a mail template produces; the service that sends it names its kind. */
export type MailContent = Omit<OutgoingMail, 'kind'>;

export interface MailAttachment {
  filename: string;
  content: string;
  contentType: string;
}

export interface SendOptions {
  /**
   * The caller's transaction: the mail is stored with the data it is about, or not at all. The
   * caller then calls `poke()` after its commit: a worker woken before it would not see the mail.
   */
  db?: Kysely<Database>;
  /** A stricter limit for some kinds, e.g. three newsletter confirmations a day. */
  limit?: { kinds: MailKind[]; perDay: number };
}

/** `over-limit`: the recipient had the day's maximum of mails; nothing was stored. */
export type SendOutcome = 'queued' | 'over-limit';

export interface MailHealth {
  transport: 'smtp' | 'outbox';
  /** False while the SMTP server cannot be reached or the last attempt failed; the outbox is always ok. */
  ok: boolean;
  /** Why not (an SMTP reply code or an error kind, never an address). */
  problem?: string;
  queue: MailQueueStats;
}

export interface Mailer {
  readonly transport: 'smtp' | 'outbox';
  /**
   * Stores the mail in the durable queue and returns at once: a worker sends it moments later,
   * with retries. Neither a slow nor a missing SMTP server can hold the request.
   */
  send(mail: OutgoingMail, options?: SendOptions): Promise<SendOutcome>;
  /**
   * Stores a mail that no daily limit holds back, in the caller's transaction, and returns its id:
   * a newsletter issue to its confirmed subscribers (staff send it; no stranger can trigger it). It
   * still counts toward the recipient's limit for every other mail. The caller pokes after commit.
   */
  sendUnlimited(mail: OutgoingMail, options: { db: Kysely<Database> }): Promise<number>;
  /** Wakes this process's worker for mails a committed transaction queued (others find them by polling). */
  poke(): void;
  /** Seconds until `to` may receive a mail again (0: now), for a Retry-After. */
  retryAfterSeconds(to: string): Promise<number>;
  health(): Promise<MailHealth>;
  /** Stops the worker: a send in progress gets until the deadline, then is put back in the queue. */
  close(deadlineMs?: number): Promise<void>;
}

export interface MailerOptions {
  smtpUrl?: string;
  from: string;
  storage: Storage;
  now?: () => Date;
  logger?: Logger;
  /** Mails one address may receive per 24 hours, all kinds together. */
  perRecipientPerDay?: number;
  /** Tests shorten waits and timeouts; production uses the defaults. */
  worker?: Partial<MailWorkerOptions>;
  timeouts?: Partial<SmtpTimeouts>;
}

/**
 * SMTP when SMTP_URL is set: mails are queued and a worker sends them. Without it mails are
 * "delivered" to the outbox table at once, which the demo shows; the limits apply the same way.
 */
export function createMailer(options: MailerOptions): Mailer {
  const now = options.now ?? (() => new Date());
  const logger = options.logger ?? silentLogger;
  const transport = options.smtpUrl ? smtpTransport(options.smtpUrl, options.timeouts) : undefined;
  const queue = new MailQueue(options.storage, {
    defaultFrom: options.from,
    perRecipientPerDay: options.perRecipientPerDay ?? 10,
    deliveredOnArrival: !transport,
    now,
  });
  const worker = transport && new MailWorker(queue, transport, logger, { now, ...options.worker });
  worker?.start();

  return {
    transport: transport ? 'smtp' : 'outbox',
    async send(mail, sendOptions) {
      const outcome = await queue.enqueue(mail, sendOptions);
      if (outcome === 'queued' && !sendOptions?.db) worker?.poke();
      return outcome;
    },
    sendUnlimited: (mail, sendOptions) => queue.insert(sendOptions.db, mail),
    poke: () => worker?.poke(),
    retryAfterSeconds: (to) => queue.retryAfterSeconds(to),
    async health() {
      const stats = await queue.stats();
      if (!worker) return { transport: 'outbox', ok: true, queue: stats };
      const state: MailWorkerState = await worker.state();
      return { transport: 'smtp', ok: state.ok, ...(state.problem ? { problem: state.problem } : {}), queue: stats };
    },
    async close(deadlineMs = 5_000) {
      await worker?.stop(deadlineMs);
      transport?.close();
    },
  };
}

const silentLogger: Logger = { debug() {}, info() {}, warn() {}, error() {} };

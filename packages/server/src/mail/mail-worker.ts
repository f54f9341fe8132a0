import type { Logger } from '../http/logger.js';
import type { ClaimedMail, MailQueue } from './mail-queue.js';
import { failureReason, isPermanentFailure, type MailTransport } from './smtp-transport.js';

export interface MailWorkerOptions {
  now: () => Date;
  /** How often the queue is looked at without a poke (mails of other instances, retries). */
  pollMs: number;
  /** How long a claim holds a mail: longer than any attempt may take, so only a dead worker's claim lapses. */
  leaseMs: number;
  /** Wait before attempt 2, 3, …; after the last the mail is marked failed. */
  retryDelaysMs: number[];
  /** How long a health answer may reuse the last SMTP check. */
  healthCacheMs: number;
}

const MINUTE_MS = 60_000;

export const DEFAULT_WORKER_OPTIONS: Omit<MailWorkerOptions, 'now'> = {
  pollMs: 1_000,
  leaseMs: 5 * MINUTE_MS,
  // About a day in all: long enough for a mail server's maintenance, short enough to still matter.
  retryDelaysMs: [0.5, 2, 10, 30, 60, 120, 240, 480, 480].map((minutes) => minutes * MINUTE_MS),
  healthCacheMs: 30_000,
};

export interface MailWorkerState {
  ok: boolean;
  problem?: string;
}

/**
 * Sends queued mails one after another. A poke (a mail was just stored) or the poll timer starts
 * a round that drains everything due. Stopping waits for the mail in hand until a deadline, then
 * aborts it and puts it back.
 */
export class MailWorker {
  private readonly options: MailWorkerOptions;
  private timer: NodeJS.Timeout | undefined;
  private round: Promise<void> | undefined;
  private again = false;
  private stopped = false;
  private readonly abort = new AbortController();
  private last: { at: number; state: MailWorkerState } | undefined;

  constructor(
    private readonly queue: MailQueue,
    private readonly transport: MailTransport,
    private readonly logger: Logger,
    options: Partial<MailWorkerOptions> & { now: () => Date },
  ) {
    this.options = { ...DEFAULT_WORKER_OPTIONS, ...options };
  }

  start(): void {
    this.schedule(0);
  }

  /** A mail was stored: look now rather than at the next poll. */
  poke(): void {
    if (this.stopped) return;
    if (this.round) this.again = true;
    else this.schedule(0);
  }

  async stop(deadlineMs: number): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    if (!this.round) return;
    const deadline = new Promise<void>((resolve) => setTimeout(resolve, deadlineMs).unref());
    await Promise.race([this.round, deadline]);
    this.abort.abort(new Error('shutdown'));
    await this.round;
  }

  /** Whether mail is getting through: the last attempt's outcome, or a fresh check of the server. */
  async state(): Promise<MailWorkerState> {
    const now = Date.now();
    if (this.last && now - this.last.at < this.options.healthCacheMs) return this.last.state;
    try {
      await this.transport.verify();
      this.record({ ok: true });
    } catch (error) {
      this.record({ ok: false, problem: failureReason(error) });
    }
    return this.last!.state;
  }

  private record(state: MailWorkerState): void {
    this.last = { at: Date.now(), state };
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.startRound(), delayMs);
    this.timer.unref();
  }

  private startRound(): void {
    if (this.round || this.stopped) return;
    this.round = this.drain()
      .catch((error: unknown) => this.logger.error('mail queue round failed', { error: failureReason(error) }))
      .finally(() => {
        this.round = undefined;
        const again = this.again;
        this.again = false;
        this.schedule(again ? 0 : this.options.pollMs);
      });
  }

  private async drain(): Promise<void> {
    while (!this.stopped) {
      const mail = await this.queue.claimNext(this.options.leaseMs);
      if (!mail) return;
      await this.deliver(mail);
    }
  }

  private async deliver(mail: ClaimedMail): Promise<void> {
    try {
      await this.transport.send(mail, this.abort.signal);
      this.record({ ok: true });
      await this.queue.markSent(mail);
      return;
    } catch (error) {
      if (this.abort.signal.aborted) {
        await this.queue.release(mail);
        return;
      }
      const reason = failureReason(error);
      this.record({ ok: false, problem: reason });
      const delay = this.options.retryDelaysMs[mail.attempts - 1];
      // The log names the mail by id and the failure by code: never the address or the server's words.
      if (isPermanentFailure(error) || delay === undefined) {
        this.logger.error('mail failed for good', { mailId: mail.id, attempts: mail.attempts, reason });
        await this.queue.markFailed(mail, reason);
      } else {
        this.logger.warn('mail not sent, will retry', { mailId: mail.id, attempts: mail.attempts, reason });
        await this.queue.markRetry(mail, new Date(this.options.now().getTime() + delay), reason);
      }
    }
  }
}

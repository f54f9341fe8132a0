import { WIDGETS_VERSION, type HealthResponse } from '@welcome-widgets/domain';
import type { Mailer } from '../mail/mailer.js';
import type { Storage } from '../storage/database.js';

/** A mail older than this in the queue means mail is not getting through, whatever SMTP says. */
export const MAIL_BACKLOG_ALARM_SECONDS = 15 * 60;

/** How often the dependencies are checked; /health reports a failure at most this late (plus the timeout). */
export const HEALTH_CHECK_INTERVAL_MS = 2_000;

/** What the last check found, and which check it was (the answers built from it change with it). */
export interface HealthState {
  /** Counts the checks; answers built from one check stay valid until the next one. */
  generation: number;
  /** Readiness: the database answered. */
  ready: boolean;
  health: HealthResponse;
}

/**
 * Checks the database and mail in the background and keeps the result, so health probes cost no
 * query: a `select 1` per request (and a queue count per /health request) was most of what
 * /health cost under load, at 0.04× a bare Hono hello-world. A check that does not finish within
 * the interval counts as failed (a PostgreSQL pool waiting for a dead server would otherwise keep
 * the last good answer), so a failure shows within two intervals at most.
 */
export class HealthMonitor {
  private state: HealthState;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;

  constructor(private readonly options: { storage: Storage; mailer: Mailer; intervalMs?: number }) {
    // Until the first check: not ready, so nothing is routed here before the database answered once.
    this.state = { generation: 0, ready: false, health: this.document(false, undefined, new Date()) };
  }

  get intervalMs(): number {
    return this.options.intervalMs ?? HEALTH_CHECK_INTERVAL_MS;
  }

  current(): HealthState {
    return this.state;
  }

  /** Checks once now, then every interval until `close()`. */
  async start(): Promise<void> {
    await this.check();
    this.timer ??= setInterval(() => void this.check(), this.intervalMs);
    this.timer.unref();
  }

  close(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  /** Runs a check unless one is under way (a slow database gets no pile of pings). */
  check(): Promise<void> {
    this.running ??= this.runCheck().finally(() => (this.running = undefined));
    return this.running;
  }

  private async runCheck(): Promise<void> {
    const { storage, mailer } = this.options;
    const storageOk = (await withTimeout(storage.ping(), this.intervalMs)) === true;
    const mail = storageOk ? await withTimeout(mailer.health(), this.intervalMs) : undefined;
    this.state = {
      generation: this.state.generation + 1,
      ready: storageOk,
      health: this.document(storageOk, mail, new Date()),
    };
  }

  private document(
    storageOk: boolean,
    mail: Awaited<ReturnType<Mailer['health']>> | undefined,
    checkedAt: Date,
  ): HealthResponse {
    const { storage, mailer } = this.options;
    const mailOk = mail ? mail.ok && mail.queue.oldestSeconds < MAIL_BACKLOG_ALARM_SECONDS : false;
    return {
      status: storageOk && mailOk ? 'ok' : 'degraded',
      storage: { engine: storage.engine, ok: storageOk },
      mail: {
        transport: mailer.transport,
        ok: mailOk,
        ...(mail?.problem ? { problem: mail.problem } : {}),
        ...(mail ? { queue: mail.queue } : {}),
      },
      version: WIDGETS_VERSION,
      time: checkedAt.toISOString(),
    };
  }
}

/** The promise's value, or undefined when it fails or takes longer than `ms`. */
async function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<undefined>((resolve) => (timer = setTimeout(() => resolve(undefined), ms)));
  try {
    return await Promise.race([promise.catch(() => undefined), late]);
  } finally {
    clearTimeout(timer);
  }
}

import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getRequestListener } from '@hono/node-server';
import { createApp } from './app.js';
import { startWarnings, type Config } from './config.js';
import { purgeZeroResults } from './faq/faq-zero-results.js';
import { createLogger, type Logger } from './http/logger.js';
import { purgeMails } from './mail/mail-queue.js';
import { recordOutcomes } from './newsletter/issues/issue-outcomes.js';
import { createMailer, type MailerOptions } from './mail/mailer.js';
import { openStorage } from './storage/database.js';
import { runIfDue } from './storage/job-lease.js';

export interface RunningServer {
  url: string;
  port: number;
  /** Runs the hourly purge now (tests, and operators after changing a retention period). */
  purge(): Promise<void>;
  close(): Promise<void>;
}

const HOUR_MS = 3_600_000;
const PURGE_TICK_MS = 5 * 60_000;
/** Purges are deletes of seconds; a holder that died mid-purge blocks the next for at most this. */
const PURGE_LEASE_MS = 15 * 60_000;

/** Opens storage and mail, starts listening, and purges expired requests and past bookings hourly. */
export interface ServerOptions {
  /** The clock for bookings, horizons and expiry; tests set it. */
  now?: () => Date;
  /** Tests shorten the mail worker's waits and the SMTP timeouts. */
  mail?: Pick<MailerOptions, 'worker' | 'timeouts'>;
  /** How long stopping may take: open requests and a mail being sent get this long (default 5 s). */
  shutdownDeadlineMs?: number;
  /** How often health checks the database and mail in the background (default 2 s; tests shorten it). */
  healthCheckMs?: number;
}

export async function startServer(
  config: Config,
  logger: Logger = createLogger(config.logLevel),
  options: ServerOptions = {},
): Promise<RunningServer> {
  const storage = await openStorage(config.databaseUrl, { poolSize: config.databasePoolSize });
  const now = options.now ?? (() => new Date());
  const mailer = createMailer({
    smtpUrl: config.smtpUrl,
    from: config.mailFrom.newsletter,
    storage,
    now,
    logger,
    perRecipientPerDay: config.mailsPerRecipientPerDay,
    ...options.mail,
  });
  const {
    hono,
    replay,
    newsletter,
    appointments,
    appointmentContent,
    faqContent,
    dashboard,
    issueSender,
    versions,
    staff,
    health,
  } = createApp({
    config,
    storage,
    mailer,
    logger,
    now: options.now,
    healthCheckMs: options.healthCheckMs,
  });
  // Seed the dashboard before listening: a broken seed stops the start instead of the first request.
  await dashboard.ready();
  await appointmentContent.ready();
  await faqContent.ready();
  await versions.start();
  await health.start();

  const purgeAll = () =>
    Promise.all([
      newsletter.purgeExpired().then(
        (count) => count > 0 && logger.info('purged expired newsletter requests', { count }),
        (error: unknown) => logger.error('purge failed', { error: String(error) }),
      ),
      appointments.purgeExpired().then(
        (count) => count > 0 && logger.info('purged past bookings', { count }),
        (error: unknown) => logger.error('booking purge failed', { error: String(error) }),
      ),
      purgeZeroResults(storage.db, now()).then(
        (count) => count > 0 && logger.info('purged FAQ zero-result counts', { count }),
        (error: unknown) => logger.error('FAQ zero-result purge failed', { error: String(error) }),
      ),
      // Ended staff sessions, expired invitations, audit entries past AUDIT_RETENTION_DAYS.
      staff.purge().then(
        (counts) => Object.values(counts).some((n) => n > 0) && logger.info('purged staff data', counts),
        (error: unknown) => logger.error('staff purge failed', { error: String(error) }),
      ),
      // An issue's mails' outcomes are copied before the queue forgets them (issue-outcomes.ts).
      recordOutcomes(storage)
        .catch((error: unknown) => logger.error('newsletter outcomes not recorded', { error: String(error) }))
        .then(() => purgeMails(storage, now()))
        .then(
          (count) => count > 0 && logger.info('purged mails', { count }),
          (error: unknown) => logger.error('mail purge failed', { error: String(error) }),
        ),
    ]).then(() => undefined);
  // Hourly across all instances, never two at once (job-lease.ts); each instance asks every few
  // minutes whether it is due. At start and on request it runs even if not due (ADR 0011).
  const purge = (force: boolean) =>
    runIfDue(storage, 'purge', { now: now(), everyMs: HOUR_MS, leaseMs: PURGE_LEASE_MS, force }, purgeAll).catch(
      (error: unknown) => logger.error('purge not run', { error: String(error) }),
    );
  await purge(true);
  // Issues whose sending stopped with a process (crash, restart) go on once their lease lapses.
  const resumeIssues = () =>
    issueSender
      .resumeInterrupted()
      .catch((error: unknown) => logger.error('newsletter issues not resumed', { error: String(error) }));
  await resumeIssues();
  const timer = setInterval(() => {
    void purge(false);
    void resumeIssues();
  }, PURGE_TICK_MS);
  timer.unref();

  // Prebuilt answers the app sent before are replayed here, before Hono (answer-replay.ts).
  const app = getRequestListener(hono.fetch, { hostname: config.host });
  const server = createServer((request, response) => {
    if (!replay.serve(request, response)) void app(request, response);
  });
  await new Promise<void>((resolve, reject) => {
    // A taken port fails the start with its error instead of an unhandled 'error' event.
    server.once('error', reject);
    server.listen(config.port, config.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  if (mailer.transport === 'outbox') {
    logger.warn(
      config.adminToken
        ? 'SMTP_URL is not set: mails go to the outbox at /api/v1/dev/outbox, readable with ADMIN_TOKEN'
        : 'SMTP_URL is not set: mails go to the outbox at /api/v1/dev/outbox, which answers only on this machine (loopback); set ADMIN_TOKEN to read it from elsewhere',
      { outboxReadableFrom: config.adminToken ? 'admin-token' : 'loopback-only' },
    );
  }
  for (const warning of startWarnings(config)) logger.warn(warning);
  logger.info('listening', { port, storage: storage.engine, mail: mailer.transport });

  return {
    url: `http://localhost:${port}`,
    port,
    purge: async () => {
      await purge(true);
    },
    async close() {
      clearInterval(timer);
      versions.close();
      health.close();
      const deadlineMs = options.shutdownDeadlineMs ?? 5_000;
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      // Idle keep-alive connections would hold close() open; busy ones get until the deadline.
      server.closeIdleConnections();
      const late = setTimeout(() => server.closeAllConnections(), deadlineMs);
      await Promise.all([closed, issueSender.close(), mailer.close(deadlineMs)]);
      clearTimeout(late);
      await storage.close();
    },
  };
}

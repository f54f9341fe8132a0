import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { createApp } from './app.js';
import { startWarnings, type Config } from './config.js';
import { createLogger, type Logger } from './http/logger.js';
import { createMailer } from './mail/mailer.js';
import { purgeOutbox } from './outbox/outbox-store.js';
import { openStorage } from './storage/database.js';

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

const HOUR_MS = 3_600_000;

/** Opens storage and mail, starts listening, and purges expired requests and past bookings hourly. */
export interface ServerOptions {
  /** The clock for bookings, horizons and expiry; tests set it. */
  now?: () => Date;
}

export async function startServer(
  config: Config,
  logger: Logger = createLogger(config.logLevel),
  options: ServerOptions = {},
): Promise<RunningServer> {
  const storage = await openStorage(config.databaseUrl);
  const now = options.now ?? (() => new Date());
  const mailer = createMailer({ smtpUrl: config.smtpUrl, from: config.mailFrom.newsletter, storage, now });
  const { hono, newsletter, appointments, dashboard } = createApp({
    config,
    storage,
    mailer,
    logger,
    now: options.now,
  });
  // Seed the dashboard before listening: a broken seed stops the start instead of the first request.
  await dashboard.ready();

  const purge = () =>
    Promise.all([
      newsletter.purgeExpired().then(
        (count) => count > 0 && logger.info('purged expired newsletter requests', { count }),
        (error: unknown) => logger.error('purge failed', { error: String(error) }),
      ),
      appointments.purgeExpired().then(
        (count) => count > 0 && logger.info('purged past bookings', { count }),
        (error: unknown) => logger.error('booking purge failed', { error: String(error) }),
      ),
      purgeOutbox(storage, now()).then(
        (count) => count > 0 && logger.info('purged outbox mails', { count }),
        (error: unknown) => logger.error('outbox purge failed', { error: String(error) }),
      ),
    ]);
  await purge();
  const timer = setInterval(purge, HOUR_MS);
  timer.unref();

  const server: ServerType = await new Promise((resolve) => {
    const s = serve({ fetch: hono.fetch, port: config.port, hostname: config.host }, () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  if (mailer.transport === 'outbox') {
    logger.warn('SMTP_URL is not set: mails go to the outbox at /api/v1/dev/outbox', {
      protectedByAdminToken: Boolean(config.adminToken),
    });
  }
  for (const warning of startWarnings(config)) logger.warn(warning);
  logger.info('listening', { port, storage: storage.engine, mail: mailer.transport });

  return {
    url: `http://localhost:${port}`,
    port,
    async close() {
      clearInterval(timer);
      await new Promise<void>((resolve) => server.close(() => resolve()));
      mailer.close();
      await storage.close();
    },
  };
}

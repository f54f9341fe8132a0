import { createServer } from 'node:net';
import { loadConfig } from '../../src/config.js';
import type { Logger } from '../../src/http/logger.js';
import { startServer, type RunningServer, type ServerOptions } from '../../src/server.js';
import { startSmtpSink, type SmtpSink } from './smtp-sink.js';
import { testDatabase, type TestDatabase } from './test-database.js';

export interface TestServer extends RunningServer {
  sink: SmtpSink;
  /** The server's database, for reading what it stored (`await server.database.rows(sql\`…\`)`). */
  database: TestDatabase;
  api(path: string, init?: RequestInit): Promise<Response>;
}

/** A free port on loopback, so links in mails can name the server before it starts. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/**
 * The real server on a fresh database (SQLite, or PostgreSQL under TEST_DATABASE_URL), mailing to a
 * real local SMTP sink; `options.now` sets its clock. `options.database` starts it on an existing
 * database (a restart on the same data), which the caller then drops; a fresh one is dropped in `close()`.
 */
export async function startTestServer(
  env: Record<string, string> = {},
  options: ServerOptions & { logger?: Logger; database?: TestDatabase } = {},
): Promise<TestServer> {
  const database = options.database ?? (await testDatabase());
  const sink = await startSmtpSink();
  const port = await freePort();
  const config = loadConfig({
    PORT: String(port),
    HOST: '127.0.0.1',
    PUBLIC_URL: `http://127.0.0.1:${port}`,
    DATABASE_URL: database.url,
    DATABASE_POOL_SIZE: '4',
    SMTP_URL: sink.url,
    LOG_LEVEL: 'silent',
    ...env,
  });
  let server: RunningServer;
  try {
    server = await startServer(config, options.logger, options);
  } catch (error) {
    await sink.close();
    if (!options.database) await database.drop();
    throw error;
  }
  const base = `http://127.0.0.1:${port}`;
  return {
    ...server,
    url: base,
    sink,
    database,
    api: (path, init) => fetch(`${base}/api${path}`, init),
    async close() {
      await server.close();
      await sink.close();
      if (!options.database) await database.drop();
    },
  };
}

export function postJson(body: unknown, headers: Record<string, string> = {}): RequestInit {
  return { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) };
}

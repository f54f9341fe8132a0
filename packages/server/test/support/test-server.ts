import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../src/config.js';
import type { Logger } from '../../src/http/logger.js';
import { startServer, type RunningServer, type ServerOptions } from '../../src/server.js';
import { startSmtpSink, type SmtpSink } from './smtp-sink.js';

export interface TestServer extends RunningServer {
  sink: SmtpSink;
  databaseFile: string;
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

/** The real server on a fresh SQLite file, mailing to a real local SMTP sink; `options.now` sets its clock. */
export async function startTestServer(
  env: Record<string, string> = {},
  options: ServerOptions & { logger?: Logger } = {},
): Promise<TestServer> {
  const dir = mkdtempSync(join(tmpdir(), 'welcome-test-'));
  const databaseFile = join(dir, 'welcome.db');
  const sink = await startSmtpSink();
  const port = await freePort();
  const config = loadConfig({
    PORT: String(port),
    HOST: '127.0.0.1',
    PUBLIC_URL: `http://127.0.0.1:${port}`,
    DATABASE_URL: `sqlite:${databaseFile}`,
    SMTP_URL: sink.url,
    LOG_LEVEL: 'silent',
    ...env,
  });
  const server = await startServer(config, options.logger, options);
  const base = `http://127.0.0.1:${port}`;
  return {
    ...server,
    url: base,
    sink,
    databaseFile,
    api: (path, init) => fetch(`${base}/api${path}`, init),
    async close() {
      await server.close();
      await sink.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function postJson(body: unknown, headers: Record<string, string> = {}): RequestInit {
  return { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) };
}

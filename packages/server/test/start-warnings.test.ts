import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadConfig } from '../src/config.js';
import { createLogger } from '../src/http/logger.js';
import { startServer } from '../src/server.js';
import { testDatabase } from './support/test-database.js';

/** Starts the real server with `env`, returns what it logged at start as parsed JSON lines. */
async function startLog(env: Record<string, string>): Promise<Array<{ level: string; message: string }>> {
  const database = await testDatabase();
  const lines: string[] = [];
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    DATABASE_URL: database.url,
    SMTP_URL: 'smtp://127.0.0.1:9',
    ...env,
  });
  const server = await startServer(
    config,
    createLogger('info', (line) => lines.push(line)),
  );
  await server.close();
  await database.drop();
  return lines.map((line) => JSON.parse(line) as { level: string; message: string });
}

describe('warnings at start', () => {
  it('warns clearly when VIDEO_ROOM_URL is unset: mails would lead to the demo’s stand-in room', async () => {
    const log = await startLog({});
    const warning = log.find((line) => line.level === 'warn' && line.message.includes('VIDEO_ROOM_URL'));
    assert.ok(warning, JSON.stringify(log));
    assert.match(warning.message, /not set/);
  });

  it('says nothing about it when it is set', async () => {
    const log = await startLog({ VIDEO_ROOM_URL: 'https://video.example/{room}' });
    assert.equal(
      log.some((line) => line.message.includes('VIDEO_ROOM_URL')),
      false,
    );
  });
});

describe('the outbox at start', () => {
  it('says that without ADMIN_TOKEN the outbox answers only on this machine', async () => {
    const log = await startLog({ SMTP_URL: '' });
    const line = log.find((entry) => entry.message.includes('/api/v1/dev/outbox'));
    assert.ok(line, JSON.stringify(log));
    assert.match(line.message, /only on this machine \(loopback\)/);
    assert.match(line.message, /ADMIN_TOKEN/);
  });

  it('says it is readable with the admin token when one is set', async () => {
    const log = await startLog({ SMTP_URL: '', ADMIN_TOKEN: 'a-token-of-sixteen-chars' });
    const line = log.find((entry) => entry.message.includes('/api/v1/dev/outbox'));
    assert.match(line?.message ?? '', /readable with ADMIN_TOKEN/);
  });
});

import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { getRequestListener } from '@hono/node-server';
import { createApp, type App } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { createLogger } from '../src/http/logger.js';
import type { Mailer } from '../src/mail/mailer.js';
import type { Storage } from '../src/storage/database.js';
import { rawAnswer } from './support/raw-answer.js';

/**
 * Issue 15: health probes answer from a check the monitor runs in the background, not with a query
 * per request, and are replayed before Hono while that check is the latest. What must not get lost:
 * a database that stops answering turns readiness and health to 503 within the check interval
 * (plus the check's own timeout, the same length), and the replay of the last good answer stops.
 * The app is the real one (every middleware, the Node listener with its replay, as server.ts wires
 * them) over a database stand-in whose answers the test decides: a real one cannot be made to fail
 * on demand on SQLite, whose `select 1` answers from memory.
 */

const INTERVAL_MS = 200;

type Ping = () => Promise<boolean>;

describe('health from background checks', () => {
  let pings = 0;
  let ping: Ping = async () => true;
  let app: App;
  let server: Server;
  let base: string;
  const storage = {
    engine: 'sqlite',
    db: undefined as never,
    ping: () => {
      pings++;
      return ping();
    },
    close: async () => undefined,
  } satisfies Storage;
  const mailer = {
    transport: 'outbox',
    health: async () => ({ transport: 'outbox', ok: true, queue: { backlog: 0, oldestSeconds: 0, failedToday: 0 } }),
  } as unknown as Mailer;

  before(async () => {
    const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', PUBLIC_URL: 'http://127.0.0.1', LOG_LEVEL: 'silent' });
    app = createApp({ config, storage, mailer, logger: createLogger('silent'), healthCheckMs: INTERVAL_MS });
    await app.health.start();
    const listener = getRequestListener(app.hono.fetch);
    server = createServer((request, response) => {
      if (!app.replay.serve(request, response)) void listener(request, response);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v1/health`;
  });
  after(async () => {
    app.health.close();
    await new Promise((resolve) => server.close(resolve));
  });

  const statuses = async () => ({
    health: (await rawAnswer(base)).status,
    ready: (await rawAnswer(`${base}/ready`)).status,
    live: (await rawAnswer(`${base}/live`)).status,
  });
  /** Polls until `want`; returns how long it took. */
  const until = async (want: Awaited<ReturnType<typeof statuses>>): Promise<number> => {
    const started = Date.now();
    while (JSON.stringify(await statuses()) !== JSON.stringify(want)) {
      if (Date.now() - started > 10 * INTERVAL_MS)
        assert.fail(`no ${JSON.stringify(want)} after ${10 * INTERVAL_MS} ms`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    return Date.now() - started;
  };

  it('asks the database in the background, not once per request', async () => {
    const before = pings;
    const started = Date.now();
    for (let n = 0; n < 100; n++) assert.deepEqual(await statuses(), { health: 200, ready: 200, live: 200 });
    const checks = Math.ceil((Date.now() - started) / INTERVAL_MS) + 1;
    assert.ok(pings - before <= checks, `${pings - before} pings for 300 requests in ${checks} intervals`);
    assert.ok(app.replay.stats().replayed > 0, 'answers of the current check are replayed before Hono');
  });

  it('turns readiness and health to 503 within the check interval when the database stops answering', async () => {
    for (let n = 0; n < 3; n++) await statuses(); // the good answers are being replayed
    ping = async () => false;
    const took = await until({ health: 503, ready: 503, live: 200 });
    assert.ok(took <= 2 * INTERVAL_MS + 400, `503 after ${took} ms`);
    const health = JSON.parse((await rawAnswer(base)).body.toString()) as { storage: { ok: boolean } };
    assert.equal(health.storage.ok, false);

    ping = async () => true;
    await until({ health: 200, ready: 200, live: 200 });
  });

  it('counts a check the database does not answer within the interval as failed', async () => {
    ping = () => new Promise<boolean>(() => undefined);
    const took = await until({ health: 503, ready: 503, live: 200 });
    assert.ok(took <= 3 * INTERVAL_MS + 400, `503 after ${took} ms`);
    ping = async () => true;
    await until({ health: 200, ready: 200, live: 200 });
  });

  it('sends the few bytes as they are, with their length and every security header, 200 or 503', async () => {
    const gzip = { 'accept-encoding': 'gzip, deflate, br' };
    ping = async () => false;
    await until({ health: 503, ready: 503, live: 200 });
    for (const path of ['', '/ready', '/live']) {
      const answer = await rawAnswer(`${base}${path}`, gzip);
      assert.equal(answer.headers['content-encoding'], undefined, `${path}: not compressed`);
      assert.equal(answer.headers['content-length'], String(answer.body.byteLength));
      assert.equal(answer.headers['content-security-policy'], "default-src 'none'; frame-ancestors 'none'");
      assert.equal(answer.headers['x-content-type-options'], 'nosniff');
      assert.equal(answer.headers['cache-control'], 'no-store');
      assert.ok(JSON.parse(answer.body.toString()));
    }
    ping = async () => true;
  });
});

import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { DashboardMetric } from '@welcome-widgets/domain';
import { AnswerReplay } from '../src/http/answer-replay.js';
import { createLogger } from '../src/http/logger.js';
import { recordingLogger } from './support/log-recorder.js';
import { rawAnswer, type RawAnswer } from './support/raw-answer.js';
import { startTestServer, type TestServer } from './support/test-server.js';

/**
 * Issue 11 (finding 10 and the throughput target): prebuilt answers are replayed by the Node
 * listener before Hono. A replay must be indistinguishable from the app's own answer for every
 * request it stands for, and never stand for one it does not (another coding, origin, version).
 */

const TOKEN = 'answer-replay-admin-token';
const PARTNER = 'https://partner.example';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const withoutPerRequest = (headers: RawAnswer['headers']) => {
  const { date: _date, 'x-request-id': _id, ...rest } = headers;
  return rest;
};

describe('prebuilt answers replayed before Hono', () => {
  let server: TestServer;
  const log = recordingLogger();
  const requestLines = (path: string) =>
    log.lines
      .map((line) => JSON.parse(line) as { message: string; path?: string; replayed?: boolean; requestId?: string })
      .filter((line) => line.message === 'request' && line.path === path);

  before(async () => {
    server = await startTestServer({ ADMIN_TOKEN: TOKEN, ALLOWED_ORIGINS: PARTNER }, { logger: log.logger });
  });
  after(() => server.close());
  const api = (path: string, headers?: Record<string, string>) => rawAnswer(`${server.url}/api${path}`, headers);

  it('answers the same bytes and headers again, with its own request id and its own log line', async () => {
    const br = { 'accept-encoding': 'gzip, deflate, br, zstd' };
    const first = await api('/v1/faq?lang=uk', br);
    const second = await api('/v1/faq?lang=uk', br);
    assert.equal(second.status, 200);
    assert.deepEqual(withoutPerRequest(second.headers), withoutPerRequest(first.headers));
    assert.ok(second.body.equals(first.body));
    assert.equal(second.headers['content-security-policy'], "default-src 'none'; frame-ancestors 'none'");
    assert.match(second.headers['x-request-id'] ?? '', UUID);
    assert.notEqual(second.headers['x-request-id'], first.headers['x-request-id']);
    assert.ok(second.headers.date, 'Node dates every answer');

    const lines = requestLines('/api/v1/faq');
    assert.equal(lines.length, 2, 'one access log line per request, replayed or not');
    assert.equal(lines[0]!.replayed, undefined);
    assert.equal(lines[1]!.replayed, true);
    assert.equal(lines[1]!.requestId, second.headers['x-request-id']);

    const traced = await api('/v1/faq?lang=uk', { ...br, 'x-request-id': 'trace-4711' });
    assert.equal(traced.headers['x-request-id'], 'trace-4711', 'a client’s own id, as the app keeps it');
    const odd = await api('/v1/faq?lang=uk', { ...br, 'x-request-id': 'not allowed!' });
    assert.match(odd.headers['x-request-id'] ?? '', UUID);
    assert.equal(requestLines('/api/v1/faq').filter((line) => line.replayed).length, 3);
  });

  it('gives each coding and each origin its own answer, and a stranger’s origin still its 403', async () => {
    const path = '/v1/appointments/topics?lang=es';
    for (let round = 0; round < 3; round++) {
      for (const [accept, coding] of [
        ['br', 'br'],
        ['gzip', 'gzip'],
        ['identity', undefined],
      ] as const) {
        for (const origin of [PARTNER, undefined]) {
          const answer = await api(path, { 'accept-encoding': accept, ...(origin ? { origin } : {}) });
          assert.equal(answer.status, 200);
          assert.equal(answer.headers['content-encoding'], coding, `${accept}, round ${round}`);
          assert.equal(answer.headers['access-control-allow-origin'], origin, `CORS for ${origin ?? 'no origin'}`);
          const json =
            coding === 'br'
              ? brotliDecompressSync(answer.body)
              : coding === 'gzip'
                ? gunzipSync(answer.body)
                : answer.body;
          assert.ok(JSON.parse(json.toString('utf8')).topics.length > 0);
        }
        const stranger = await api(path, { 'accept-encoding': accept, origin: 'https://stranger.example' });
        assert.equal(stranger.status, 403);
        assert.equal(stranger.headers['access-control-allow-origin'], 'https://stranger.example', 'readable 403');
      }
    }
    assert.ok(requestLines('/api/v1/appointments/topics').filter((line) => line.replayed).length >= 12);
  });

  it('serves an import at once, although the figures before it were being replayed', async () => {
    const path = '/v1/dashboard/metrics/accelerated-procedures?lang=de';
    for (let i = 0; i < 3; i++) await api(path);
    assert.ok(requestLines('/api/v1/dashboard/metrics/accelerated-procedures').some((line) => line.replayed));
    const imported = await server.api('/v1/admin/dashboard/metrics/accelerated-procedures/data', {
      method: 'PUT',
      headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'text/csv' },
      body: 'date,series,value\n2026-03-31,total,12\n2026-06-30,total,34\n',
    });
    assert.equal(imported.status, 200);
    const after = DashboardMetric.parse(JSON.parse((await api(path)).body.toString('utf8')));
    assert.deepEqual(after.series[0]?.points, [
      { date: '2026-03-31', value: 12 },
      { date: '2026-06-30', value: 34 },
    ]);
  });

  it('leaves revalidation to the app: 304 for the current tag, 200 for an old one', async () => {
    const first = await api('/v1/dashboard/metrics?lang=ru');
    await api('/v1/dashboard/metrics?lang=ru');
    const revalidated = await api('/v1/dashboard/metrics?lang=ru', { 'if-none-match': first.headers.etag! });
    assert.equal(revalidated.status, 304);
    assert.equal(revalidated.body.byteLength, 0);
    const stale = await api('/v1/dashboard/metrics?lang=ru', { 'if-none-match': '"an-old-tag"' });
    assert.equal(stale.status, 200);
  });
});

describe('the replay’s memory', () => {
  let http: Server;
  let base: string;
  const replay = new AnswerReplay({ logger: createLogger('error'), maxEntries: 3 });
  before(async () => {
    // A real listener as the server has it: replay first, else "the app", which records its answer.
    http = createServer((req, res) => {
      if (replay.serve(req, res)) return;
      const url = `http://${req.headers.host}${req.url}`;
      const headers = new Headers({ 'content-type': 'text/plain', vary: 'Accept-Encoding' });
      const body = Buffer.from(`app ${req.url}`);
      replay.remember(new Request(url), { status: 200, headers, body, isCurrent: () => true });
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end(body);
    });
    await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  });
  after(() => new Promise<void>((resolve) => http.close(() => resolve())));

  it('keeps at most its limit of answers, whatever URLs clients make up, and still answers each right', async () => {
    for (let n = 0; n < 20; n++) {
      for (let again = 0; again < 2; again++) {
        const answer = await rawAnswer(`${base}/made-up?n=${n}`);
        assert.equal(answer.body.toString(), `app /made-up?n=${n}`);
      }
      assert.ok(replay.stats().entries <= 3, `${replay.stats().entries} entries`);
    }
    assert.equal(replay.stats().replayed, 20, 'each second request replayed');
  });
});

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { gunzipSync } from 'node:zlib';
import { rawAnswer, type RawAnswer } from './support/raw-answer.js';
import { startTestServer, type TestServer } from './support/test-server.js';

/**
 * Issue 15 made the server's answers cheaper (health from background checks, small answers sent
 * without per-request compression). What must hold for every answer anyway: the fixed security
 * headers, also on replayed answers, 304s and errors; compression where it pays and only there.
 */

const BROWSER = { 'accept-encoding': 'gzip, deflate, br, zstd' };
const SECURITY = {
  'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
  'cross-origin-opener-policy': 'same-origin',
  'origin-agent-cluster': '?1',
  'referrer-policy': 'no-referrer',
  'strict-transport-security': 'max-age=15552000; includeSubDomains',
  'x-content-type-options': 'nosniff',
  'x-dns-prefetch-control': 'off',
  'x-download-options': 'noopen',
  'x-frame-options': 'DENY',
  'x-permitted-cross-domain-policies': 'none',
  'x-xss-protection': '0',
};

describe('headers of every answer', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
  });
  after(() => server.close());
  const api = (path: string, headers: Record<string, string> = BROWSER) =>
    rawAnswer(`${server.url}/api${path}`, headers);
  const securityOf = (answer: RawAnswer) =>
    Object.fromEntries(Object.keys(SECURITY).map((name) => [name, answer.headers[name]]));

  it('carry the security headers: replayed, revalidated (304), errors, health', async () => {
    const first = await api('/v1/appointments/topics');
    const replayed = await api('/v1/appointments/topics');
    const answers: Record<string, RawAnswer> = {
      'topics, first': first,
      'topics, replayed': replayed,
      'topics, 304': await api('/v1/appointments/topics', { ...BROWSER, 'if-none-match': first.headers.etag! }),
      'unknown path, 404': await api('/v1/no-such-thing'),
      'bad query, 422': await api('/v1/appointments/slots?topic=nothing'),
      health: await api('/v1/health'),
      'health, again': await api('/v1/health'),
      liveness: await api('/v1/health/live'),
      readiness: await api('/v1/health/ready'),
    };
    assert.deepEqual(Object.fromEntries(Object.entries(answers).map(([what, answer]) => [what, answer.status])), {
      'topics, first': 200,
      'topics, replayed': 200,
      'topics, 304': 304,
      'unknown path, 404': 404,
      'bad query, 422': 422,
      health: 200,
      'health, again': 200,
      liveness: 200,
      readiness: 200,
    });
    for (const [what, answer] of Object.entries(answers)) assert.deepEqual(securityOf(answer), SECURITY, what);
  });

  it('sends small answers as they are, with their length, and compresses large computed ones', async () => {
    for (const path of ['/v1/no-such-thing', '/v1/health/live', '/v1/health']) {
      const answer = await api(path);
      assert.equal(answer.headers['content-encoding'], undefined, `${path} is not compressed`);
      assert.equal(answer.headers['content-length'], String(answer.body.byteLength), path);
      assert.doesNotMatch(answer.headers.vary ?? '', /accept-encoding/i, `${path} is the same for every client`);
      assert.ok(JSON.parse(answer.body.toString()), path);
    }
    const { topics } = JSON.parse((await api('/v1/appointments/topics', {})).body.toString()) as {
      topics: { id: string }[];
    };
    const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
    const slots = await api(`/v1/appointments/slots?topic=${topics[0]!.id}&from=${day(0)}&to=${day(56)}`);
    assert.equal(slots.status, 200);
    assert.equal(slots.headers['content-encoding'], 'gzip');
    assert.match(slots.headers.vary ?? '', /accept-encoding/i);
    const plain = await api(`/v1/appointments/slots?topic=${topics[0]!.id}&from=${day(0)}&to=${day(56)}`, {});
    assert.equal(plain.headers['content-encoding'], undefined);
    assert.ok(plain.body.byteLength >= 1024, 'eight weeks of slots are worth compressing');
    assert.deepEqual(JSON.parse(gunzipSync(slots.body).toString()), JSON.parse(plain.body.toString()));
  });
});

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Hono } from 'hono';
import { loadConfig } from '../src/config.js';
import { rateLimitKey } from '../src/http/client-address.js';
import { MemoryCounter, rateLimit, type RateLimitOptions } from '../src/http/rate-limit.js';
import { HttpError } from '../src/http/api-error.js';
import { startTestServer, type TestServer } from './support/test-server.js';

/** Sends FAQ feedback as if through the proxies named in X-Forwarded-For. */
function feedback(server: TestServer, forwardedFor: string): Promise<number> {
  return server
    .api('/v1/faq/blue-card-salary/feedback', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': forwardedFor },
      body: JSON.stringify({ helpful: true, language: 'de' }),
    })
    .then((response) => response.status);
}

describe('client addresses behind reverse proxies (issue 11, finding 6)', () => {
  let oneProxy: TestServer;
  let twoProxies: TestServer;
  before(async () => {
    oneProxy = await startTestServer({ TRUST_PROXY: '1', RATE_LIMIT_FEEDBACK: '3' });
    twoProxies = await startTestServer({ TRUST_PROXY: '2', RATE_LIMIT_FEEDBACK: '3' });
  });
  after(async () => {
    await oneProxy.close();
    await twoProxies.close();
  });

  it('a forged X-Forwarded-For cannot pass a limit: the address our proxy saw counts', async () => {
    const statuses: number[] = [];
    // The client writes any left-most entries it likes; our one proxy appends what it saw.
    for (let i = 0; i < 6; i++) statuses.push(await feedback(oneProxy, `203.0.113.${i}, 198.51.100.7`));
    assert.deepEqual(statuses, [204, 204, 204, 429, 429, 429]);
    assert.equal(await feedback(oneProxy, '198.51.100.8'), 204, 'another client has its own limit');
  });

  it('counts an IPv6 client by its /64, so new addresses from one network do not pass a limit', async () => {
    const statuses: number[] = [];
    for (let i = 1; i <= 5; i++) statuses.push(await feedback(oneProxy, `2001:db8:1:2::${i.toString(16)}`));
    assert.deepEqual(statuses, [204, 204, 204, 429, 429]);
    assert.equal(await feedback(oneProxy, '2001:db8:1:3::1'), 204, 'the next /64 is someone else');
  });

  it('with two proxies, takes the entry two hops from the right', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push(await feedback(twoProxies, `10.9.9.${i}, 192.0.2.44, 172.16.0.2`));
    assert.deepEqual(statuses, [204, 204, 204, 429, 429]);
  });

  it('reads TRUST_PROXY as false, true or a number of hops, and refuses anything else', () => {
    const hops = (value: string) => loadConfig({ TRUST_PROXY: value }).trustProxy;
    assert.deepEqual(['false', '0', 'true', '1', '2'].map(hops), [0, 0, 1, 1, 2]);
    assert.equal(loadConfig({}).trustProxy, 0);
    assert.throws(() => hops('maybe'), /TRUST_PROXY/);
  });
});

/** A bare app behind the limiter, answering its refusals as the server's error handler does. */
function limited(options: RateLimitOptions): Hono {
  const app = new Hono();
  app.use('*', rateLimit(options));
  app.get('/', (c) => c.text('ok'));
  app.onError((error, c) =>
    error instanceof HttpError ? c.text(error.code, error.status, error.headers) : c.text('error', 500),
  );
  return app;
}

describe('the rate limiter’s memory', () => {
  it('tracks at most maxClients per window; a flood of new addresses shares one count', async () => {
    const app = limited({
      bucket: 'test',
      limit: 2,
      windowMs: 60_000,
      trustProxy: 1,
      counter: new MemoryCounter(3),
      now: () => 1_000,
    });
    const from = (address: string) => app.request('/', { headers: { 'x-forwarded-for': address } });
    const statuses: number[] = [];
    for (let i = 0; i < 8; i++) statuses.push((await from(`192.0.2.${i}`)).status);
    // Three known clients; the five after them count together against the same limit of 2.
    assert.deepEqual(statuses, [200, 200, 200, 200, 200, 429, 429, 429]);
  });

  it('forgets every count when the window turns, without sweeping', async () => {
    let at = 0;
    const app = limited({ bucket: 'test', limit: 1, windowMs: 1_000, trustProxy: 1, now: () => at });
    const once = () => app.request('/', { headers: { 'x-forwarded-for': '192.0.2.1' } });
    assert.equal((await once()).status, 200);
    const refused = await once();
    assert.equal(refused.status, 429);
    assert.equal(refused.headers.get('retry-after'), '1');
    at = 1_000;
    assert.equal((await once()).status, 200);
  });

  it('keys IPv4-mapped addresses as IPv4 and IPv6 by /64', () => {
    assert.equal(rateLimitKey('::ffff:192.0.2.5'), '192.0.2.5');
    assert.equal(rateLimitKey('2001:0db8:0001:0002:aaaa::1'), '2001:db8:1:2::/64');
    assert.equal(rateLimitKey('2001:db8:1:2::ffff'), '2001:db8:1:2::/64');
    assert.equal(rateLimitKey('::1'), '0:0:0:0::/64');
  });
});

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { DashboardMetric, FaqResponse, QuickcheckDefinition } from '@welcome-widgets/domain';
import { rawAnswer, type RawAnswer } from './support/raw-answer.js';
import { startTestServer, type TestServer } from './support/test-server.js';

const TOKEN = 'prebuilt-answers-admin-token';

describe('read answers built once per content change: ETag, 304, gzip and brotli', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer({ ADMIN_TOKEN: TOKEN });
  });
  after(() => server.close());

  const raw = (path: string, headers: Record<string, string> = {}) => rawAnswer(`${server.url}/api${path}`, headers);

  const json = (answer: RawAnswer) => JSON.parse(answer.body.toString('utf8')) as unknown;

  it('gives the German FAQ the same bytes and a strong ETag on every request', async () => {
    const first = await raw('/v1/faq?lang=de');
    const second = await raw('/v1/faq?lang=de');
    assert.equal(first.status, 200);
    assert.match(first.headers.etag ?? '', /^"[\w-]{20,}"$/, 'a strong tag: no W/');
    assert.equal(second.headers.etag, first.headers.etag);
    assert.ok(first.body.equals(second.body));
    assert.equal(first.headers['content-length'], String(first.body.byteLength));
    assert.equal(first.headers['content-encoding'], undefined);
    assert.equal(first.headers['cache-control'], 'public, max-age=300', 'five minutes: staff edit the FAQ');
    assert.match(first.headers.vary ?? '', /accept-encoding/i);
    assert.ok(FaqResponse.parse(json(first)).entries.length > 50);
  });

  it('answers 304 without a body when If-None-Match names the current answer', async () => {
    for (const path of [
      '/v1/faq?lang=de',
      '/v1/dashboard/metrics',
      '/v1/quickcheck?lang=ar',
      '/v1/appointments/topics?lang=uk',
    ]) {
      const { headers } = await raw(path);
      const again = await raw(path, { 'if-none-match': headers.etag! });
      assert.equal(again.status, 304, path);
      assert.equal(again.body.byteLength, 0, path);
      assert.equal(again.headers.etag, headers.etag, path);
      assert.equal(again.headers['cache-control'], headers['cache-control'], path);
      const stale = await raw(path, { 'if-none-match': '"something-else"' });
      assert.equal(stale.status, 200, path);
    }
  });

  it('sends brotli or gzip as the browser asks, each decompressing to the identity bytes', async () => {
    const identity = await raw('/v1/faq?lang=de');
    const br = await raw('/v1/faq?lang=de', { 'accept-encoding': 'gzip, deflate, br, zstd' });
    const gz = await raw('/v1/faq?lang=de', { 'accept-encoding': 'gzip, deflate' });
    assert.equal(br.headers['content-encoding'], 'br');
    assert.equal(gz.headers['content-encoding'], 'gzip');
    assert.equal(br.headers['content-length'], String(br.body.byteLength));
    assert.equal(gz.headers['content-length'], String(gz.body.byteLength));
    assert.ok(brotliDecompressSync(br.body).equals(identity.body));
    assert.ok(gunzipSync(gz.body).equals(identity.body));
    assert.ok(br.body.byteLength < identity.body.byteLength / 4, 'compressed to under a quarter');
    const tags = new Set([identity.headers.etag, gz.headers.etag, br.headers.etag]);
    assert.equal(tags.size, 3, 'different bytes, different strong tags');
    // The same again: compressed once, not per request.
    assert.ok((await raw('/v1/faq?lang=de', { 'accept-encoding': 'br' })).body.equals(br.body));
    const revalidated = await raw('/v1/faq?lang=de', {
      'accept-encoding': 'gzip, br',
      'if-none-match': br.headers.etag!,
    });
    assert.equal(revalidated.status, 304);
  });

  it('is not compressed again for a client that accepts only deflate', async () => {
    const identity = await raw('/v1/faq?lang=en');
    const deflateOnly = await raw('/v1/faq?lang=en', { 'accept-encoding': 'deflate' });
    assert.equal(deflateOnly.headers['content-encoding'], undefined);
    assert.ok(deflateOnly.body.equals(identity.body));
    assert.equal(deflateOnly.headers.etag, identity.headers.etag);
  });

  it('gives every language (and category) its own answer and tag', async () => {
    const tags = new Map<string, string>();
    for (const query of ['lang=de', 'lang=en', 'lang=ar', 'lang=uk', 'lang=de&category=arrival']) {
      const answer = await raw(`/v1/faq?${query}`);
      const parsed = FaqResponse.parse(json(answer));
      if (query.startsWith('lang=') && !query.includes('&')) assert.equal(parsed.language, query.slice(5));
      tags.set(query, answer.headers.etag!);
    }
    assert.equal(new Set(tags.values()).size, tags.size);
    const metricsDe = await raw('/v1/dashboard/metrics?lang=de');
    const metricsEn = await raw('/v1/dashboard/metrics?lang=en');
    assert.notEqual(metricsDe.headers.etag, metricsEn.headers.etag);
    assert.notDeepEqual(json(metricsDe), json(metricsEn));
    const quickcheckDe = await raw('/v1/quickcheck?lang=de');
    const quickcheckAr = await raw('/v1/quickcheck?lang=ar');
    assert.equal(QuickcheckDefinition.parse(json(quickcheckAr)).language, 'ar');
    assert.notEqual(quickcheckDe.headers.etag, quickcheckAr.headers.etag);
  });

  it('serves the new figures with a new tag right after an import through the admin API', async () => {
    const path = '/v1/dashboard/metrics/accelerated-procedures?lang=en';
    const before = await raw(path);
    const listBefore = await raw('/v1/dashboard/metrics?lang=en');
    assert.equal(before.headers['cache-control'], 'public, max-age=300', 'kept as before');
    const imported = await server.api('/v1/admin/dashboard/metrics/accelerated-procedures/data?edited=2026-11-30', {
      method: 'PUT',
      headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'text/csv' },
      body: 'date,series,value\n2026-03-31,total,71\n2026-06-30,total,83\n',
    });
    assert.equal(imported.status, 200);

    const after = await raw(path, { 'if-none-match': before.headers.etag! });
    assert.equal(after.status, 200, 'the old tag no longer matches');
    assert.notEqual(after.headers.etag, before.headers.etag);
    const metric = DashboardMetric.parse(json(after));
    assert.deepEqual(metric.series[0]?.points, [
      { date: '2026-03-31', value: 71 },
      { date: '2026-06-30', value: 83 },
    ]);
    assert.equal(metric.edited, '2026-11-30');
    assert.equal(metric.illustrative, false);
    const listAfter = await raw('/v1/dashboard/metrics?lang=en');
    assert.notEqual(listAfter.headers.etag, listBefore.headers.etag, 'the list shows the new dates too');
    const gz = await raw(path, { 'accept-encoding': 'gzip' });
    assert.ok(gunzipSync(gz.body).equals(after.body), 'the compressed codings follow the import');
  });

  it('reorders the FAQ (new tag) after a vote, and keeps 404 for unknown metrics', async () => {
    const before = await raw('/v1/faq?lang=vi');
    const entries = FaqResponse.parse(json(before)).entries;
    const last = entries.at(-1)!.id;
    const vote = await server.api(`/v1/faq/${last}/feedback`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ helpful: true, language: 'vi' }),
    });
    assert.equal(vote.status, 204);
    const after = await raw('/v1/faq?lang=vi', { 'if-none-match': before.headers.etag! });
    assert.equal(after.status, 200);
    assert.equal(FaqResponse.parse(json(after)).entries[0]?.id, last);

    const unknown = await raw('/v1/dashboard/metrics/no-such-metric');
    assert.equal(unknown.status, 404);
    assert.equal(unknown.headers.etag, undefined);
    assert.equal(unknown.headers['cache-control'], 'no-store');
  });
});

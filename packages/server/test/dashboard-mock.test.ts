import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { MOCK_DASHBOARD_METRIC_IDS, dashboardHandlers, mockFetch } from '@welcome-widgets/api-mock';
import { SUPPORTED_LOCALES } from '@welcome-widgets/domain';
import { startTestServer, type TestServer } from './support/test-server.js';

const BASE = 'http://mock.test/api';

describe('dashboard mocks', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
  });
  after(() => server.close());

  it('answer exactly like the real server with its seed, in every language', async () => {
    const mock = mockFetch(dashboardHandlers());
    const both = async (path: string) => {
      const [real, mocked] = await Promise.all([server.api(path), mock(`${BASE}${path}`)]);
      assert.equal(mocked.status, real.status, path);
      return [await real.json(), await mocked.json()] as const;
    };
    const [list] = await both('/v1/dashboard/metrics');
    assert.deepEqual(
      list.metrics.map((m: { id: string }) => m.id),
      MOCK_DASHBOARD_METRIC_IDS,
    );
    for (const lang of SUPPORTED_LOCALES) {
      const [real, mocked] = await both(`/v1/dashboard/metrics?lang=${lang}`);
      assert.deepEqual(mocked, real, lang);
      for (const id of MOCK_DASHBOARD_METRIC_IDS) {
        const [realMetric, mockedMetric] = await both(`/v1/dashboard/metrics/${id}?lang=${lang}`);
        assert.deepEqual(mockedMetric, realMetric, `${id} ${lang}`);
      }
    }
    const [, missing] = await both('/v1/dashboard/metrics/no-such-metric');
    assert.equal(missing.error.code, 'not_found');
  });

  it('play the shared scenarios', async () => {
    const url = `${BASE}/v1/dashboard/metrics/foreign-residents`;
    assert.equal((await mockFetch(dashboardHandlers('error'))(url)).status, 500);
    assert.equal((await mockFetch(dashboardHandlers('rate-limited'))(url)).status, 429);
    await assert.rejects(mockFetch(dashboardHandlers('offline'))(url), TypeError);
    const malformed = await mockFetch(dashboardHandlers('malformed'))(`${BASE}/v1/dashboard/metrics`);
    await assert.rejects(malformed.json(), SyntaxError);
    assert.equal((await mockFetch(dashboardHandlers('validation'))(url)).status, 200);
  });
});

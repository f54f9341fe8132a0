import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DashboardMetric } from '@welcome-widgets/domain';
import { sql } from 'kysely';
import { testEngine } from './support/test-database.js';
import { postJson, startTestServer, type TestServer } from './support/test-server.js';
import { waitUntil } from './support/wait-until.js';

/**
 * Two servers on one database, as two instances behind a load balancer: what one learns or
 * counts, the other must know (ADR 0015, section 2). Both run in this process; the two-instance
 * test runs them as separate processes.
 */

const TOKEN = 'shared-state-admin-token';
const LIMIT = 4;

describe('two servers on one database share what they must', () => {
  let a: TestServer;
  let b: TestServer;
  before(async () => {
    const env = { ADMIN_TOKEN: TOKEN, RATE_LIMIT_SUBSCRIPTIONS: String(LIMIT) };
    a = await startTestServer(env);
    b = await startTestServer(env, { database: a.database });
  });
  after(async () => {
    await b.close();
    await a.close();
  });

  const valuesOn = async (server: TestServer) => {
    const response = await server.api('/v1/dashboard/metrics/accelerated-procedures?lang=en');
    assert.equal(response.status, 200);
    const metric = DashboardMetric.parse(await response.json());
    return metric.series.flatMap((series) => series.points.map((point) => point.value));
  };

  it('figures imported through one are served by the other within seconds, though it had them prebuilt', async () => {
    const before = await valuesOn(b);
    assert.deepEqual(await valuesOn(b), before, 'asked twice: the second answer is the prebuilt one');
    const imported = await a.api('/v1/admin/dashboard/metrics/accelerated-procedures/data', {
      method: 'PUT',
      headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'text/csv' },
      body: 'date,series,value\n2025-03-31,total,7001\n2025-06-30,total,7002',
    });
    assert.equal(imported.status, 200);
    assert.deepEqual(await valuesOn(a), [7001, 7002], 'the importing server at once');
    const started = Date.now();
    await waitUntil(
      async () => JSON.stringify(await valuesOn(b)) === '[7001,7002]',
      'the other server to serve the new figures',
      5_000,
    );
    assert.ok(Date.now() - started < 5_000);
  });

  it(
    `a limit of ${LIMIT} subscriptions holds across both: ${2 * LIMIT} requests alternating get ${LIMIT} through`,
    {
      skip:
        testEngine === 'sqlite' &&
        'PostgreSQL only: on SQLite, which serves one process, each instance counts in its own memory',
    },
    async () => {
      const statuses: number[] = [];
      for (let i = 0; i < 2 * LIMIT; i++) {
        const server = i % 2 === 0 ? a : b;
        const response = await server.api(
          '/v1/newsletter/subscriptions',
          postJson({ email: `alternating-${i}@example.org`, topics: ['events'], language: 'de', consent: true }),
        );
        statuses.push(response.status);
      }
      assert.deepEqual(statuses, [...Array(LIMIT).fill(202), ...Array(LIMIT).fill(429)]);
      const rows = await a.database.count('rate_limit_counts');
      assert.ok(rows >= 1, 'counted in the shared table');
      const stored = await a.database.rows<{ client_hash: string }>(
        // The table holds hashes, never the client's address.
        sql`select client_hash from rate_limit_counts`,
      );
      for (const row of stored) assert.match(row.client_hash, /^[0-9a-f]{64}$/);
    },
  );
});

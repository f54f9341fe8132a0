import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { FaqZeroResultList } from '@welcome-widgets/domain';
import { sql } from 'kysely';
import { fixtureDir } from './support/faq-admin-fixture.js';
import { createStaffUser, signIn, type StaffClient } from './support/staff-fixture.js';
import { testEngine } from './support/test-database.js';
import { postJson, startTestServer, type TestServer } from './support/test-server.js';

describe(`searches that found nothing (${testEngine})`, () => {
  let server: TestServer;
  let editor: StaffClient;
  let dir: string;
  before(async () => {
    dir = fixtureDir();
    server = await startTestServer({ FAQ_CONTENT_DIR: dir, RATE_LIMIT_FEEDBACK: '5' });
    await createStaffUser(server, { email: 'editor@example.org', role: 'editor' });
    editor = await signIn(server, 'editor@example.org');
  });
  after(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('counts searches that found nothing, without anything about the person, rate-limited', async () => {
    const report = (query: string, language = 'de') =>
      server.api('/v1/faq/zero-results', postJson({ query, language }));
    assert.equal((await report('kindergeld antrag')).status, 204);
    assert.equal((await report('  Kindergeld   ANTRAG ')).status, 204);
    assert.equal((await report('max@example.org')).status, 204);
    assert.equal((await report('0176 1234 5678', 'en')).status, 204);
    assert.equal((await report('x'.repeat(81))).status, 422);
    const rows = await server.database.rows<Record<string, unknown>>(sql`select * from faq_zero_results`);
    assert.equal(rows.length, 1, 'the address and the phone number were not stored');
    assert.deepEqual(Object.keys(rows[0]!).sort(), ['count', 'day', 'language', 'query']);
    assert.equal(rows[0]!.query, 'kindergeld antrag');
    assert.equal(Number(rows[0]!.count), 2);

    const listed = await editor.request('/v1/admin/faq/zero-results?days=30&limit=10');
    assert.equal(listed.status, 200);
    const list = FaqZeroResultList.parse(await listed.json());
    assert.deepEqual(
      list.searches.map(({ query, language, count }) => ({ query, language, count })),
      [{ query: 'kindergeld antrag', language: 'de', count: 2 }],
    );
    assert.equal(list.searches[0]!.lastDay, list.to);

    // Older days add up, most reported first; days outside the period and the retention do not.
    const day = (back: number) => new Date(Date.now() - back * 86_400_000).toISOString().slice(0, 10);
    await server.database.execute(
      sql`insert into faq_zero_results (day, language, query, count) values
            (${day(3)}, 'en', 'child benefit', 2), (${day(5)}, 'en', 'child benefit', 1),
            (${day(40)}, 'de', 'elterngeld', 9), (${day(120)}, 'de', 'wohngeld', 9)`,
    );
    const month = FaqZeroResultList.parse(await (await editor.request('/v1/admin/faq/zero-results')).json());
    assert.deepEqual(
      month.searches.map(({ query, count, lastDay }) => ({ query, count, lastDay })),
      [
        { query: 'child benefit', count: 3, lastDay: day(3) },
        { query: 'kindergeld antrag', count: 2, lastDay: list.to },
      ],
    );
    const quarter = FaqZeroResultList.parse(
      await (await editor.request('/v1/admin/faq/zero-results?days=90&limit=1')).json(),
    );
    assert.deepEqual(
      quarter.searches.map(({ query }) => query),
      ['elterngeld'],
    );
    await server.purge();
    assert.equal(await server.database.count(`faq_zero_results where query = 'wohngeld'`), 0);
    assert.equal(await server.database.count(`faq_zero_results where query = 'elterngeld'`), 1);

    // RATE_LIMIT_FEEDBACK is 5 here, shared with the votes; this address has sent 5.
    const limited = await report('noch eine frage');
    assert.equal(limited.status, 429);
    assert.ok(limited.headers.get('retry-after'));
  });
});

import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import {
  DashboardAdminList,
  DashboardDraft,
  DashboardImportResult,
  DashboardMetric,
  ErrorEnvelope,
  type DashboardAdminMetric,
  type DashboardTextsUpdate,
} from '@welcome-widgets/domain';
import { sql } from 'kysely';
import { SHIPPED_DASHBOARD_DIR } from '../src/dashboard/dashboard-content.js';
import { createStaffUser, json, signIn, type StaffClient } from './support/staff-fixture.js';
import { testDatabase } from './support/test-database.js';
import { startTestServer, type TestServer } from './support/test-server.js';

const TOKEN = 'dashboard-drafts-token-for-tests';
const NOW = new Date('2025-06-12T22:30:00Z'); // already 13 June in Berlin
const csv = (...rows: string[]) => ['date,series,value', ...rows].join('\n');
const upload = (body: string, query = '') =>
  ({ method: 'PUT', headers: { 'content-type': 'text/csv' }, body, query }) as const;

describe("dashboard drafts and texts (the console's figures)", () => {
  let server: TestServer;
  let editor: StaffClient;
  let consultant: StaffClient;

  before(async () => {
    server = await startTestServer({ ADMIN_TOKEN: TOKEN }, { now: () => NOW });
    await createStaffUser(server, { email: 'editor@example.org', role: 'editor' });
    await createStaffUser(server, { email: 'berater@example.org', role: 'consultant', consultantId: 'berater-a' });
    editor = await signIn(server, 'editor@example.org');
    consultant = await signIn(server, 'berater@example.org');
  });
  after(() => server.close());

  const publicMetric = async (id: string, lang = 'de') => {
    const response = await server.api(`/v1/dashboard/metrics/${id}?lang=${lang}`);
    assert.equal(response.status, 200);
    return DashboardMetric.parse(await response.json());
  };
  const putDraft = (id: string, body: string, query = '', client: StaffClient = editor) =>
    client.request(`/v1/admin/dashboard/metrics/${id}/draft${query}`, upload(body));
  const staffMetric = async (id: string): Promise<DashboardAdminMetric> => {
    const response = await editor.request('/v1/admin/dashboard/metrics');
    assert.equal(response.status, 200);
    return DashboardAdminList.parse(await response.json()).metrics.find((m) => m.id === id)!;
  };
  const version = async () =>
    (
      await server.database.rows<{ version: number }>(
        sql`select version from content_versions where name = 'dashboard'`,
      )
    )[0]!.version;

  it('keeps an uploaded file as a draft that is not served; the preview is exactly what publishing then serves', async () => {
    const before = await publicMetric('accelerated-procedures', 'en');
    const versionBefore = await version();
    const file = csv('2024-12-31,total,47', '2025-03-31,total,53', '2025-06-30,total,61');
    const kept = await putDraft('accelerated-procedures', file, '?source=SAMM%20Mittelsachsen');
    assert.equal(kept.status, 200, await kept.clone().text());
    const draft = DashboardDraft.parse(await kept.json());
    assert.deepEqual(
      { ...draft, uploadedAt: undefined },
      {
        rows: 3,
        series: ['total'],
        asOf: '2025-06-30',
        source: 'SAMM Mittelsachsen',
        illustrative: false,
        uploadedAt: undefined,
        uploadedBy: 'editor@example.org',
      },
    );

    assert.deepEqual(await publicMetric('accelerated-procedures', 'en'), before, 'the public answer is unchanged');
    assert.equal(await version(), versionBefore, 'a draft bumps no version');
    assert.equal((await staffMetric('accelerated-procedures')).draft?.rows, 3);

    const previews: Record<string, DashboardMetric> = {};
    for (const lang of ['de', 'en', 'ar']) {
      const response = await editor.request(
        `/v1/admin/dashboard/metrics/accelerated-procedures/draft/preview?lang=${lang}`,
      );
      assert.equal(response.status, 200);
      previews[lang] = DashboardMetric.parse(await response.json());
    }
    assert.deepEqual(
      previews.en!.series[0]!.points.map((p) => p.value),
      [47, 53, 61],
    );
    assert.equal(previews.en!.edited, '2025-06-13', 'edited: the day of publishing, today');

    const published = await editor.request('/v1/admin/dashboard/metrics/accelerated-procedures/draft/publish', {
      method: 'POST',
    });
    assert.equal(published.status, 200, await published.clone().text());
    assert.equal(DashboardImportResult.parse(await published.json()).rows, 3);
    for (const lang of ['de', 'en', 'ar'])
      assert.deepEqual(
        await publicMetric('accelerated-procedures', lang),
        previews[lang],
        `published = preview (${lang})`,
      );
    assert.ok((await version()) > versionBefore, 'publishing bumps the dashboard version');
    assert.equal((await staffMetric('accelerated-procedures')).draft, undefined, 'the draft is gone');

    const again = await editor.request('/v1/admin/dashboard/metrics/accelerated-procedures/draft/publish', {
      method: 'POST',
    });
    assert.equal(again.status, 404, 'a second click publishes nothing');

    const audit = await server.database.rows<{
      action: string;
      actor: string;
      before: string | null;
      after: string | null;
    }>(
      sql`select action, actor, before, after from audit_log where target = 'metric:accelerated-procedures' order by id`,
    );
    assert.deepEqual(
      audit.map((entry) => [entry.action, entry.actor]),
      [
        ['metric.draft.upload', 'editor@example.org'],
        ['metric.draft.publish', 'editor@example.org'],
      ],
    );
    assert.equal(JSON.parse(audit[1]!.before!).rows, before.series[0]!.points.length);
    assert.equal(JSON.parse(audit[1]!.after!).rows, 3);
  });

  it('refuses a bad file with every bad line numbered, keeping no draft', async () => {
    const response = await putDraft(
      'foreign-residents',
      csv('2025-03-31,total,18471', '2025-04-30,total,18500', '2025-06-30,total,-3'),
    );
    assert.equal(response.status, 422);
    const body = ErrorEnvelope.parse(await response.json());
    assert.deepEqual(
      body.error.lines?.map((l) => l.line),
      [3, 4],
    );
    assert.equal((await staffMetric('foreign-residents')).draft, undefined);
    const preview = await editor.request('/v1/admin/dashboard/metrics/foreign-residents/draft/preview');
    assert.equal(preview.status, 404);
  });

  it('discards a draft: the published data stays, and a second discard finds nothing', async () => {
    const before = await publicMetric('residence-titles-by-purpose');
    const kept = await putDraft('residence-titles-by-purpose', csv('2025-06-30,work,2600', '2025-06-30,study,1200'));
    assert.equal(kept.status, 200);
    // A second upload replaces the first.
    const replaced = await putDraft('residence-titles-by-purpose', csv('2025-06-30,work,2700'));
    assert.equal(DashboardDraft.parse(await replaced.json()).rows, 1);
    const discarded = await editor.request('/v1/admin/dashboard/metrics/residence-titles-by-purpose/draft', {
      method: 'DELETE',
    });
    assert.equal(discarded.status, 204);
    assert.deepEqual(await publicMetric('residence-titles-by-purpose'), before);
    const twice = await editor.request('/v1/admin/dashboard/metrics/residence-titles-by-purpose/draft', {
      method: 'DELETE',
    });
    assert.equal(twice.status, 404);
    const actions = await server.database.rows<{ action: string }>(
      sql`select action from audit_log where target = 'metric:residence-titles-by-purpose' order by id`,
    );
    assert.deepEqual(
      actions.map((a) => a.action),
      ['metric.draft.upload', 'metric.draft.upload', 'metric.draft.discard'],
    );
  });

  it('edits the texts per language: the public answer in that language follows at once, audited before and after', async () => {
    const stored = await staffMetric('residents-by-group');
    const texts: DashboardTextsUpdate = {
      source: stored.source,
      asOf: '2025-04-01',
      title: { ...(stored.title as DashboardTextsUpdate['title']), en: 'Foreign residents by group' },
      description: stored.description as DashboardTextsUpdate['description'],
      seriesLabels: {
        ...(stored.seriesLabels as DashboardTextsUpdate['seriesLabels']),
        EU: { ...(stored.seriesLabels.EU as DashboardTextsUpdate['title']), en: 'European Union' },
      },
    };
    const germanBefore = await publicMetric('residents-by-group', 'de');
    const response = await editor.request('/v1/admin/dashboard/metrics/residents-by-group/texts', json(texts, 'PUT'));
    assert.equal(response.status, 200, await response.clone().text());
    const en = await publicMetric('residents-by-group', 'en');
    assert.equal(en.title, 'Foreign residents by group');
    assert.equal(en.asOf, '2025-04-01');
    assert.equal(en.series.find((s) => s.key === 'EU')?.label, 'European Union');
    const de = await publicMetric('residents-by-group', 'de');
    assert.equal(de.title, germanBefore.title, 'German stays');

    const [entry] = await server.database.rows<{ before: string; after: string }>(
      sql`select before, after from audit_log where action = 'metric.texts.update'`,
    );
    assert.equal(JSON.parse(entry!.before).title.en, stored.title.en);
    assert.equal(JSON.parse(entry!.after).title.en, 'Foreign residents by group');
  });

  it('names every bad text by its path (422), changing nothing', async () => {
    const stored = await staffMetric('foreign-residents');
    const { en: _dropped, ...titleWithoutEnglish } = stored.title;
    const response = await editor.request(
      '/v1/admin/dashboard/metrics/foreign-residents/texts',
      json(
        {
          source: 'Ausländerbehörde\u202Eevil',
          asOf: '2025-13-01',
          title: { ...titleWithoutEnglish, uk: '' },
          seriesLabels: { total: { ...stored.seriesLabels.total, xx: 'nope' } },
        },
        'PUT',
      ),
    );
    assert.equal(response.status, 422);
    const body = ErrorEnvelope.parse(await response.json());
    assert.deepEqual(body.error.fieldCodes, {
      source: 'control_characters',
      asOf: 'invalid',
      'title.en': 'required',
      'title.uk': 'required',
      'seriesLabels.total.xx': 'unknown_field',
    });
    assert.equal((await publicMetric('foreign-residents', 'en')).title, stored.title.en);
  });

  it('lets editors, admins and the API token in, and nobody else', async () => {
    const paths: [string, RequestInit][] = [
      ['/v1/admin/dashboard/metrics', {}],
      ['/v1/admin/dashboard/metrics/foreign-residents/texts', json({}, 'PUT')],
      ['/v1/admin/dashboard/metrics/foreign-residents/draft', upload(csv('2025-03-31,total,1'))],
      ['/v1/admin/dashboard/metrics/foreign-residents/draft/preview', {}],
      ['/v1/admin/dashboard/metrics/foreign-residents/draft/publish', { method: 'POST' }],
      ['/v1/admin/dashboard/metrics/foreign-residents/draft', { method: 'DELETE' }],
    ];
    for (const [path, init] of paths) {
      assert.equal((await consultant.request(path, init)).status, 403, `consultant: ${init.method ?? 'GET'} ${path}`);
      assert.equal((await server.api(path, init)).status, 401, `nobody: ${init.method ?? 'GET'} ${path}`);
    }
    const byToken = await server.api('/v1/admin/dashboard/metrics/foreign-residents/draft', {
      ...upload(csv('2025-03-31,total,1')),
      headers: { 'content-type': 'text/csv', authorization: `Bearer ${TOKEN}` },
    });
    assert.equal(byToken.status, 200);
    assert.equal(DashboardDraft.parse(await byToken.json()).uploadedBy, 'api-token');
    await createStaffUser(server, { email: 'admin@example.org', role: 'admin' });
    const admin = await signIn(server, 'admin@example.org');
    assert.equal((await admin.request('/v1/admin/dashboard/metrics')).status, 200, 'an admin stands in');
    const unknown = await editor.request('/v1/admin/dashboard/metrics/no-such-metric/draft/preview');
    assert.equal(unknown.status, 404);
  });
});

describe('metric texts are seeded once from metrics.json', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dashboard-texts-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps staff edits across restarts with the file; a database from before 0014 takes the file once', async () => {
    const database = await testDatabase();
    try {
      const first = await startTestServer({}, { database });
      try {
        await createStaffUser(first, { email: 'editor@example.org', role: 'editor' });
        const editor = await signIn(first, 'editor@example.org');
        const list = DashboardAdminList.parse(await (await editor.request('/v1/admin/dashboard/metrics')).json());
        const stored = list.metrics.find((m) => m.id === 'foreign-residents')!;
        const {
          draft: _none,
          id: _id,
          unit: _u,
          kind: _k,
          period: _p,
          edited: _e,
          illustrative: _i,
          series: _s,
          rows: _r,
          ...texts
        } = stored;
        const saved = await editor.request(
          '/v1/admin/dashboard/metrics/foreign-residents/texts',
          json({ ...texts, title: { ...texts.title, en: 'Residents with a foreign passport' } }, 'PUT'),
        );
        assert.equal(saved.status, 200, await saved.clone().text());
      } finally {
        await first.close();
      }

      // A later start with a changed file: the edit stays.
      const content = join(dir, 'content');
      cpSync(SHIPPED_DASHBOARD_DIR, content, { recursive: true });
      const definitions = join(content, 'metrics.json');
      writeFileSync(
        definitions,
        readFileSync(definitions, 'utf8')
          .replace('"Foreign residents"', '"Foreign nationals"')
          .replace('"Top 10 nationalities"', '"Ten largest nationalities"'),
      );
      const title = async (server: TestServer, id: string) =>
        DashboardMetric.parse(await (await server.api(`/v1/dashboard/metrics/${id}?lang=en`)).json()).title;
      const second = await startTestServer({ DASHBOARD_CONTENT_DIR: content }, { database });
      try {
        assert.equal(await title(second, 'foreign-residents'), 'Residents with a foreign passport');
        assert.equal(await title(second, 'top-nationalities'), 'Top 10 nationalities', 'seeded texts stay too');
      } finally {
        await second.close();
      }

      // As a database migrated from the previous release is: texts not yet seeded once.
      await database.execute(sql`update dashboard_metrics set texts_seeded = 0 where id = 'top-nationalities'`);
      const third = await startTestServer({ DASHBOARD_CONTENT_DIR: content }, { database });
      try {
        assert.equal(await title(third, 'top-nationalities'), 'Ten largest nationalities', 'the file, once');
        assert.equal(await title(third, 'foreign-residents'), 'Residents with a foreign passport');
      } finally {
        await third.close();
      }
      const seeded = await database.rows<{ texts_seeded: number }>(
        sql`select texts_seeded from dashboard_metrics where id = 'top-nationalities'`,
      );
      assert.equal(Number(seeded[0]!.texts_seeded), 1);
    } finally {
      await database.drop();
    }
  });
});

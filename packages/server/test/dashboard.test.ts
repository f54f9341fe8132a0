import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import {
  DASHBOARD_METRIC_IDS,
  DashboardMetric,
  DashboardMetricsResponse,
  type DashboardSeries,
} from '@welcome-widgets/domain';
import { SHIPPED_DASHBOARD_DIR, loadDashboardContent } from '../src/dashboard/dashboard-content.js';
import { startTestServer, type TestServer } from './support/test-server.js';

const valueAt = (series: DashboardSeries | undefined, date: string) =>
  series?.points.find((p) => p.date === date)?.value;

describe('dashboard API: the seed', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
  });
  after(() => server.close());

  const metric = async (id: string, lang = 'de') => {
    const response = await server.api(`/v1/dashboard/metrics/${id}?lang=${lang}`);
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('cache-control'), 'public, max-age=300');
    return DashboardMetric.parse(await response.json());
  };

  it('lists the five indicators, in order, marked illustrative, with their dates and sources', async () => {
    const response = await server.api('/v1/dashboard/metrics');
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('cache-control'), 'public, max-age=300');
    const { metrics } = DashboardMetricsResponse.parse(await response.json());
    assert.deepEqual(
      metrics.map((m) => m.id),
      [...DASHBOARD_METRIC_IDS],
    );
    for (const m of metrics) {
      assert.equal(m.illustrative, true, m.id);
      assert.equal(m.asOf, '2025-03-31');
      assert.equal(m.edited, '2025-05-09');
      assert.match(m.source, /Ausländerbehörde Landkreis Mittelsachsen/);
    }
    assert.deepEqual(
      metrics.map((m) => [m.unit, m.kind]),
      [
        ['persons', 'time-series'],
        ['persons', 'breakdown-over-time'],
        ['persons', 'breakdown-over-time'],
        ['persons', 'breakdown'],
        ['procedures', 'time-series'],
      ],
    );
    assert.equal(metrics[0]!.title, 'Ausländische Einwohnerinnen und Einwohner', 'German without lang');
  });

  it('serves foreign residents quarterly from 2015 to March 2025 with the known figures', async () => {
    const m = await metric('foreign-residents');
    assert.equal(m.period, 'quarter');
    assert.equal(m.series.length, 1);
    const total = m.series[0]!;
    assert.equal(total.key, 'total');
    assert.equal(total.points.length, 38, 'Q4 2015 to Q1 2025');
    assert.equal(total.points[0]!.date, '2015-12-31');
    assert.equal(total.points.at(-1)!.date, '2025-03-31');
    assert.equal(valueAt(total, '2015-12-31'), 8332);
    assert.equal(valueAt(total, '2021-12-31'), 11502);
    assert.equal(valueAt(total, '2024-12-31'), 18565);
    assert.equal(valueAt(total, '2025-03-31'), 18471);
    assert.equal(valueAt(total, '2024-12-31')! - valueAt(total, '2021-12-31')!, 7063);
    const dates = total.points.map((p) => p.date);
    assert.deepEqual(dates, [...dates].sort(), 'oldest first');
  });

  it('serves the top 10 nationalities with Venezuela from 205 to 829, rank 5', async () => {
    const m = await metric('top-nationalities');
    assert.equal(m.series.length, 10);
    const byKey = new Map(m.series.map((s) => [s.key, s]));
    const ve = byKey.get('VE');
    assert.equal(valueAt(ve, '2021-12-31'), 205);
    assert.equal(valueAt(ve, '2025-03-31'), 829);
    for (const year of [2021, 2022, 2023, 2024])
      assert.equal(
        m.series.every((s) => valueAt(s, `${year}-12-31`) !== undefined),
        true,
        `${year}`,
      );
    const latest = [...m.series].sort((a, b) => valueAt(b, '2025-03-31')! - valueAt(a, '2025-03-31')!);
    assert.equal(latest[4]!.key, 'VE', 'rank 5 in March 2025');
    const change = (s: DashboardSeries) => valueAt(s, '2025-03-31')! - valueAt(s, '2024-12-31')!;
    const byChange = [...m.series].sort((a, b) => change(a) - change(b));
    assert.equal(byChange.at(-1)!.key, 'IN');
    assert.equal(change(byChange.at(-1)!), 40, 'India +40 in Q1 2025');
    assert.deepEqual(
      byChange.slice(0, 2).map((s) => s.key),
      ['UA', 'VE'],
      'Ukraine and Venezuela lost most in Q1 2025',
    );
    assert.equal(change(byKey.get('VE')!), -33);
  });

  it('serves residents by group adding up to the total, with the 2021 composition', async () => {
    const [groups, total] = [await metric('residents-by-group', 'en'), await metric('foreign-residents')];
    assert.deepEqual(
      groups.series.map((s) => [s.key, s.label]),
      [
        ['EU', 'EU citizens'],
        ['third-country', 'Third-country nationals'],
        ['protection-seekers', 'Protection seekers'],
        ['UA-temporary-protection', 'Ukrainians under temporary protection'],
      ],
    );
    for (const { date, value } of total.series[0]!.points) {
      const sum = groups.series.reduce((s, g) => s + valueAt(g, date)!, 0);
      assert.equal(sum, value, date);
    }
    const share = (key: string) =>
      Math.round(
        (valueAt(
          groups.series.find((s) => s.key === key),
          '2021-12-31',
        )! /
          11502) *
          100,
      );
    assert.deepEqual([share('EU'), share('third-country'), share('protection-seekers')], [38, 49, 13]);
  });

  it('serves residence titles as a breakdown at one date and procedures per quarter since Q2 2020', async () => {
    const titles = await metric('residence-titles-by-purpose');
    assert.deepEqual(
      titles.series.map((s) => s.key),
      ['work', 'study', 'family', 'humanitarian', 'other'],
    );
    assert.equal(
      titles.series.every((s) => s.points.length === 1 && s.points[0]!.date === '2025-03-31'),
      true,
    );
    const procedures = await metric('accelerated-procedures');
    const points = procedures.series[0]!.points;
    assert.equal(procedures.unit, 'procedures');
    assert.equal(points[0]!.date, '2020-06-30');
    assert.equal(points.length, 20);
    assert.equal(
      points.every((p) => p.value > 0 && p.value < 100),
      true,
      'tens per quarter',
    );
  });

  it('translates titles and labels; countries are named in the language by CLDR', async () => {
    const ar = await metric('top-nationalities', 'ar');
    assert.equal(ar.title, 'أكثر 10 جنسيات');
    const label = (m: DashboardMetric, key: string) => m.series.find((s) => s.key === key)?.label;
    assert.equal(label(ar, 'VE'), new Intl.DisplayNames(['ar'], { type: 'region' }).of('VE'));
    assert.equal(label(ar, 'UA'), 'أوكرانيا');
    assert.equal(label(await metric('top-nationalities', 'de'), 'SY'), 'Syrien');
    assert.equal(label(await metric('top-nationalities', 'uk'), 'VE'), 'Венесуела');
    assert.equal(label(await metric('residents-by-group', 'vi'), 'EU'), 'Công dân EU');
    assert.equal(label(await metric('foreign-residents', 'es'), 'total'), 'Total');

    const list = async (lang: string) =>
      DashboardMetricsResponse.parse(await (await server.api(`/v1/dashboard/metrics?lang=${lang}`)).json()).metrics[0]!;
    assert.equal((await list('ar')).title, 'السكان الأجانب');
    assert.equal((await list('ru-RU')).title, 'Иностранные жители', 'region subtags are dropped');
    assert.equal((await list('fr')).title, 'Foreign residents', 'unknown languages fall back to English');
    assert.match((await list('en')).description ?? '', /end of each quarter/);
  });

  it('answers an unknown metric with 404 in the error envelope', async () => {
    for (const id of ['nope', 'FOREIGN-RESIDENTS', '..%2Fadmin']) {
      const response = await server.api(`/v1/dashboard/metrics/${id}`);
      assert.equal(response.status, 404, id);
      const body = await response.json();
      assert.equal(body.error.code, 'not_found');
      assert.equal(typeof body.requestId, 'string');
    }
  });

  it('documents the endpoints in OpenAPI, the import for editors and admins (a session or the API token)', async () => {
    const doc = await (await server.api('/openapi.json')).json();
    assert.ok(doc.paths['/api/v1/dashboard/metrics'].get);
    assert.ok(doc.paths['/api/v1/dashboard/metrics/{id}'].get.responses['404']);
    const put = doc.paths['/api/v1/admin/dashboard/metrics/{id}/data'].put;
    assert.deepEqual(Object.keys(put.requestBody.content), ['text/csv']);
    assert.deepEqual(put.security, [{ staffSession: ['admin', 'editor'] }, { apiToken: ['admin', 'editor'] }]);
    assert.equal(doc.components.securitySchemes.apiToken.scheme, 'bearer');
  });
});

describe('dashboard content folder', () => {
  it('stops the start on a broken seed file, naming the file and the lines', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dashboard-content-'));
    try {
      cpSync(SHIPPED_DASHBOARD_DIR, dir, { recursive: true });
      assert.equal(loadDashboardContent(dir).length, 5);
      writeFileSync(
        join(dir, 'accelerated-procedures.csv'),
        'date,series,value\n2025-03-31,total,5\n2025-03-31,total,x\n',
      );
      assert.throws(
        () => loadDashboardContent(dir),
        /accelerated-procedures\.csv: .*line 3: value "x" is not a number/,
      );
      rmSync(join(dir, 'accelerated-procedures.csv'));
      assert.throws(() => loadDashboardContent(dir), /accelerated-procedures\.csv is missing/);
      writeFileSync(join(dir, 'metrics.json'), '{"metrics":[{"id":"x"}]}');
      assert.throws(() => loadDashboardContent(dir), /metrics\.json: metrics\.0\.unit/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

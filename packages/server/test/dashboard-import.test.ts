import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { DashboardImportResult, DashboardMetric, ErrorEnvelope } from '@welcome-widgets/domain';
import { sql } from 'kysely';
import { SHIPPED_DASHBOARD_DIR } from '../src/dashboard/dashboard-content.js';
import { failInsertsOf, testDatabase } from './support/test-database.js';
import { startTestServer, type TestServer } from './support/test-server.js';

const TOKEN = 'dashboard-admin-token-for-tests';
const NOW = new Date('2025-06-12T22:30:00Z'); // already 13 June in Berlin
const REPOSITORY = resolve(import.meta.dirname, '../../..');

const csv = (...rows: string[]) => ['date,series,value', ...rows].join('\n');

describe('dashboard CSV import (admin API)', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer({ ADMIN_TOKEN: TOKEN }, { now: () => NOW });
  });
  after(() => server.close());

  const put = (id: string, body: BodyInit, headers: Record<string, string> = {}, query = '', init: object = {}) =>
    server.api(`/v1/admin/dashboard/metrics/${id}/data${query}`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'text/csv', ...headers },
      body,
      ...init,
    });
  const get = async (id: string, lang = 'de') =>
    DashboardMetric.parse(await (await server.api(`/v1/dashboard/metrics/${id}?lang=${lang}`)).json());

  it('replaces a metric with a good file: values visible, edited today, as of the latest date, no longer illustrative', async () => {
    const response = await put(
      'accelerated-procedures',
      '\uFEFF' + csv('2024-12-31,total,47', '', '2025-03-31,total,53', '2025-06-30,total,61') + '\r\n',
    );
    assert.equal(response.status, 200);
    assert.deepEqual(DashboardImportResult.parse(await response.json()), {
      id: 'accelerated-procedures',
      rows: 3,
      series: ['total'],
      asOf: '2025-06-30',
      edited: '2025-06-13',
      source: 'Ausländerbehörde Landkreis Mittelsachsen, Servicestelle Arbeit und Migration (SAMM)',
      illustrative: false,
    });
    const metric = await get('accelerated-procedures', 'en');
    assert.deepEqual(metric.series, [
      {
        key: 'total',
        label: 'Procedures',
        points: [
          { date: '2024-12-31', value: 47 },
          { date: '2025-03-31', value: 53 },
          { date: '2025-06-30', value: 61 },
        ],
      },
    ]);
    assert.equal(metric.asOf, '2025-06-30');
    assert.equal(metric.edited, '2025-06-13');
    assert.equal(metric.illustrative, false);
    assert.equal(metric.title, 'Accelerated skilled-worker procedures', 'the definition stays');
  });

  it('takes asOf, edited, source and illustrative from the query; series keep the file order and labels', async () => {
    const response = await put(
      'residents-by-group',
      csv(
        '2025-03-31,UA-temporary-protection,3480',
        '2025-03-31,EU,5180',
        '2025-06-30,EU,5201',
        '2025-06-30,new-group,7',
      ),
      {},
      '?asOf=2025-06-30&edited=2025-07-01&source=Statistisches%20Landesamt%20Sachsen&illustrative=true',
    );
    assert.equal(response.status, 200);
    const metric = await get('residents-by-group', 'en');
    assert.deepEqual(
      metric.series.map((s) => [s.key, s.label, s.points.length]),
      [
        ['UA-temporary-protection', 'Ukrainians under temporary protection', 1],
        ['EU', 'EU citizens', 2],
        ['new-group', 'new-group', 1],
      ],
    );
    assert.equal(metric.source, 'Statistisches Landesamt Sachsen');
    assert.equal(metric.edited, '2025-07-01');
    assert.equal(metric.illustrative, true);
    const bad = await put('residents-by-group', csv('2025-03-31,EU,1'), {}, '?asOf=31.03.2025&colour=red');
    assert.equal(bad.status, 422);
    const body = ErrorEnvelope.parse(await bad.json());
    assert.deepEqual(body.error.fieldCodes, { asOf: 'invalid', colour: 'unknown_field' });
  });

  it('refuses a source with control characters (NUL, a line break, a bidi override) and changes nothing', async () => {
    const before = await get('residents-by-group');
    for (const source of ['Amt\u0000f\u00fcr Statistik', 'Amt\nf\u00fcr Statistik', 'Amt \u202Ef\u00fcr Statistik']) {
      const bad = await put('residents-by-group', csv('2025-03-31,EU,1'), {}, `?source=${encodeURIComponent(source)}`);
      assert.equal(bad.status, 422, JSON.stringify(source));
      assert.deepEqual(ErrorEnvelope.parse(await bad.json()).error.fieldCodes, { source: 'control_characters' });
    }
    assert.deepEqual(await get('residents-by-group'), before);
  });

  it('changes nothing when one row is bad, and names the line', async () => {
    const before = await get('foreign-residents');
    const response = await put(
      'foreign-residents',
      csv('2024-12-31,total,18565', '2025-03-31,total,18471', '2025-06-30,total,-3', '2025-09-30,total,18600'),
    );
    assert.equal(response.status, 422);
    const body = ErrorEnvelope.parse(await response.json());
    assert.equal(body.error.code, 'validation_failed');
    assert.deepEqual(body.error.lines, [{ line: 4, message: 'value -3 is negative' }]);
    assert.deepEqual(await get('foreign-residents'), before);
  });

  it('lists every bad line of a file with several', async () => {
    const before = await get('top-nationalities');
    const response = await put(
      'top-nationalities',
      csv('2025-03-31,UA,3600', '2025-03-31,VE,eight', '2025-03-31,IN,600', '2025-03-32,SY,1', '2025-03-31,UA,1'),
    );
    assert.equal(response.status, 422);
    const body = ErrorEnvelope.parse(await response.json());
    assert.deepEqual(
      body.error.lines?.map((l) => l.line),
      [3, 5, 6],
    );
    assert.match(body.error.message, /3 lines have problems; nothing was imported/);
    assert.deepEqual(await get('top-nationalities'), before);
  });

  it('keeps the old data when the database fails halfway through writing the new (one transaction)', async () => {
    // A trigger makes the database refuse one particular row, after the old points were deleted
    // and some new ones written: only a transaction can bring the old points back.
    const undo = await failInsertsOf(server.database, 'dashboard_points', 'new.value = 777777');
    try {
      const before = await get('residence-titles-by-purpose');
      const rows = Array.from({ length: 1200 }, (_, i) => `2025-03-31,k${i},${i === 1100 ? 777777 : i}`);
      const response = await put('residence-titles-by-purpose', csv(...rows));
      assert.equal(response.status, 500);
      assert.equal((await response.json()).error.code, 'internal');
      assert.deepEqual(await get('residence-titles-by-purpose'), before);
    } finally {
      await undo();
    }
  });

  it('refuses a missing or wrong token with 401', async () => {
    const body = csv('2025-03-31,total,1');
    for (const authorization of [undefined, 'Bearer wrong-token-of-some-length', `Basic ${TOKEN}`, TOKEN]) {
      const response = await server.api('/v1/admin/dashboard/metrics/foreign-residents/data', {
        method: 'PUT',
        headers: { 'content-type': 'text/csv', ...(authorization ? { authorization } : {}) },
        body,
      });
      assert.equal(response.status, 401, String(authorization));
      assert.equal((await response.json()).error.code, 'unauthorized');
      assert.match(response.headers.get('www-authenticate') ?? '', /^Bearer/);
    }
    assert.equal((await get('foreign-residents')).series[0]!.points.at(-1)!.value, 18471, 'nothing changed');
  });

  it('answers an unknown metric with 404 and a body that is not text/csv with 415', async () => {
    const body = csv('2025-03-31,total,1');
    assert.equal((await put('no-such-metric', body)).status, 404);
    for (const type of ['application/json', 'text/plain', 'text/csv; charset=iso-8859-1']) {
      const response = await put('foreign-residents', body, { 'content-type': type });
      assert.equal(response.status, 415, type);
      assert.equal((await response.json()).error.code, 'unsupported_media_type');
    }
    const procedures = csv('2025-03-31,total,53');
    assert.equal(
      (await put('accelerated-procedures', procedures, { 'content-type': 'text/csv; charset=utf-8' })).status,
      200,
    );
  });

  it('refuses a file over 1 MB with 413, by declared length and while streaming', async () => {
    const big = csv(...Array.from({ length: 60_000 }, () => '2025-03-31,total,18471'));
    assert.ok(Buffer.byteLength(big) > 1024 * 1024);
    const response = await put('foreign-residents', big);
    assert.equal(response.status, 413);
    assert.equal((await response.json()).error.code, 'payload_too_large');

    const chunk = new TextEncoder().encode(`${'2025-03-31,total,1\n'.repeat(1000)}`);
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ < 80) controller.enqueue(chunk);
        else controller.close();
      },
    });
    const streamed = await put('foreign-residents', stream, {}, '', { duplex: 'half' });
    assert.equal(streamed.status, 413);
  });

  it('answers a file that is not UTF-8 with 422', async () => {
    const latin1 = Uint8Array.from([...Buffer.from('date,series,value\n2025-03-31,'), 0xe4, ...Buffer.from(',1\n')]);
    const response = await put('top-nationalities', latin1);
    assert.equal(response.status, 422);
    assert.match((await response.json()).error.message, /UTF-8/);
  });
});

describe('dashboard import from the command line', () => {
  let dir: string;
  const cleanup: Array<() => Promise<void>> = [];
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'dashboard-cli-'));
  });
  after(async () => {
    for (const step of cleanup) await step();
    rmSync(dir, { recursive: true, force: true });
  });

  const run = (args: string[], databaseUrl: string) =>
    new Promise<{ code: number | null; stdout: string; stderr: string }>((done, fail) => {
      const child = spawn(
        process.execPath,
        ['--import', 'tsx', 'packages/server/src/dashboard/import-cli.ts', ...args],
        {
          cwd: REPOSITORY,
          env: { ...process.env, DATABASE_URL: databaseUrl, LOG_LEVEL: 'silent' },
        },
      );
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (data: Buffer) => (stdout += data.toString()));
      child.stderr.on('data', (data: Buffer) => (stderr += data.toString()));
      child.on('error', fail);
      child.on('close', (code) => done({ code, stdout, stderr }));
    });

  it('imports a file into the database named by DATABASE_URL, which the server then serves, keeping it across restarts', async () => {
    const database = await testDatabase();
    cleanup.push(() => database.drop());
    const file = join(dir, 'residents.csv');
    writeFileSync(file, csv('2025-03-31,total,18471', '2025-06-30,total,18502'));
    const result = await run(['foreign-residents', file, '--edited=2025-07-10'], database.url);
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /Imported 2 rows into foreign-residents/);

    // The next start reads edited content: the texts were seeded once and stay (staff edit them in
    // the console, ADR 0018), the imported data stays.
    const content = join(dir, 'content');
    cpSync(SHIPPED_DASHBOARD_DIR, content, { recursive: true });
    const definitions = join(content, 'metrics.json');
    writeFileSync(definitions, readFileSync(definitions, 'utf8').replace('"Foreign residents"', '"Foreign nationals"'));
    const server = await startTestServer({ DASHBOARD_CONTENT_DIR: content }, { database });
    try {
      const en = DashboardMetric.parse(
        await (await server.api('/v1/dashboard/metrics/foreign-residents?lang=en')).json(),
      );
      assert.equal(en.title, 'Foreign residents');
      const metric = DashboardMetric.parse(await (await server.api('/v1/dashboard/metrics/foreign-residents')).json());
      assert.deepEqual(metric.series[0]!.points, [
        { date: '2025-03-31', value: 18471 },
        { date: '2025-06-30', value: 18502 },
      ]);
      assert.equal(metric.asOf, '2025-06-30');
      assert.equal(metric.edited, '2025-07-10');
      assert.equal(metric.illustrative, false);
      const other = DashboardMetric.parse(await (await server.api('/v1/dashboard/metrics/top-nationalities')).json());
      assert.equal(other.illustrative, true, 'the other metrics keep their seed');
    } finally {
      await server.close();
    }
  });

  it('refuses a bad file with every bad line listed, exit code 1, and changes nothing', async () => {
    const database = await testDatabase();
    cleanup.push(() => database.drop());
    const good = join(dir, 'good.csv');
    const bad = join(dir, 'bad.csv');
    writeFileSync(good, csv('2025-03-31,work,1', '2025-03-31,study,2'));
    writeFileSync(bad, csv('2025-03-31,work,3', '2025-03-31,study,x', '2025-03-31,family,-1'));
    assert.equal((await run(['residence-titles-by-purpose', good], database.url)).code, 0);
    const result = await run(['residence-titles-by-purpose', bad], database.url);
    assert.equal(result.code, 1);
    assert.match(result.stderr, /line 3: value "x" is not a number/);
    assert.match(result.stderr, /line 4: value -1 is negative/);
    const rows = await database.rows(
      sql`select series_key, value from dashboard_points where metric_id = 'residence-titles-by-purpose' order by value`,
    );
    assert.deepEqual(rows, [
      { series_key: 'work', value: 1 },
      { series_key: 'study', value: 2 },
    ]);
  });

  it('explains its usage and refuses an unknown metric', async () => {
    const database = await testDatabase();
    cleanup.push(() => database.drop());
    const usage = await run([], database.url);
    assert.equal(usage.code, 2);
    assert.match(usage.stderr, /Usage: npm run dashboard:import -- <metric-id> <file.csv>/);
    const file = join(dir, 'any.csv');
    writeFileSync(file, csv('2025-03-31,total,1'));
    const unknown = await run(['no-such-metric', file], database.url);
    assert.equal(unknown.code, 1);
    assert.match(unknown.stderr, /No dashboard metric "no-such-metric"/);
  });

  it('refuses a source with a bidi override or a line break, as the API does', async () => {
    const database = await testDatabase();
    cleanup.push(() => database.drop());
    const file = join(dir, 'source.csv');
    writeFileSync(file, csv('2025-03-31,total,1'));
    for (const source of ['Amt \u202Efür Statistik', 'Amt\nfür Statistik']) {
      const result = await run(['foreign-residents', file, `--source=${source}`], database.url);
      assert.equal(result.code, 1, JSON.stringify(source));
      assert.match(result.stderr, /source 1 to 300 characters on one line, without control characters/);
    }
  });
});

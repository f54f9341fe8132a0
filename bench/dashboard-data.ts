// The dashboard's data service against the real server on a SQLite file: latency and gzip size
// of GET /api/v1/dashboard/metrics and /metrics/{id}, and the time to import (or refuse) a CSV
// file of 20,000 rows, the most one file may hold.
// Run: npm run bench:dashboard-data. Writes bench/results/dashboard-data.json.
import { writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { DASHBOARD_METRIC_IDS, DashboardImportResult, DashboardMetric } from '@welcome-widgets/domain';
import { startTestServer } from '../packages/server/test/support/test-server.js';

const RUNS = 200;
const WARMUP = 20;
const IMPORT_RUNS = 10;
const TOKEN = 'bench-admin-token-0123456789';
const server = await startTestServer({ ADMIN_TOKEN: TOKEN });

const stats = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  const round = (ms: number) => Math.round(ms * 100) / 100;
  return { median: round(at(0.5)), p95: round(at(0.95)), max: round(sorted.at(-1)!), runs: values.length };
};

async function timeGet(path: string) {
  const fetchText = async () => {
    const response = await server.api(path);
    if (response.status !== 200) throw new Error(`${path}: ${response.status}`);
    return response.text();
  };
  for (let i = 0; i < WARMUP; i++) await fetchText();
  const times: number[] = [];
  let body = '';
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    body = await fetchText();
    times.push(performance.now() - started);
  }
  return { ...stats(times), bytes: Buffer.byteLength(body), gzipBytes: gzipSync(body, { level: 9 }).byteLength };
}

const put = (id: string, body: string) =>
  server.api(`/v1/admin/dashboard/metrics/${id}/data`, {
    method: 'PUT',
    headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'text/csv' },
    body,
  });

try {
  const result: Record<string, unknown> = {
    measuredAt: new Date().toISOString(),
    node: process.version,
    unit: 'ms',
    what: 'over loopback HTTP against a warm server, SQLite file in WAL mode; sizes of the JSON bodies',
  };

  const gets: Record<string, unknown> = { 'metrics?lang=de': await timeGet('/v1/dashboard/metrics?lang=de') };
  for (const id of DASHBOARD_METRIC_IDS)
    gets[`metrics/${id}?lang=ar`] = await timeGet(`/v1/dashboard/metrics/${id}?lang=ar`);
  result.get = gets;

  // 20,000 rows: 40 series over 500 quarters, the limit of one file.
  const rows: string[] = [];
  for (let s = 0; s < 40; s++)
    for (let q = 0; q < 500; q++) {
      const year = 1900 + Math.floor(q / 4);
      const end = ['03-31', '06-30', '09-30', '12-31'][q % 4];
      rows.push(`${year}-${end},s${s},${(s * 500 + q) % 9973}`);
    }
  const good = ['date,series,value', ...rows].join('\n');
  const bad = ['date,series,value', ...rows.map((r) => r.replace(/,(\d+)$/, ',-$1'))].join('\n');
  const importTimes: number[] = [];
  const refuseTimes: number[] = [];
  let refusedBytes = 0;
  for (let i = 0; i < IMPORT_RUNS; i++) {
    let started = performance.now();
    const imported = await put('top-nationalities', good);
    importTimes.push(performance.now() - started);
    if (DashboardImportResult.parse(await imported.json()).rows !== 20_000) throw new Error('import');
    started = performance.now();
    const refused = await put('top-nationalities', bad);
    const text = await refused.text();
    refuseTimes.push(performance.now() - started);
    if (refused.status !== 422) throw new Error(`refuse: ${refused.status}`);
    refusedBytes = Buffer.byteLength(text);
  }
  const metric = DashboardMetric.parse(await (await server.api('/v1/dashboard/metrics/top-nationalities')).json());
  result.import = {
    fileBytes: Buffer.byteLength(good),
    rows: 20_000,
    good: stats(importTimes),
    allRowsBad: { ...stats(refuseTimes), errorBodyBytes: refusedBytes },
    getAfterImport: await timeGet('/v1/dashboard/metrics/top-nationalities'),
    seriesServed: metric.series.length,
  };

  writeFileSync('bench/results/dashboard-data.json', `${JSON.stringify(result, null, 2)}\n`);
  console.log(JSON.stringify(result, null, 2));
} finally {
  await server.close();
}

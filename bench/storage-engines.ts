// Issue 13: the slots, FAQ search and booking endpoints on SQLite, on PostgreSQL with one
// instance, and on PostgreSQL with two instances sharing the load (as behind a load balancer),
// beside a bare Hono hello-world measured in the same run. Real server processes
// (`node --import tsx`), wrk -t1 at 50 connections, 10 s per case after a warm-up.
// Run: npm run bench:storage (starts a throwaway PostgreSQL through scripts/with-postgres.mjs, or
// uses TEST_DATABASE_URL). Writes bench/results/storage-engines.json.
//
// The machine has 2 cores: the load generator, the server processes and PostgreSQL share them, so
// a second instance adds processes, not cores. The figures compare engines on one machine; they
// are not the capacity of a deployment with a database server of its own.
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { APPOINTMENT_CONSENT_VERSION } from '@welcome-widgets/domain';
import {
  DURATION_S,
  HOST,
  LOAD_TOOL,
  WARMUP_S,
  freePort,
  measure,
  measureTogether,
  ready,
  round,
  start,
  stop,
  type Measured,
} from './support/load.js';

const CONNECTIONS = 50;
const RESULT_FILE = 'bench/results/storage-engines.json';
const adminUrl = process.env.TEST_DATABASE_URL;
if (!adminUrl) throw new Error('TEST_DATABASE_URL is not set: run npm run bench:storage');

interface Setup {
  name: string;
  engine: 'sqlite' | 'postgres';
  instances: number;
}
const SETUPS: Setup[] = [
  { name: 'SQLite, one instance', engine: 'sqlite', instances: 1 },
  { name: 'PostgreSQL, one instance', engine: 'postgres', instances: 1 },
  { name: 'PostgreSQL, two instances', engine: 'postgres', instances: 2 },
];

const dir = mkdtempSync(join(tmpdir(), 'welcome-bench-storage-'));
const children: ChildProcess[] = [];
const databases: string[] = [];
try {
  const settings = await postgresSettings();
  const helloPort = await freePort();
  children.push(start(['bench/support/hello-world-server.ts', String(helloPort)], {}));
  const helloUrl = `http://${HOST}:${helloPort}/`;
  await ready(helloUrl);

  const loadBefore = loadavg();
  const helloBefore = await measure(helloUrl, CONNECTIONS);
  const setups = [];
  for (const setup of SETUPS) setups.push(await measureSetup(setup));
  const helloAfter = await measure(helloUrl, CONNECTIONS);
  const helloRps = (helloBefore.requestsPerSecond + helloAfter.requestsPerSecond) / 2;

  const result = {
    measuredAt: new Date().toISOString(),
    node: process.version,
    machine: `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'unknown CPU'}`,
    loadAverage: { before: loadBefore.map((l) => round(l, 2)), after: loadavg().map((l) => round(l, 2)) },
    method: `${LOAD_TOOL}, ${CONNECTIONS} connections, ${DURATION_S} s per case after ${WARMUP_S} s warm-up; each server a child process (node --import tsx, LOG_LEVEL=silent, no SMTP: mails to the outbox table); two instances: one wrk per instance with half the connections each, requests/s summed, p50/p99 the slower instance's; booking: POST /api/v1/appointments with a new address each, slots in turn (the first booking of a slot 201, later ones 409 after the full transaction)`,
    postgres: settings,
    sqlite: sqliteSettings(),
    helloWorld: { before: helloBefore, after: helloAfter },
    setups: setups.map(({ name, cases }) => ({
      name,
      cases: Object.fromEntries(
        Object.entries(cases).map(([caseName, m]) => [
          caseName,
          { ...m, ratioToHelloWorld: round(m.requestsPerSecond / helloRps, 3) },
        ]),
      ),
    })),
  };
  writeFileSync(RESULT_FILE, `${JSON.stringify(result, null, 2)}\n`);
  console.log(`hello-world ${Math.round(helloRps)}/s`);
  for (const setup of result.setups) {
    console.log(setup.name);
    for (const [name, m] of Object.entries(setup.cases))
      console.log(
        `  ${name.padEnd(14)} ${String(Math.round(m.requestsPerSecond)).padStart(6)}/s  p50 ${m.p50Ms} ms  p99 ${m.p99Ms} ms  ×${m.ratioToHelloWorld}  (non-2xx ${m.non2xx}, errors ${m.errors})`,
      );
  }
} finally {
  await Promise.all(children.map(stop));
  await dropDatabases();
  rmSync(dir, { recursive: true, force: true });
}

async function measureSetup(setup: Setup): Promise<{ name: string; cases: Record<string, Measured> }> {
  const databaseUrl = setup.engine === 'sqlite' ? `sqlite:${join(dir, `${databases.length}.db`)}` : await newDatabase();
  if (setup.engine === 'sqlite') databases.push('');
  const bases: string[] = [];
  const mine: ChildProcess[] = [];
  for (let i = 0; i < setup.instances; i++) {
    const port = await freePort();
    const base = `http://${HOST}:${port}`;
    const child = start(['packages/server/src/main.ts'], {
      PORT: String(port),
      HOST,
      PUBLIC_URL: base,
      DATABASE_URL: databaseUrl,
      DATABASE_POOL_SIZE: '10',
      LOG_LEVEL: 'silent',
      RATE_LIMIT_SUBSCRIPTIONS: '1000000',
      RATE_LIMIT_BOOKINGS: '1000000',
      RATE_LIMIT_FEEDBACK: '1000000',
      RATE_LIMIT_EVALUATIONS: '1000000',
    });
    children.push(child);
    mine.push(child);
    // One after the other: the second finds the schema migrated.
    await ready(`${base}/api/v1/health/ready`);
    bases.push(base);
  }
  const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
  const slots = await bookableSlots(bases[0]!, day(0), day(56));
  const script = join(dir, `booking-${databases.length}.lua`);
  writeFileSync(script, bookingScript(slots));

  const load = (path: string, luaScript?: string) =>
    bases.length === 1
      ? measure(`${bases[0]}${path}`, CONNECTIONS, luaScript)
      : measureTogether(
          bases.map((base) => `${base}${path}`),
          CONNECTIONS,
          luaScript,
        );
  const cases: Record<string, Measured> = {
    'slots 8 weeks': await load(`/api/v1/appointments/slots?topic=work-visa&from=${day(0)}&to=${day(56)}`),
    'faq search': await load('/api/v1/faq?lang=de&q=Visum%20Arbeit'),
    booking: await load('/api/v1/appointments', script),
  };
  await Promise.all(mine.map(stop));
  return { name: setup.name, cases };
}

async function bookableSlots(base: string, from: string, to: string): Promise<Array<{ topic: string; start: string }>> {
  const topics = ['employers', 'work-visa', 'recognition', 'opportunity-card', 'family-reunification'];
  const lists = await Promise.all(
    topics.map(async (topic) => {
      const response = await fetch(`${base}/api/v1/appointments/slots?topic=${topic}&from=${from}&to=${to}`);
      const { slots } = (await response.json()) as { slots: Array<{ start: string }> };
      return slots.map((slot) => ({ topic, start: slot.start }));
    }),
  );
  return lists.flat();
}

/** Each request a new person booking the next slot in turn; wrk's Lua builds the body. */
function bookingScript(slots: Array<{ topic: string; start: string }>): string {
  const table = slots.map((slot) => `{"${slot.topic}","${slot.start}"}`).join(',\n');
  return `local slots = {
${table}
}
local n = 0
local id = math.random(1, 1000000000)
request = function()
  n = n + 1
  local slot = slots[(n % #slots) + 1]
  local body = string.format('{"topic":"%s","start":"%s","name":"Bench Person","email":"bench-%d-%d@example.org","language":"en","consent":true,"consentVersion":"${APPOINTMENT_CONSENT_VERSION}","timeZone":"Europe/Berlin"}', slot[1], slot[2], id, n)
  return wrk.format("POST", nil, {["content-type"] = "application/json"}, body)
end
`;
}

async function withAdmin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function newDatabase(): Promise<string> {
  const name = `welcome_bench_${process.pid}_${databases.length}`;
  await withAdmin((client) => client.query(`create database "${name}" template template0 locale 'C'`));
  databases.push(name);
  const url = new URL(adminUrl!);
  url.pathname = `/${name}`;
  return url.toString();
}

async function dropDatabases(): Promise<void> {
  await withAdmin(async (client) => {
    for (const name of databases.filter(Boolean)) await client.query(`drop database if exists "${name}" with (force)`);
  });
}

/** The server sets WAL and leaves `synchronous` at the build's default, which a fresh connection shows. */
function sqliteSettings(): Record<string, unknown> {
  const connection = new SQLite(':memory:');
  try {
    return {
      version: connection.prepare('select sqlite_version() as v').pluck().get(),
      journalMode: 'wal',
      synchronous: ['off', 'normal', 'full', 'extra'][connection.pragma('synchronous', { simple: true }) as number],
    };
  } finally {
    connection.close();
  }
}

async function postgresSettings(): Promise<Record<string, string>> {
  return withAdmin(async (client) => {
    const names = ['server_version', 'fsync', 'synchronous_commit', 'shared_buffers', 'max_connections'];
    const settings: Record<string, string> = {};
    for (const name of names) settings[name] = (await client.query(`show ${name}`)).rows[0][name];
    return settings;
  });
}

// Issue 14: storing a newsletter issue's mails for 20,000 subscribers, in batches of 200 (the
// default, NEWSLETTER_SEND_BATCH_SIZE), of 1,000 and all at once, on SQLite and (with TEST_DATABASE_URL) on
// PostgreSQL. Beside each run a reader waits 10 ms and asks the database `select 1`, again and
// again: its worst lateness is how long a visitor's request can wait behind a batch. Then one
// worker claim with the 20,000 bulk mails queued and one booking mail behind them.
// Run: node --import tsx bench/newsletter-issue-send.ts
//      node scripts/with-postgres.mjs node --import tsx bench/newsletter-issue-send.ts
// Writes bench/results/newsletter-issue-send-<engine>.json.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import pg from 'pg';
import { MailQueue } from '../packages/server/src/mail/mail-queue.js';
import type { Mailer } from '../packages/server/src/mail/mailer.js';
import { IssueSender } from '../packages/server/src/newsletter/issues/issue-sender.js';
import { openStorage, type Storage } from '../packages/server/src/storage/database.js';

const SUBSCRIBERS = 20_000;
const BATCHES = process.env.BENCH_BATCHES?.split(',').map(Number) ?? [200, 1000, SUBSCRIBERS];
const adminUrl = process.env.TEST_DATABASE_URL;
const engine = adminUrl ? 'postgres' : 'sqlite';
const silent = { debug() {}, info() {}, warn() {}, error() {} };
const markdown = `# Veranstaltungen\n\n${'Ein Absatz mit **Text** und einem [Link](https://example.org). '.repeat(30)}\n\n- eins\n- zwei`;

async function freshStorage(): Promise<{ storage: Storage; drop: () => Promise<void> }> {
  if (!adminUrl) {
    const dir = mkdtempSync(join(tmpdir(), 'welcome-bench-issues-'));
    const storage = await openStorage(`sqlite:${join(dir, 'welcome.db')}`);
    return { storage, drop: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const name = `welcome_bench_issues_${process.pid}_${Date.now()}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database "${name}"`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const storage = await openStorage(url.toString(), { poolSize: 4 });
  return {
    storage,
    drop: async () => {
      await admin.query(`drop database "${name}" with (force)`);
      await admin.end();
    },
  };
}

async function seed(storage: Storage): Promise<void> {
  const languages = ['de', 'en', 'uk', 'ru', 'ar', 'es', 'vi'];
  await storage.db.transaction().execute(async (trx) => {
    for (let start = 0; start < SUBSCRIBERS; start += 1000) {
      const rows = Array.from({ length: 1000 }, (_, i) => {
        const n = start + i;
        return {
          email: `subscriber${n}@example.org`,
          status: 'confirmed' as const,
          topics: JSON.stringify(['events']),
          language: languages[n % languages.length]!,
          unsubscribe_token: `hash-${n}`,
          confirmed_at: '2026-12-01T09:00:00.000Z',
        };
      });
      await trx.insertInto('newsletter_subscribers').values(rows).execute();
    }
  });
}

async function measure(batchSize: number) {
  const { storage, drop } = await freshStorage();
  try {
    await seed(storage);
    const queue = new MailQueue(storage, {
      defaultFrom: 'bench@example.org',
      perRecipientPerDay: 10,
      deliveredOnArrival: false,
      now: () => new Date(),
    });
    const mailer = { sendUnlimited: (mail, options) => queue.insert(options.db, mail), poke() {} } as Mailer;
    const sender = new IssueSender(
      storage,
      mailer,
      {
        publisher: 'Landkreis',
        links: { pageUrl: 'https://example.org/newsletter', apiUrl: 'https://example.org/api' },
        batchSize,
        leaseMs: 120_000,
      },
      silent,
    );
    const at = new Date().toISOString();
    const { id } = await storage.db
      .insertInto('newsletter_issues')
      .values({
        status: 'sending',
        topics: JSON.stringify(['events']),
        texts: JSON.stringify(
          ['de', 'en', 'uk', 'ru', 'ar', 'es', 'vi'].map((language) => ({ language, subject: 'Bench', markdown })),
        ),
        created_at: at,
        created_by: 'bench',
        updated_at: at,
        updated_by: 'bench',
        send_started_at: at,
        sent_by: 'bench',
      })
      .returning('id')
      .executeTakeFirstOrThrow();

    // A request arriving meanwhile: a timer every 10 ms and a query. Its worst lateness is what a
    // visitor would wait (better-sqlite3 is synchronous: a batch holds the event loop too).
    let slowestReadMs = 0;
    let reading = true;
    const reader = (async () => {
      while (reading) {
        const started = performance.now();
        await new Promise((resolve) => setTimeout(resolve, 10));
        await sql`select 1`.execute(storage.db);
        slowestReadMs = Math.max(slowestReadMs, performance.now() - started - 10);
      }
    })();
    const started = performance.now();
    await sender.run(id);
    const totalMs = performance.now() - started;
    reading = false;
    await reader;

    const stored = await storage.db
      .selectFrom('mail_outbox')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    // A booking's mail queued after the 20,000: a worker must take it first.
    await queue.insert(storage.db, {
      kind: 'appointment-hold',
      to: 'booker@example.org',
      subject: 'Hold',
      text: 'Hold',
      html: '<p>Hold</p>',
    });
    const claimStarted = performance.now();
    const claimed = await queue.claimNext(60_000);
    const claimMs = performance.now() - claimStarted;
    return {
      batchSize,
      subscribers: SUBSCRIBERS,
      mailsStored: Number(stored.n),
      totalSeconds: Math.round(totalMs / 100) / 10,
      mailsPerSecond: Math.round((SUBSCRIBERS / totalMs) * 1000),
      slowestConcurrentReadMs: Math.round(slowestReadMs),
      firstClaimMs: Math.round(claimMs * 10) / 10,
      firstClaimIsTheBooking: claimed?.subject === 'Hold',
    };
  } finally {
    await storage.close();
    await drop();
  }
}

const results = [];
for (const batchSize of BATCHES) {
  results.push(await measure(batchSize));
  console.log(JSON.stringify(results.at(-1)));
}
const report = { engine, cpus: cpus().length, measuredAt: new Date().toISOString(), results };
console.log(JSON.stringify(report, null, 2));
writeFileSync(`bench/results/newsletter-issue-send-${engine}.json`, `${JSON.stringify(report, null, 2)}\n`);

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { Migrator, sql, type Kysely } from 'kysely';
import { addressHash } from '../src/mail/address-hash.js';
import { hashToken } from '../src/newsletter/tokens.js';
import { connectDatabase, openStorage } from '../src/storage/database.js';
import { PREVIOUS_RELEASE_MIGRATION, migrationProviderFor, migrationsFor } from '../src/storage/migrations.js';
import type { Database } from '../src/storage/schema.js';
import { testAppointmentContent, writeContent } from './support/appointment-fixture.js';
import { testDatabase, testEngine, type TestDatabase } from './support/test-database.js';
import { postJson, startTestServer } from './support/test-server.js';
import { waitUntil } from './support/wait-until.js';

const NAMES = Object.keys(migrationsFor(testEngine));
const LAST_OF_0008 = '0008-booking-mail-token';

/** Every table our migrations make, with its columns: what the queries of this release rely on. */
const TABLES: Record<string, string[]> = {
  appointment_bookings: [
    'address_hash',
    'cancel_reason',
    'cancel_token_hash',
    'cancelled_at',
    'confirm_token_hash',
    'confirmed_at',
    'consent_version',
    'consultant_id',
    'email',
    'end_utc',
    'hold_expires_at',
    'id',
    'language',
    'mail_language',
    'message',
    'name',
    'requested_at',
    'source_origin',
    'source_page',
    'start_utc',
    'status',
    'time_zone',
    'topic',
    'widget_version',
  ],
  consultant_busy_units: ['booking_id', 'consultant_id', 'unit_start_utc'],
  dashboard_metrics: [
    'as_of',
    'descriptions',
    'edited',
    'id',
    'illustrative',
    'kind',
    'period',
    'position',
    'source',
    'texts_seeded',
    'titles',
    'unit',
  ],
  dashboard_drafts: [
    'as_of',
    'edited',
    'illustrative',
    'metric_id',
    'points',
    'row_count',
    'series',
    'source',
    'uploaded_at',
    'uploaded_by',
  ],
  dashboard_points: ['date', 'metric_id', 'series_key', 'value'],
  dashboard_series: ['metric_id', 'position', 'series_key'],
  dashboard_series_labels: ['label', 'language', 'metric_id', 'series_key'],
  faq_feedback: ['entry_id', 'helpful', 'language', 'not_helpful'],
  faq_categories: ['id', 'position', 'titles'],
  faq_entries: ['category', 'id', 'related', 'weight'],
  faq_texts: ['body', 'entry_id', 'language', 'title', 'updated_at'],
  faq_synonyms: ['groups', 'id', 'updated_at'],
  faq_zero_results: ['count', 'day', 'language', 'query'],
  mail_outbox: [
    'attempts',
    'bulk',
    'claim_id',
    'claimed_until',
    'created_at',
    'delete_after',
    'failed_at',
    'headers',
    'html',
    'id',
    'kind',
    'last_error',
    'next_attempt_at',
    'recipient',
    'recipient_hash',
    'sender',
    'sent_at',
    'status',
    'subject',
    'text',
  ],
  mail_outbox_attachments: ['content', 'content_type', 'filename', 'mail_id', 'position'],
  newsletter_consents: [
    'consent_version',
    'email',
    'event',
    'id',
    'language',
    'occurred_at',
    'requested_at',
    'source_origin',
    'source_page',
    'topics',
    'widget_version',
  ],
  newsletter_requests: [
    'consent_version',
    'email',
    'expires_at',
    'id',
    'language',
    'requested_at',
    'source_origin',
    'source_page',
    'token_hash',
    'topics',
    'widget_version',
  ],
  audit_log: ['action', 'actor', 'actor_id', 'after', 'at', 'before', 'id', 'target'],
  appointment_settings: ['buffer_minutes', 'closing_days', 'id', 'max_weeks_ahead', 'min_hours_ahead', 'updated_at'],
  appointment_consultants: ['absences', 'id', 'name', 'position', 'rules', 'time_zone'],
  appointment_topics: ['consultants', 'description', 'duration_minutes', 'id', 'languages', 'position', 'title'],
  consultant_calendar_feeds: ['consultant_id', 'created_at', 'secret_hash'],
  staff_invitations: [
    'consultant_id',
    'created_at',
    'email',
    'expires_at',
    'id',
    'invited_by',
    'language',
    'name',
    'role',
    'token_hash',
  ],
  staff_sessions: ['created_at', 'csrf_token', 'expires_at', 'id_hash', 'idle_expires_at', 'user_id'],
  staff_users: [
    'consultant_id',
    'created_at',
    'disabled',
    'email',
    'failed_logins',
    'id',
    'last_login_at',
    'locked_until',
    'name',
    'password_changed_at',
    'password_hash',
    'role',
  ],
  newsletter_issue_recipients: ['issue_id', 'language', 'mail_id', 'status', 'subscriber_id', 'unsubscribe_token_hash'],
  newsletter_issues: [
    'audience',
    'claim_id',
    'claimed_until',
    'created_at',
    'created_by',
    'failed_count',
    'id',
    'recipient_count',
    'send_started_at',
    'sent_at',
    'sent_by',
    'sent_count',
    'status',
    'texts',
    'topics',
    'updated_at',
    'updated_by',
  ],
  newsletter_subscribers: [
    'confirm_token_hash',
    'confirmed_at',
    'email',
    'id',
    'language',
    'status',
    'topics',
    'unsubscribe_token',
    'unsubscribed_at',
  ],
};

/** SQLite's own text of what 0001–0008 made, in the format of test/fixtures/sqlite-schema-0008.sql. */
async function sqliteSchemaText(db: Kysely<Database>): Promise<string> {
  const { rows } = await sql<{ name: string; sql: string }>`
    select name, sql from sqlite_master
    where sql is not null and name not like 'kysely_%' and name not like 'sqlite_%' order by name`.execute(db);
  return rows.map((row) => `-- ${row.name}\n${row.sql};\n`).join('\n');
}

describe(`migrations on ${testEngine}`, () => {
  const databases: TestDatabase[] = [];
  const emptyDatabase = async () => {
    const database = await testDatabase({ migrated: false });
    databases.push(database);
    return database;
  };
  const migrator = (db: Kysely<Database>) => new Migrator({ db, provider: migrationProviderFor(testEngine) });
  after(async () => {
    for (const database of databases) await database.drop();
  });

  it('from empty: every table with its columns; SQLite’s DDL of 0001–0008 byte for byte as released', async () => {
    const database = await emptyDatabase();
    const storage = await openStorage(database.url);
    try {
      const tables = await storage.db.introspection.getTables();
      const ours = Object.fromEntries(
        tables
          .filter((table) => table.name in TABLES)
          .map((table) => [table.name, table.columns.map((column) => column.name).sort()]),
      );
      assert.deepEqual(ours, TABLES);
      const assigned = tables
        .filter((table) => table.columns.some((column) => column.name === 'id' && column.isAutoIncrementing))
        .map((table) => table.name)
        .sort();
      assert.deepEqual(
        assigned,
        [
          'audit_log',
          'mail_outbox',
          'newsletter_consents',
          'newsletter_issues',
          'newsletter_requests',
          'newsletter_subscribers',
          'staff_invitations',
          'staff_users',
        ],
        'ids the database assigns',
      );
    } finally {
      await storage.close();
    }

    if (testEngine === 'sqlite') {
      const released = await emptyDatabase();
      const db = connectDatabase(released.url);
      try {
        const { error } = await migrator(db).migrateTo(LAST_OF_0008);
        assert.equal(error, undefined);
        const expected = readFileSync(join(import.meta.dirname, 'fixtures/sqlite-schema-0008.sql'), 'utf8');
        assert.equal(await sqliteSchemaText(db), expected);
      } finally {
        await db.destroy();
      }
    }
  });

  it('from every earlier migration to the latest', async () => {
    for (const name of NAMES.slice(0, -1)) {
      const database = await emptyDatabase();
      const db = connectDatabase(database.url, { poolSize: 1 });
      try {
        assert.equal((await migrator(db).migrateTo(name)).error, undefined, `up to ${name}`);
        const { error, results } = await migrator(db).migrateToLatest();
        assert.equal(error, undefined, `from ${name}: ${String(error)}`);
        assert.deepEqual(
          results?.map((result) => result.migrationName),
          NAMES.slice(NAMES.indexOf(name) + 1),
        );
      } finally {
        await db.destroy();
      }
    }
  });

  it('from the previous release with its data: every row kept, and a server on it carries on', async () => {
    const database = await emptyDatabase();
    const db = connectDatabase(database.url, { poolSize: 1 });
    const subscriberEmail = 'anna.kowalska@example.org';
    const unsubscribeToken = 'u'.repeat(43);
    const mailToken = 'm'.repeat(43);
    const held = { id: 'heldBooking0000000000A', start: '2026-03-24T08:00:00Z', end: '2026-03-24T08:45:00Z' };
    const booked = { id: 'bookedBooking00000000B', start: '2026-03-24T10:00:00Z', end: '2026-03-24T10:45:00Z' };
    try {
      assert.equal((await migrator(db).migrateTo(PREVIOUS_RELEASE_MIGRATION)).error, undefined);
      // What that release wrote, as it wrote it.
      await sql`insert into newsletter_subscribers
        (email, status, topics, language, unsubscribe_token, confirmed_at, confirm_token_hash)
        values (${subscriberEmail}, 'confirmed', '["events"]', 'pl', ${hashToken(unsubscribeToken)},
                '2026-03-01T09:00:00.000Z', ${hashToken('c'.repeat(43))})`.execute(db);
      await sql`insert into newsletter_consents (email, event, topics, language, consent_version, requested_at, occurred_at)
        values (${subscriberEmail}, 'confirmed', '["events"]', 'pl', 'newsletter-consent-2026-11',
                '2026-03-01T08:59:00.000Z', '2026-03-01T09:00:00.000Z')`.execute(db);
      for (const [booking, status] of [
        [held, 'held'],
        [booked, 'booked'],
      ] as const) {
        await sql`insert into appointment_bookings (id, topic, consultant_id, start_utc, end_utc, name, email, language,
            mail_language, time_zone, consent_version, requested_at, cancel_token_hash, status, hold_expires_at,
            confirmed_at, address_hash, confirm_token_hash)
          values (${booking.id}, 'recognition', 'berater-a', ${booking.start}, ${booking.end}, 'Priya Raman',
            ${`${status}@example.org`}, 'de', 'de', 'Europe/Berlin', 'appointment-consent-2026-11',
            '2026-03-20T10:00:00.000Z', ${hashToken(`${status}-cancel`)}, ${status},
            ${status === 'held' ? '2026-03-20T10:30:00Z' : null},
            ${status === 'booked' ? '2026-03-20T10:05:00.000Z' : null}, ${addressHash(`${status}@example.org`)},
            ${status === 'held' ? hashToken(mailToken) : null})`.execute(db);
        for (const minutes of [0, 15, 30, 45]) {
          const unit = new Date(Date.parse(booking.start) + minutes * 60_000).toISOString().replace('.000', '');
          await sql`insert into consultant_busy_units (consultant_id, unit_start_utc, booking_id)
            values ('berater-a', ${unit}, ${booking.id})`.execute(db);
        }
      }
      await sql`insert into mail_outbox (recipient, subject, text, html, created_at, sender, delete_after, kind,
          recipient_hash, status, attempts, next_attempt_at)
        values ('queued@example.org', 'Queued before the upgrade', 'Hallo', '<p>Hallo</p>', '2026-03-20T09:59:00.000Z',
          'Welcome <beratung@welcome.invalid>', '2026-03-21T10:00:00.000Z', 'appointment-confirmation',
          ${addressHash('queued@example.org')}, 'queued', 0, '2026-03-20T09:59:00.000Z')`.execute(db);
      await sql`insert into mail_outbox_attachments (mail_id, position, filename, content_type, content)
        select id, 0, 'termin.ics', 'text/calendar; method=REQUEST', 'BEGIN:VCALENDAR' from mail_outbox`.execute(db);
      await sql`insert into dashboard_metrics (id, position, unit, kind, period, source, as_of, edited, illustrative,
          titles, descriptions)
        values ('foreign-residents', 0, 'persons', 'time-series', 'quarter', 'Statistisches Landesamt', '2025-06-30',
          '2025-07-10', 0, '{"de":"Ausländische Einwohner"}', null)`.execute(db);
      await sql`insert into dashboard_series (metric_id, series_key, position) values ('foreign-residents', 'total', 0)`.execute(
        db,
      );
      await sql`insert into dashboard_points (metric_id, series_key, date, value)
        values ('foreign-residents', 'total', '2025-03-31', 18471), ('foreign-residents', 'total', '2025-06-30', 18502)`.execute(
        db,
      );
      await sql`insert into faq_feedback (entry_id, language, helpful, not_helpful) values ('registration', 'en', 2, 1)`.execute(
        db,
      );

      const { error } = await migrator(db).migrateToLatest();
      assert.equal(error, undefined);
      const one = async (query: ReturnType<typeof sql>) => (await query.execute(db)).rows[0];
      assert.deepEqual(
        await one(sql`select status, unsubscribe_token from newsletter_subscribers where email = ${subscriberEmail}`),
        { status: 'confirmed', unsubscribe_token: hashToken(unsubscribeToken) },
      );
      assert.deepEqual(await one(sql`select count(*) as n from newsletter_consents where email = ${subscriberEmail}`), {
        n: 1,
      });
      assert.deepEqual(
        (await sql`select id, status, hold_expires_at from appointment_bookings order by id`.execute(db)).rows,
        [
          { id: booked.id, status: 'booked', hold_expires_at: null },
          { id: held.id, status: 'held', hold_expires_at: '2026-03-20T10:30:00Z' },
        ],
      );
      assert.deepEqual(await one(sql`select count(*) as n from consultant_busy_units`), { n: 8 });
      assert.deepEqual(await one(sql`select status, attempts, kind from mail_outbox`), {
        status: 'queued',
        attempts: 0,
        kind: 'appointment-confirmation',
      });
      assert.deepEqual(await one(sql`select filename from mail_outbox_attachments`), { filename: 'termin.ics' });
      assert.deepEqual(await one(sql`select count(*) as n from dashboard_points`), { n: 2 });
      assert.deepEqual(await one(sql`select helpful, not_helpful from faq_feedback`), { helpful: 2, not_helpful: 1 });
    } finally {
      await db.destroy();
    }

    const server = await startTestServer(
      { APPOINTMENTS_CONFIG: writeContent(testAppointmentContent()), RATE_LIMIT_BOOKINGS: '1000' },
      { database, now: () => new Date('2026-03-20T10:10:00Z'), mail: { worker: { pollMs: 50 } } },
    );
    try {
      const confirm = await server.api(`/v1/appointments/${held.id}/confirm`, postJson({ token: mailToken }));
      assert.equal(confirm.status, 200, 'the held booking confirms with the token of its old mail');
      assert.equal((await confirm.json()).status, 'booked');
      const queued = await server.sink.next('queued@example.org');
      assert.equal(queued.subject, 'Queued before the upgrade');
      assert.equal(queued.attachments.length, 1);
      const metric = await (await server.api('/v1/dashboard/metrics/foreign-residents')).json();
      assert.equal(metric.illustrative, false, 'the imported data, not the seed');
      assert.equal(metric.title, 'Ausländische Einwohnerinnen und Einwohner', 'the texts of the file, once (0014)');
      assert.deepEqual(metric.series[0].points, [
        { date: '2025-03-31', value: 18471 },
        { date: '2025-06-30', value: 18502 },
      ]);
      const unsubscribe = await server.api(`/v1/newsletter/unsubscribe?token=${unsubscribeToken}`);
      assert.equal((await unsubscribe.json()).status, 'unsubscribed', 'the old unsubscribe link still works');
      await waitUntil(
        async () => (await server.database.count(`mail_outbox where status = 'sent'`)) >= 2,
        'the queued mail and the confirmation sent',
      );
    } finally {
      await server.close();
    }
  });

  it(
    'two instances starting at once on an empty database migrate it once',
    {
      skip: testEngine === 'postgres' ? false : 'PostgreSQL only: SQLite takes no migration lock',
    },
    async () => {
      const database = await emptyDatabase();
      const storages = await Promise.all([openStorage(database.url), openStorage(database.url)]);
      try {
        const names = await database.rows<{ name: string; n: number }>(
          sql`select name, count(*) as n from kysely_migration group by name order by name`,
        );
        assert.deepEqual(
          names,
          NAMES.map((name) => ({ name, n: 1 })),
        );
      } finally {
        await Promise.all(storages.map((storage) => storage.close()));
      }
    },
  );
});

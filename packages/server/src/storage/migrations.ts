import { sql, type ColumnDefinitionBuilder, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import { addressHash } from '../mail/address-hash.js';
import { hashToken } from '../newsletter/tokens.js';
import type { Engine } from './database.js';

/**
 * The last migration of the previous release: the migrations test starts a database there, fills it
 * as that release would, and migrates it to the latest. Move it forward at each release.
 */
export const PREVIOUS_RELEASE_MIGRATION = '0008-booking-mail-token';

/**
 * An integer id the database assigns. Kysely prints `autoIncrement()` as `auto_increment` for
 * PostgreSQL, a syntax error there; an identity column is its equivalent. int4 on both engines, so pg
 * returns numbers (never bigserial: int8 comes back as a string). SQLite's DDL stays byte for byte
 * what released databases were made with (test/fixtures/sqlite-schema-0008.sql pins it).
 */
export function idColumn(engine: Engine): (column: ColumnDefinitionBuilder) => ColumnDefinitionBuilder {
  return engine === 'postgres'
    ? (column) => column.generatedByDefaultAsIdentity().primaryKey()
    : (column) => column.primaryKey().autoIncrement();
}

/**
 * Migrations in code, in order, the same for both engines but for `idColumn`. Never edit a released
 * one, add the next; the one exception, ids through `idColumn` in 0001, kept SQLite's DDL unchanged.
 */
export const migrationsFor = (engine: Engine): Record<string, Migration> => ({
  '0001-newsletter': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('newsletter_requests')
        .addColumn('id', 'integer', idColumn(engine))
        .addColumn('email', 'text', (c) => c.notNull().unique())
        .addColumn('token_hash', 'text', (c) => c.notNull().unique())
        .addColumn('topics', 'text', (c) => c.notNull())
        .addColumn('language', 'text', (c) => c.notNull())
        .addColumn('consent_version', 'text', (c) => c.notNull())
        .addColumn('requested_at', 'text', (c) => c.notNull())
        .addColumn('expires_at', 'text', (c) => c.notNull())
        .addColumn('source_page', 'text')
        .addColumn('source_origin', 'text')
        .addColumn('widget_version', 'text')
        .addColumn('mail_count', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('mail_window_start', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('newsletter_requests_expires')
        .on('newsletter_requests')
        .column('expires_at')
        .execute();

      await db.schema
        .createTable('newsletter_subscribers')
        .addColumn('id', 'integer', idColumn(engine))
        .addColumn('email', 'text', (c) => c.notNull().unique())
        .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('confirmed', 'unsubscribed')`))
        .addColumn('topics', 'text', (c) => c.notNull())
        .addColumn('language', 'text', (c) => c.notNull())
        .addColumn('unsubscribe_token', 'text', (c) => c.notNull().unique())
        .addColumn('confirmed_at', 'text', (c) => c.notNull())
        .addColumn('unsubscribed_at', 'text')
        .execute();

      await db.schema
        .createTable('newsletter_consents')
        .addColumn('id', 'integer', idColumn(engine))
        .addColumn('email', 'text', (c) => c.notNull())
        .addColumn('event', 'text', (c) => c.notNull().check(sql`event in ('confirmed', 'withdrawn')`))
        .addColumn('topics', 'text', (c) => c.notNull())
        .addColumn('language', 'text', (c) => c.notNull())
        .addColumn('consent_version', 'text')
        .addColumn('requested_at', 'text')
        .addColumn('occurred_at', 'text', (c) => c.notNull())
        .addColumn('source_page', 'text')
        .addColumn('source_origin', 'text')
        .addColumn('widget_version', 'text')
        .execute();
      await db.schema.createIndex('newsletter_consents_email').on('newsletter_consents').column('email').execute();

      await db.schema
        .createTable('mail_outbox')
        .addColumn('id', 'integer', idColumn(engine))
        .addColumn('recipient', 'text', (c) => c.notNull())
        .addColumn('subject', 'text', (c) => c.notNull())
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('html', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
    },
  },
  '0002-appointments': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('appointment_bookings')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('topic', 'text', (c) => c.notNull())
        .addColumn('consultant_id', 'text', (c) => c.notNull())
        .addColumn('start_utc', 'text', (c) => c.notNull())
        .addColumn('end_utc', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('email', 'text', (c) => c.notNull())
        .addColumn('language', 'text', (c) => c.notNull())
        .addColumn('mail_language', 'text', (c) => c.notNull())
        .addColumn('time_zone', 'text', (c) => c.notNull())
        .addColumn('message', 'text')
        .addColumn('consent_version', 'text', (c) => c.notNull())
        .addColumn('requested_at', 'text', (c) => c.notNull())
        .addColumn('cancelled_at', 'text')
        .addColumn('cancel_token_hash', 'text', (c) => c.notNull().unique())
        .addColumn('source_page', 'text')
        .addColumn('source_origin', 'text')
        .addColumn('widget_version', 'text')
        .execute();
      await db.schema
        .createIndex('appointment_bookings_consultant_start')
        .on('appointment_bookings')
        .columns(['consultant_id', 'start_utc'])
        .execute();
      await db.schema.createIndex('appointment_bookings_end').on('appointment_bookings').column('end_utc').execute();

      // No double booking, by construction: a booking inserts the quarter hours it occupies in
      // the same transaction as itself; a second booking of any of them violates the key.
      await db.schema
        .createTable('consultant_busy_units')
        .addColumn('consultant_id', 'text', (c) => c.notNull())
        .addColumn('unit_start_utc', 'text', (c) => c.notNull())
        .addColumn('booking_id', 'text', (c) => c.notNull().references('appointment_bookings.id').onDelete('cascade'))
        .addPrimaryKeyConstraint('consultant_busy_units_pk', ['consultant_id', 'unit_start_utc'])
        .execute();
      await db.schema
        .createIndex('consultant_busy_units_booking')
        .on('consultant_busy_units')
        .column('booking_id')
        .execute();
    },
  },
  '0003-faq-feedback': {
    async up(db: Kysely<unknown>) {
      // "Was this helpful?" only counts: no time, no address, no session, per entry and language.
      await db.schema
        .createTable('faq_feedback')
        .addColumn('entry_id', 'text', (c) => c.notNull())
        .addColumn('language', 'text', (c) => c.notNull())
        .addColumn('helpful', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('not_helpful', 'integer', (c) => c.notNull().defaultTo(0))
        .addPrimaryKeyConstraint('faq_feedback_pk', ['entry_id', 'language'])
        .execute();
    },
  },
  '0004-dashboard': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('dashboard_metrics')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('position', 'integer', (c) => c.notNull())
        .addColumn('unit', 'text', (c) => c.notNull().check(sql`unit in ('persons', 'percent', 'procedures', 'count')`))
        .addColumn('kind', 'text', (c) =>
          c.notNull().check(sql`kind in ('time-series', 'breakdown', 'breakdown-over-time')`),
        )
        .addColumn('period', 'text', (c) => c.notNull().check(sql`period in ('quarter', 'year')`))
        .addColumn('source', 'text', (c) => c.notNull())
        .addColumn('as_of', 'text', (c) => c.notNull())
        .addColumn('edited', 'text', (c) => c.notNull())
        .addColumn('illustrative', 'integer', (c) => c.notNull().check(sql`illustrative in (0, 1)`))
        .addColumn('titles', 'text', (c) => c.notNull())
        .addColumn('descriptions', 'text')
        .execute();

      // An import replaces a metric's series and, by cascade, its points, in one transaction.
      await db.schema
        .createTable('dashboard_series')
        .addColumn('metric_id', 'text', (c) => c.notNull().references('dashboard_metrics.id').onDelete('cascade'))
        .addColumn('series_key', 'text', (c) => c.notNull())
        .addColumn('position', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('dashboard_series_pk', ['metric_id', 'series_key'])
        .execute();

      await db.schema
        .createTable('dashboard_points')
        .addColumn('metric_id', 'text', (c) => c.notNull())
        .addColumn('series_key', 'text', (c) => c.notNull())
        .addColumn('date', 'text', (c) => c.notNull())
        .addColumn('value', 'double precision', (c) => c.notNull().check(sql`value >= 0`))
        .addPrimaryKeyConstraint('dashboard_points_pk', ['metric_id', 'series_key', 'date'])
        .addForeignKeyConstraint(
          'dashboard_points_series_fk',
          ['metric_id', 'series_key'],
          'dashboard_series',
          ['metric_id', 'series_key'],
          (fk) => fk.onDelete('cascade'),
        )
        .execute();

      // Labels belong to the content, not to an import: they outlive a series missing from one file.
      await db.schema
        .createTable('dashboard_series_labels')
        .addColumn('metric_id', 'text', (c) => c.notNull().references('dashboard_metrics.id').onDelete('cascade'))
        .addColumn('series_key', 'text', (c) => c.notNull())
        .addColumn('language', 'text', (c) => c.notNull())
        .addColumn('label', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('dashboard_series_labels_pk', ['metric_id', 'series_key', 'language'])
        .execute();
    },
  },
  '0005-repeat-clicks-senders-outbox-attachments': {
    async up(db: Kysely<unknown>) {
      // The hash of the confirm token that made the subscription, so a second click on the same
      // link can say "already subscribed" instead of "invalid" (never the token itself).
      await db.schema.alterTable('newsletter_subscribers').addColumn('confirm_token_hash', 'text').execute();
      await db.schema
        .createIndex('newsletter_subscribers_confirm_token')
        .on('newsletter_subscribers')
        .column('confirm_token_hash')
        .execute();

      // The outbox shows who a mail is from, and forgets it with the data it is about.
      await db.schema.alterTable('mail_outbox').addColumn('sender', 'text').execute();
      await db.schema.alterTable('mail_outbox').addColumn('delete_after', 'text').execute();
      await db.schema.createIndex('mail_outbox_delete_after').on('mail_outbox').column('delete_after').execute();
      await db.schema
        .createTable('mail_outbox_attachments')
        .addColumn('mail_id', 'integer', (c) => c.notNull().references('mail_outbox.id').onDelete('cascade'))
        .addColumn('position', 'integer', (c) => c.notNull())
        .addColumn('filename', 'text', (c) => c.notNull())
        .addColumn('content_type', 'text', (c) => c.notNull())
        .addColumn('content', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('mail_outbox_attachments_pk', ['mail_id', 'position'])
        .execute();
    },
  },
  '0006-mail-queue-and-retention': {
    async up(db: Kysely<unknown>) {
      // Every mail goes through this table: the request stores it, a worker sends it. Rows written
      // before were delivered to the outbox already: they count as sent.
      const outbox = () => db.schema.alterTable('mail_outbox');
      await outbox().addColumn('kind', 'text').execute();
      await outbox().addColumn('headers', 'text').execute();
      await outbox().addColumn('recipient_hash', 'text').execute();
      await outbox()
        .addColumn('status', 'text', (c) => c.notNull().defaultTo('sent'))
        .execute();
      await outbox()
        .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
        .execute();
      await outbox().addColumn('next_attempt_at', 'text').execute();
      await outbox().addColumn('claim_id', 'text').execute();
      await outbox().addColumn('claimed_until', 'text').execute();
      await outbox().addColumn('sent_at', 'text').execute();
      await outbox().addColumn('failed_at', 'text').execute();
      await outbox().addColumn('last_error', 'text').execute();
      await db.schema.createIndex('mail_outbox_due').on('mail_outbox').columns(['status', 'next_attempt_at']).execute();
      await db.schema
        .createIndex('mail_outbox_recipient_day')
        .on('mail_outbox')
        .columns(['recipient_hash', 'created_at'])
        .execute();
      const old = await sql<{ id: number; recipient: string }>`select id, recipient from mail_outbox`.execute(db);
      for (const row of old.rows) {
        await sql`update mail_outbox set recipient_hash = ${addressHash(row.recipient)} where id = ${row.id}`.execute(
          db,
        );
      }

      // The per-address counter of confirmation mails gave way to counting the queue's mails.
      await db.schema.alterTable('newsletter_requests').dropColumn('mail_count').execute();
      await db.schema.alterTable('newsletter_requests').dropColumn('mail_window_start').execute();

      // Unsubscribe tokens are kept as hashes from now on, like every other token.
      const subscribers = await sql<{
        id: number;
        unsubscribe_token: string;
      }>`select id, unsubscribe_token from newsletter_subscribers`.execute(db);
      for (const row of subscribers.rows) {
        await sql`update newsletter_subscribers set unsubscribe_token = ${hashToken(row.unsubscribe_token)} where id = ${row.id}`.execute(
          db,
        );
      }
      await db.schema
        .createIndex('newsletter_subscribers_unsubscribed')
        .on('newsletter_subscribers')
        .columns(['status', 'unsubscribed_at'])
        .execute();
      await db.schema
        .createIndex('newsletter_consents_occurred')
        .on('newsletter_consents')
        .column('occurred_at')
        .execute();
    },
  },
  '0007-held-bookings': {
    async up(db: Kysely<unknown>) {
      // A booking is held until the person confirms it with the link in the mail; bookings made
      // before were confirmed at once and stay 'booked'.
      const bookings = () => db.schema.alterTable('appointment_bookings');
      await bookings()
        .addColumn('status', 'text', (c) =>
          c
            .notNull()
            .defaultTo('booked')
            .check(sql`status in ('held', 'booked')`),
        )
        .execute();
      await bookings().addColumn('hold_expires_at', 'text').execute();
      await bookings().addColumn('confirmed_at', 'text').execute();
      await bookings().addColumn('address_hash', 'text').execute();
      await sql`update appointment_bookings set confirmed_at = requested_at`.execute(db);
      const old = await sql<{ id: string; email: string }>`select id, email from appointment_bookings`.execute(db);
      for (const row of old.rows) {
        await sql`update appointment_bookings set address_hash = ${addressHash(row.email)} where id = ${row.id}`.execute(
          db,
        );
      }
      // Lapsed holds are released on every booking and purged hourly; open bookings are counted per address.
      await db.schema
        .createIndex('appointment_bookings_holds')
        .on('appointment_bookings')
        .columns(['status', 'hold_expires_at'])
        .execute();
      await db.schema
        .createIndex('appointment_bookings_address_end')
        .on('appointment_bookings')
        .columns(['address_hash', 'end_utc'])
        .execute();
    },
  },
  '0008-booking-mail-token': {
    async up(db: Kysely<unknown>) {
      // The booking's answer carries a cancel token again (public API: 201 with cancelToken); the
      // hold mail gets its own token, and only that one confirms. Open holds mailed their single
      // token, so it stays their mail token.
      await db.schema.alterTable('appointment_bookings').addColumn('confirm_token_hash', 'text').execute();
      await sql`update appointment_bookings set confirm_token_hash = cancel_token_hash where status = 'held'`.execute(
        db,
      );
    },
  },
  '0009-shared-state': {
    async up(db: Kysely<unknown>) {
      // What several instances on one database must share (ADR 0015, section 2): the versions of
      // changing content, the purge's lease, and rate-limit counts (used on PostgreSQL only).
      await db.schema
        .createTable('content_versions')
        .addColumn('name', 'text', (c) => c.primaryKey())
        .addColumn('version', 'integer', (c) => c.notNull())
        .execute();
      await sql`insert into content_versions (name, version) values ('dashboard', 0), ('faq-feedback', 0)`.execute(db);
      await db.schema
        .createTable('job_runs')
        .addColumn('name', 'text', (c) => c.primaryKey())
        .addColumn('holder', 'text')
        .addColumn('running_until', 'text')
        .addColumn('next_due_at', 'text', (c) => c.notNull())
        .execute();
      // Due at once: the first start purges, as every start did before.
      await sql`insert into job_runs (name, next_due_at) values ('purge', '1970-01-01T00:00:00.000Z')`.execute(db);
      await db.schema
        .createTable('rate_limit_counts')
        .addColumn('bucket', 'text', (c) => c.notNull())
        .addColumn('client_hash', 'text', (c) => c.notNull())
        .addColumn('window_start', 'text', (c) => c.notNull())
        .addColumn('hits', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('rate_limit_counts_pk', ['bucket', 'client_hash', 'window_start'])
        .execute();
      await db.schema.createIndex('rate_limit_counts_window').on('rate_limit_counts').column('window_start').execute();
    },
  },
  '0010-staff': {
    async up(db: Kysely<unknown>) {
      // Staff accounts, their invitations and sessions, and the audit log (ADR 0018). Flags are 0/1
      // integers, instants ISO text (ADR 0015); secrets are stored as hashes only.
      await db.schema
        .createTable('staff_users')
        .addColumn('id', 'integer', idColumn(engine))
        .addColumn('email', 'text', (c) => c.notNull().unique())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('role', 'text', (c) => c.notNull().check(sql`role in ('admin', 'editor', 'consultant')`))
        .addColumn('consultant_id', 'text')
        .addColumn('password_hash', 'text', (c) => c.notNull())
        .addColumn('disabled', 'integer', (c) =>
          c
            .notNull()
            .defaultTo(0)
            .check(sql`disabled in (0, 1)`),
        )
        .addColumn('failed_logins', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('locked_until', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('password_changed_at', 'text', (c) => c.notNull())
        .addColumn('last_login_at', 'text')
        .execute();
      await db.schema
        .createTable('staff_invitations')
        .addColumn('id', 'integer', idColumn(engine))
        .addColumn('email', 'text', (c) => c.notNull().unique())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('role', 'text', (c) => c.notNull().check(sql`role in ('admin', 'editor', 'consultant')`))
        .addColumn('consultant_id', 'text')
        .addColumn('language', 'text', (c) => c.notNull())
        .addColumn('token_hash', 'text', (c) => c.notNull().unique())
        .addColumn('invited_by', 'integer')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('expires_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('staff_sessions')
        .addColumn('id_hash', 'text', (c) => c.primaryKey())
        .addColumn('user_id', 'integer', (c) => c.notNull().references('staff_users.id').onDelete('cascade'))
        .addColumn('csrf_token', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('idle_expires_at', 'text', (c) => c.notNull())
        .addColumn('expires_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('staff_sessions_user').on('staff_sessions').column('user_id').execute();
      await db.schema.createIndex('staff_sessions_idle').on('staff_sessions').column('idle_expires_at').execute();
      await db.schema
        .createTable('audit_log')
        .addColumn('id', 'integer', idColumn(engine))
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('actor_id', 'integer')
        .addColumn('actor', 'text', (c) => c.notNull())
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('target', 'text')
        .addColumn('before', 'text')
        .addColumn('after', 'text')
        .execute();
      await db.schema.createIndex('audit_log_at').on('audit_log').column('at').execute();
      await db.schema.createIndex('audit_log_action').on('audit_log').columns(['action', 'id']).execute();
    },
  },
  '0011-newsletter-issues': {
    async up(db: Kysely<unknown>) {
      // An issue's mails are bulk: a worker takes every other due mail first, so 20,000 of them
      // never hold up a booking's confirmation (ADR 0018, "Newsletter issues").
      await db.schema
        .alterTable('mail_outbox')
        .addColumn('bulk', 'integer', (c) =>
          c
            .notNull()
            .defaultTo(0)
            .check(sql`bulk in (0, 1)`),
        )
        .execute();
      await db.schema
        .createIndex('mail_outbox_due_bulk')
        .on('mail_outbox')
        .columns(['status', 'bulk', 'next_attempt_at'])
        .execute();

      await db.schema
        .createTable('newsletter_issues')
        .addColumn('id', 'integer', idColumn(engine))
        .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('draft', 'sending', 'sent')`))
        .addColumn('topics', 'text', (c) => c.notNull())
        .addColumn('texts', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('created_by', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addColumn('updated_by', 'text', (c) => c.notNull())
        .addColumn('send_started_at', 'text')
        .addColumn('sent_by', 'text')
        .addColumn('sent_at', 'text')
        .addColumn('audience', 'text')
        .addColumn('recipient_count', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('sent_count', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('failed_count', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('claim_id', 'text')
        .addColumn('claimed_until', 'text')
        .execute();
      await db.schema.createIndex('newsletter_issues_status').on('newsletter_issues').column('status').execute();

      // Who got which issue, no address: it goes with the subscriber. The mail's state is read from
      // the queue while it has the mail, and copied here before the queue forgets it.
      await db.schema
        .createTable('newsletter_issue_recipients')
        .addColumn('issue_id', 'integer', (c) => c.notNull().references('newsletter_issues.id').onDelete('cascade'))
        .addColumn('subscriber_id', 'integer', (c) =>
          c.notNull().references('newsletter_subscribers.id').onDelete('cascade'),
        )
        .addColumn('language', 'text', (c) => c.notNull())
        .addColumn('mail_id', 'integer')
        .addColumn('status', 'text', (c) =>
          c
            .notNull()
            .defaultTo('queued')
            .check(sql`status in ('queued', 'sent', 'failed')`),
        )
        .addColumn('unsubscribe_token_hash', 'text', (c) => c.unique())
        .addPrimaryKeyConstraint('newsletter_issue_recipients_pk', ['issue_id', 'subscriber_id'])
        .execute();
      await db.schema
        .createIndex('newsletter_issue_recipients_subscriber')
        .on('newsletter_issue_recipients')
        .column('subscriber_id')
        .execute();
      await db.schema
        .createIndex('newsletter_issue_recipients_mail')
        .on('newsletter_issue_recipients')
        .column('mail_id')
        .execute();
    },
  },
  '0012-appointment-content': {
    async up(db: Kysely<unknown>) {
      // The appointments content moves from APPOINTMENTS_CONFIG into the database (the file is the
      // seed, loaded once into an empty database). Lists and per-language texts are JSON text: they
      // are only ever read and written whole, with their consultant or topic.
      await db.schema
        .createTable('appointment_settings')
        .addColumn('id', 'text', (c) => c.primaryKey().check(sql`id = 'current'`))
        .addColumn('buffer_minutes', 'integer', (c) => c.notNull())
        .addColumn('min_hours_ahead', 'double precision', (c) => c.notNull())
        .addColumn('max_weeks_ahead', 'integer', (c) => c.notNull())
        .addColumn('closing_days', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('appointment_consultants')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('position', 'integer', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('time_zone', 'text', (c) => c.notNull())
        .addColumn('rules', 'text', (c) => c.notNull())
        .addColumn('absences', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('appointment_topics')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('position', 'integer', (c) => c.notNull())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('description', 'text', (c) => c.notNull())
        .addColumn('duration_minutes', 'integer', (c) => c.notNull())
        .addColumn('languages', 'text', (c) => c.notNull())
        .addColumn('consultants', 'text', (c) => c.notNull())
        .execute();
      // A consultant's private calendar feed: only the secret's SHA-256; a new one replaces the old.
      await db.schema
        .createTable('consultant_calendar_feeds')
        .addColumn('consultant_id', 'text', (c) => c.primaryKey())
        .addColumn('secret_hash', 'text', (c) => c.notNull().unique())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      // Staff cancelling a booking give a reason, which the booker's mail names.
      await db.schema.alterTable('appointment_bookings').addColumn('cancel_reason', 'text').execute();
      await sql`insert into content_versions (name, version) values ('appointments', 0)`.execute(db);
    },
  },
  '0013-faq': {
    async up(db: Kysely<unknown>) {
      // The FAQ moves from its Markdown folder into the database (ADR 0018, "FAQ in the database"):
      // the folder seeds an empty database once; staff edit it from then on. Category titles,
      // related ids and synonym groups are JSON text: only ever read and written whole.
      await db.schema
        .createTable('faq_categories')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('position', 'integer', (c) => c.notNull())
        .addColumn('titles', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('faq_entries')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('category', 'text', (c) => c.notNull())
        .addColumn('weight', 'integer')
        .addColumn('related', 'text', (c) => c.notNull())
        .execute();
      // One row per language of an entry; a missing row is a missing translation.
      await db.schema
        .createTable('faq_texts')
        .addColumn('entry_id', 'text', (c) => c.notNull().references('faq_entries.id').onDelete('cascade'))
        .addColumn('language', 'text', (c) => c.notNull())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('body', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('faq_texts_pk', ['entry_id', 'language'])
        .execute();
      // Synonym groups are for the whole FAQ: one row. Its presence says the FAQ has been seeded.
      await db.schema
        .createTable('faq_synonyms')
        .addColumn('id', 'text', (c) => c.primaryKey().check(sql`id = 'current'`))
        .addColumn('groups', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      // Searches that found nothing: only the normalised text, counted per Berlin day and language.
      await db.schema
        .createTable('faq_zero_results')
        .addColumn('day', 'text', (c) => c.notNull())
        .addColumn('language', 'text', (c) => c.notNull())
        .addColumn('query', 'text', (c) => c.notNull())
        .addColumn('count', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('faq_zero_results_pk', ['day', 'language', 'query'])
        .execute();
      await sql`insert into content_versions (name, version) values ('faq', 0)`.execute(db);
    },
  },
  '0014-dashboard-texts': {
    async up(db: Kysely<unknown>) {
      // The metrics' texts move into the database (ADR 0018, "Figures in the console"): 0 means they
      // still follow metrics.json, which the next start copies once more, then sets 1; staff edit them
      // from then on and no file overwrites them.
      await db.schema
        .alterTable('dashboard_metrics')
        .addColumn('texts_seeded', 'integer', (c) =>
          c
            .notNull()
            .defaultTo(0)
            .check(sql`texts_seeded in (0, 1)`),
        )
        .execute();
      // One uploaded file per metric, checked and waiting to be published; never served publicly.
      // Its points are JSON text: only ever written and read whole (preview, publish).
      await db.schema
        .createTable('dashboard_drafts')
        .addColumn('metric_id', 'text', (c) => c.primaryKey().references('dashboard_metrics.id').onDelete('cascade'))
        .addColumn('as_of', 'text', (c) => c.notNull())
        .addColumn('edited', 'text')
        .addColumn('source', 'text', (c) => c.notNull())
        .addColumn('illustrative', 'integer', (c) => c.notNull().check(sql`illustrative in (0, 1)`))
        .addColumn('series', 'text', (c) => c.notNull())
        .addColumn('points', 'text', (c) => c.notNull())
        .addColumn('row_count', 'integer', (c) => c.notNull())
        .addColumn('uploaded_at', 'text', (c) => c.notNull())
        .addColumn('uploaded_by', 'text', (c) => c.notNull())
        .execute();
    },
  },
});

export function migrationProviderFor(engine: Engine): MigrationProvider {
  return { getMigrations: async () => migrationsFor(engine) };
}

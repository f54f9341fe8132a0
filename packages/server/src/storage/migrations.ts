import { sql, type Kysely, type Migration, type MigrationProvider } from 'kysely';

/** Migrations in code, in order; never edit a released one, add the next. */
const migrations: Record<string, Migration> = {
  '0001-newsletter': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('newsletter_requests')
        .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
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
        .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
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
        .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
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
        .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
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
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};

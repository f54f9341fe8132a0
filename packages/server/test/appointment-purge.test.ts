import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { APPOINTMENT_CONSENT_VERSION, Booking } from '@welcome-widgets/core';
import Database from 'better-sqlite3';
import { loadConfig } from '../src/config.js';
import { startServer } from '../src/server.js';
import { testAppointmentContent, writeContent } from './support/appointment-fixture.js';
import { freePort, postJson } from './support/test-server.js';

const DAY_MS = 86_400_000;

/**
 * The consent promises that a booking is deleted APPOINTMENT_RETENTION_DAYS after the
 * appointment. Without SMTP the mails sit in the outbox, with the address, the cancel link and
 * the calendar file: they go with the booking. The server purges at start (and hourly), so each
 * step here restarts it on the same database with the clock moved on.
 */
describe('bookings and their mails are deleted N days after the appointment', () => {
  let dir: string;
  let databaseFile: string;
  const appointmentsConfig = writeContent(testAppointmentContent());

  /** Runs the real server (outbox, no SMTP) with its clock at `now`, for `use`, then stops it. */
  const withServer = async <T>(now: Date, use: (url: string) => Promise<T>): Promise<T> => {
    const port = await freePort();
    const config = loadConfig({
      PORT: String(port),
      HOST: '127.0.0.1',
      PUBLIC_URL: `http://127.0.0.1:${port}`,
      DATABASE_URL: `sqlite:${databaseFile}`,
      APPOINTMENTS_CONFIG: appointmentsConfig,
      APPOINTMENT_RETENTION_DAYS: '10',
      LOG_LEVEL: 'silent',
    });
    const server = await startServer(config, undefined, { now: () => now });
    try {
      return await use(`http://127.0.0.1:${port}/api`);
    } finally {
      await server.close();
    }
  };
  const rows = (sql: string) => {
    const db = new Database(databaseFile, { readonly: true });
    try {
      return db.prepare(sql).all() as Array<Record<string, string>>;
    } finally {
      db.close();
    }
  };

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'welcome-booking-purge-'));
    databaseFile = join(dir, 'welcome.db');
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps them until then, and deletes the booking and every mail about it afterwards', async () => {
    const booked = await withServer(new Date('2026-03-20T10:00:00Z'), async (api) => {
      const book = async (start: string, email: string) => {
        const response = await fetch(
          `${api}/v1/appointments`,
          postJson({
            topic: 'recognition',
            start,
            name: 'Test Person',
            email,
            language: 'de',
            consent: true,
            consentVersion: APPOINTMENT_CONSENT_VERSION,
          }),
        );
        assert.equal(response.status, 201);
        return Booking.parse(await response.json());
      };
      const early = await book('2026-03-24T08:00:00Z', 'early@example.org');
      const late = await book('2026-04-02T12:00:00Z', 'late@example.org');
      const cancelled = await fetch(`${api}/v1/appointments/${early.id}?token=${early.cancelToken}`, {
        method: 'DELETE',
      });
      assert.equal(cancelled.status, 200);
      return { early, late };
    });
    const mailsTo = (email: string) => rows(`select id from mail_outbox where recipient = '${email}'`).length;
    assert.equal(mailsTo('early@example.org'), 2, 'confirmation and cancellation in the outbox');
    assert.equal(mailsTo('late@example.org'), 1);

    const earlyEnd = Date.parse(booked.early.end);
    await withServer(new Date(earlyEnd + 10 * DAY_MS - 60_000), async () => undefined);
    assert.equal(rows(`select id from appointment_bookings where id = '${booked.early.id}'`).length, 1);
    assert.equal(mailsTo('early@example.org'), 2, 'a minute before the tenth day ends, all is kept');

    await withServer(new Date(earlyEnd + 10 * DAY_MS + 60_000), async () => undefined);
    assert.deepEqual(rows(`select id from appointment_bookings where id = '${booked.early.id}'`), []);
    assert.equal(mailsTo('early@example.org'), 0, 'the mails about it are gone too');
    assert.equal(rows(`select id from appointment_bookings where id = '${booked.late.id}'`).length, 1);
    assert.equal(mailsTo('late@example.org'), 1, 'a later appointment and its mail stay');
    assert.deepEqual(
      rows('select * from mail_outbox_attachments where mail_id not in (select id from mail_outbox)'),
      [],
    );

    await withServer(new Date(Date.parse(booked.late.end) + 10 * DAY_MS + 60_000), async () => undefined);
    assert.deepEqual(rows('select id from appointment_bookings'), []);
    assert.equal(mailsTo('late@example.org'), 0);
    assert.deepEqual(rows('select * from mail_outbox_attachments'), []);
  });
});

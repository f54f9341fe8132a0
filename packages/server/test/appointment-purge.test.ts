import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { APPOINTMENT_CONSENT_VERSION, BookingDetails, HeldBooking } from '@welcome-widgets/domain';
import { sql } from 'kysely';
import { loadConfig } from '../src/config.js';
import { startServer } from '../src/server.js';
import { confirmLinkIn, testAppointmentContent, writeContent } from './support/appointment-fixture.js';
import { testDatabase, type TestDatabase } from './support/test-database.js';
import { freePort, postJson } from './support/test-server.js';

const DAY_MS = 86_400_000;

/**
 * The consent promises that a booking is deleted APPOINTMENT_RETENTION_DAYS after the
 * appointment. Without SMTP the mails sit in the outbox, with the address, the cancel link and
 * the calendar file: they go with the booking. The server purges at start (and hourly), so each
 * step here restarts it on the same database with the clock moved on.
 */
describe('bookings and their mails are deleted N days after the appointment', () => {
  let database: TestDatabase;
  const appointmentsConfig = writeContent(testAppointmentContent());

  /** Runs the real server (outbox, no SMTP) with its clock at `now`, for `use`, then stops it. */
  const withServer = async <T>(now: Date, use: (url: string) => Promise<T>): Promise<T> => {
    const port = await freePort();
    const config = loadConfig({
      PORT: String(port),
      HOST: '127.0.0.1',
      PUBLIC_URL: `http://127.0.0.1:${port}`,
      DATABASE_URL: database.url,
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
  const rows = (query: string) => database.rows<Record<string, string>>(sql.raw(query));

  /** Books as a person does: held, then confirmed with the link in the hold mail (read from the outbox). */
  const bookAndConfirm = async (api: string, start: string, email: string) => {
    const held = await hold(api, start, email);
    const [mail] = await rows(`select text from mail_outbox where recipient = '${email}' order by id desc limit 1`);
    const { token } = confirmLinkIn(mail!.text!);
    const confirmed = await fetch(`${api}/v1/appointments/${held.id}/confirm`, postJson({ token }));
    assert.equal(confirmed.status, 200);
    return { ...BookingDetails.parse(await confirmed.json()), token };
  };
  const hold = async (api: string, start: string, email: string) => {
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
    return HeldBooking.parse(await response.json());
  };

  before(async () => {
    database = await testDatabase();
  });
  after(() => database.drop());

  it('keeps them until then, and deletes the booking and every mail about it afterwards', async () => {
    const booked = await withServer(new Date('2026-03-20T10:00:00Z'), async (api) => {
      const early = await bookAndConfirm(api, '2026-03-24T08:00:00Z', 'early@example.org');
      const late = await bookAndConfirm(api, '2026-04-02T12:00:00Z', 'late@example.org');
      const cancelled = await fetch(`${api}/v1/appointments/${early.id}?token=${early.token}`, {
        method: 'DELETE',
      });
      assert.equal(cancelled.status, 200);
      return { early, late };
    });
    const mailsTo = async (email: string) =>
      (await rows(`select id from mail_outbox where recipient = '${email}'`)).length;
    assert.equal(await mailsTo('early@example.org'), 3, 'hold, confirmation and cancellation in the outbox');
    assert.equal(await mailsTo('late@example.org'), 2);

    const earlyEnd = Date.parse(booked.early.end);
    await withServer(new Date(earlyEnd + 10 * DAY_MS - 60_000), async () => undefined);
    assert.equal((await rows(`select id from appointment_bookings where id = '${booked.early.id}'`)).length, 1);
    assert.equal(
      await mailsTo('early@example.org'),
      2,
      'a minute before the tenth day ends, the booking and its mails are kept (the hold mail went when its hold ended)',
    );

    await withServer(new Date(earlyEnd + 10 * DAY_MS + 60_000), async () => undefined);
    assert.deepEqual(await rows(`select id from appointment_bookings where id = '${booked.early.id}'`), []);
    assert.equal(await mailsTo('early@example.org'), 0, 'the mails about it are gone too');
    assert.equal((await rows(`select id from appointment_bookings where id = '${booked.late.id}'`)).length, 1);
    assert.equal(
      await mailsTo('late@example.org'),
      1,
      'a later appointment and its confirmation stay (the hold mail went with its hold)',
    );
    assert.deepEqual(
      await rows('select * from mail_outbox_attachments where mail_id not in (select id from mail_outbox)'),
      [],
    );

    await withServer(new Date(Date.parse(booked.late.end) + 10 * DAY_MS + 60_000), async () => undefined);
    assert.deepEqual(await rows('select id from appointment_bookings'), []);
    assert.equal(await mailsTo('late@example.org'), 0);
    assert.deepEqual(await rows('select * from mail_outbox_attachments'), []);
  });

  it('deletes holds nobody confirmed, and their hold mails, once the hold has lapsed', async () => {
    const march = new Date('2026-03-20T10:00:00Z');
    const pending = await withServer(march, async (api) => {
      const lapsing = await hold(api, '2026-03-26T12:00:00Z', 'never.confirmed@example.org');
      const withdrawn = await hold(api, '2026-03-26T13:00:00Z', 'withdrawn@example.org');
      const [mail] = await rows(`select text from mail_outbox where recipient = 'withdrawn@example.org'`);
      const { token } = confirmLinkIn(mail!.text!);
      const cancel = await fetch(`${api}/v1/appointments/${withdrawn.id}?token=${token}`, { method: 'DELETE' });
      assert.equal(cancel.status, 200);
      const confirmed = await bookAndConfirm(api, '2026-03-26T14:00:00Z', 'kept@example.org');
      return { lapsing, withdrawn, confirmed };
    });
    const stored = async (id: string) => (await rows(`select id from appointment_bookings where id = '${id}'`)).length;
    assert.equal(await stored(pending.lapsing.id), 1, 'kept while it may still be confirmed');

    // The purge runs at start (and hourly): 29 minutes later the hold still stands; 31 minutes later it is gone.
    await withServer(new Date(march.getTime() + 29 * 60_000), async () => undefined);
    assert.equal(await stored(pending.lapsing.id), 1);
    assert.equal(await stored(pending.withdrawn.id), 0, 'a hold cancelled before confirming is not kept');
    await withServer(new Date(march.getTime() + 31 * 60_000), async () => undefined);
    assert.equal(await stored(pending.lapsing.id), 0, 'name, address and message of an unconfirmed hold are gone');
    assert.deepEqual(
      await rows(`select booking_id from consultant_busy_units where booking_id = '${pending.lapsing.id}'`),
      [],
    );
    assert.deepEqual(
      await rows(
        `select id from mail_outbox where recipient in ('never.confirmed@example.org', 'withdrawn@example.org')`,
      ),
      [],
      'their hold mails went with them',
    );
    assert.equal(await stored(pending.confirmed.id), 1, 'a confirmed booking stays');
  });
});

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  APPOINTMENT_TOPIC_IDS,
  AppointmentSlotsResponse,
  AppointmentTopicsResponse,
  HeldBooking,
} from '@welcome-widgets/domain';
import { createApp } from '../src/app.js';
import { loadAppointmentContent } from '../src/appointments/appointment-content.js';
import { AppointmentService } from '../src/appointments/appointment-service.js';
import { SHIPPED_APPOINTMENTS_CONFIG, loadConfig } from '../src/config.js';
import { createMailer, type Mailer } from '../src/mail/mailer.js';
import { openStorage, type Storage } from '../src/storage/database.js';
import { confirmLinkIn, testAppointmentContent, writeContent } from './support/appointment-fixture.js';
import { testDatabase } from './support/test-database.js';
import { postJson, startTestServer, type TestServer } from './support/test-server.js';

const silent = { debug() {}, info() {}, warn() {}, error() {} };
const appWith = (file: string) => () =>
  createApp({
    config: loadConfig({ APPOINTMENTS_CONFIG: file, LOG_LEVEL: 'silent' }),
    storage: {} as Storage,
    mailer: { transport: 'smtp' } as Mailer,
    logger: silent,
  });

describe('appointment content is data the county edits', () => {
  it('ships topics for every public topic id, titles in seven languages, one consultant each', () => {
    const content = loadAppointmentContent(SHIPPED_APPOINTMENTS_CONFIG);
    assert.deepEqual(
      content.topics.map((t) => t.id),
      [...APPOINTMENT_TOPIC_IDS],
    );
    for (const topic of content.topics) {
      assert.equal(topic.consultants.length, 1, `${topic.id}: one consultant, so a slot is one booking`);
      assert.equal(new Set(Object.values(topic.title)).size >= 6, true, `${topic.id}: translated titles`);
    }
    assert.equal(loadConfig({}).appointmentsConfig, SHIPPED_APPOINTMENTS_CONFIG);
  });

  const broken: Array<[string, (content: ReturnType<typeof testAppointmentContent>) => unknown, RegExp]> = [
    [
      'broken JSON',
      () => '{"topics": [',
      /Cannot read the appointments content .*appointments\.json \(APPOINTMENTS_CONFIG\)/,
    ],
    [
      'a topic id nobody knows',
      (c) => ({ ...c, topics: [{ ...c.topics[0]!, id: 'astrology' }] }),
      /Invalid appointments content .*topics\.0\.id/,
    ],
    [
      'a missing translation',
      (c) => {
        delete (c.topics[1] as unknown as { title: Record<string, string> }).title.vi;
        return c;
      },
      /topics\.1\.title\.vi/,
    ],
    [
      'a duration off the list',
      (c) => ({ ...c, topics: c.topics.map((t, i) => (i === 2 ? { ...t, durationMinutes: 50 } : t)) }),
      /topics\.2\.durationMinutes/,
    ],
    [
      'an unknown consultant',
      (c) => ({ ...c, topics: c.topics.map((t, i) => (i === 0 ? { ...t, consultants: ['nobody'] } : t)) }),
      /topics\.0\.consultants\.0: no consultant "nobody"/,
    ],
    [
      'opening hours not on a quarter hour',
      (c) => {
        (c.consultants as Array<{ rules: Array<{ from: string }> }>)[0]!.rules[0]!.from = '09:10';
        return c;
      },
      /consultants\.0\.rules\.0\.from/,
    ],
    [
      'opening hours the wrong way round',
      (c) => {
        (c.consultants as Array<{ rules: Array<{ from: string; to: string }> }>)[0]!.rules[0] = {
          weekday: 'tue',
          from: '12:00',
          to: '09:00',
        } as never;
        return c;
      },
      /consultants\.0\.rules\.0: "from" must be before "to"/,
    ],
    [
      'an unknown time zone',
      (c) => {
        (c.consultants as Array<{ timeZone: string }>)[1]!.timeZone = 'Europe/Freiberg';
        return c;
      },
      /consultants\.1\.timeZone: not an IANA time zone/,
    ],
    [
      'an absence with an impossible date',
      (c) => {
        (c.consultants as Array<{ absences: unknown[] }>)[0]!.absences = [{ from: '2026-02-30', to: '2026-03-02' }];
        return c;
      },
      /consultants\.0\.absences\.0\.from/,
    ],
    ['a buffer of 10 minutes', (c) => ({ ...c, bufferMinutes: 10 }), /bufferMinutes: a multiple of 15/],
  ];
  for (const [name, change, message] of broken) {
    it(`${name} stops the start, naming the file and the place`, () => {
      assert.throws(appWith(writeContent(change(testAppointmentContent()))), message);
    });
  }
  it('a missing file stops the start', () => {
    assert.throws(appWith('/nonexistent/appointments.json'), /\/nonexistent\/appointments\.json/);
  });
});

describe('the shipped content on the real clock', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer({ RATE_LIMIT_BOOKINGS: '2' });
  });
  after(() => server.close());

  it('offers slots for every topic in the next eight weeks', async () => {
    const topics = AppointmentTopicsResponse.parse(await (await server.api('/v1/appointments/topics')).json()).topics;
    assert.equal(topics.length, 5);
    const from = new Date().toISOString().slice(0, 10);
    const to = new Date(Date.now() + 8 * 7 * 86_400_000).toISOString().slice(0, 10);
    for (const topic of topics) {
      const response = await server.api(`/v1/appointments/slots?topic=${topic.id}&from=${from}&to=${to}`);
      const { slots } = AppointmentSlotsResponse.parse(await response.json());
      assert.ok(slots.length > 5, `${topic.id}: ${slots.length} slots`);
      for (const slot of slots) {
        assert.equal(Date.parse(slot.end) - Date.parse(slot.start), topic.durationMinutes * 60_000);
        assert.ok(Date.parse(slot.start) >= Date.now() + 23.9 * 3_600_000);
      }
    }
  });

  it('rate-limits bookings per client with 429 and Retry-After', async () => {
    const topic = 'employers';
    const from = new Date().toISOString().slice(0, 10);
    const to = new Date(Date.now() + 8 * 7 * 86_400_000).toISOString().slice(0, 10);
    const { slots } = AppointmentSlotsResponse.parse(
      await (await server.api(`/v1/appointments/slots?topic=${topic}&from=${from}&to=${to}`)).json(),
    );
    const attempt = (i: number) =>
      server.api(
        '/v1/appointments',
        postJson({
          topic,
          start: slots[i]!.start,
          name: 'Rate Limit',
          email: `limit${i}@example.org`,
          language: 'de',
          consent: true,
        }),
      );
    const first = await attempt(0);
    assert.equal(first.status, 201);
    HeldBooking.parse(await first.json());
    assert.equal((await attempt(1)).status, 201);
    const third = await attempt(2);
    assert.equal(third.status, 429);
    assert.equal((await third.json()).error.code, 'rate_limited');
    assert.ok(Number(third.headers.get('retry-after')) > 0);
    // Reading slots is not limited.
    assert.equal((await server.api(`/v1/appointments/slots?topic=${topic}&from=${from}&to=${to}`)).status, 200);
  });
});

describe('past bookings are deleted after the retention period', () => {
  it('purges bookings 30 days after they ended, with their busy quarter hours', async () => {
    const database = await testDatabase();
    const storage = await openStorage(database.url);
    let now = new Date('2026-03-20T10:00:00Z');
    const service = new AppointmentService(
      storage,
      createMailer({ from: 'test@example.org', storage }),
      {
        content: loadAppointmentContent(writeContent(testAppointmentContent())),
        publisher: 'Landkreis Mittelsachsen',
        apiUrl: 'http://localhost/api',
        pageUrl: 'http://localhost/beratung.html',
        videoRoomUrl: 'http://localhost/beratung.html?room={room}',
        uidHost: 'localhost',
        retentionDays: 30,
        holdMinutes: 30,
        maxOpenPerAddress: 2,
      },
      silent,
      () => now,
    );
    try {
      const outcome = await service.book(
        {
          topic: 'recognition',
          start: '2026-03-31T07:00:00Z',
          name: 'Old Booking',
          email: 'old@example.org',
          language: 'de',
          consent: true,
        },
        { origin: null },
      );
      assert.equal(outcome.kind, 'held');
      // Confirmed with the link in the mail (the outbox, without SMTP): a hold nobody confirms goes sooner.
      const mail = await storage.db.selectFrom('mail_outbox').select('text').executeTakeFirstOrThrow();
      const link = confirmLinkIn(mail.text);
      assert.equal((await service.confirm(link.id, link.token)).kind, 'confirmed');
      const count = async (table: 'appointment_bookings' | 'consultant_busy_units') =>
        Number(
          (
            await storage.db
              .selectFrom(table)
              .select((eb) => eb.fn.countAll().as('n'))
              .executeTakeFirstOrThrow()
          ).n,
        );
      assert.equal(await count('appointment_bookings'), 1);
      assert.equal(await count('consultant_busy_units'), 4);

      now = new Date('2026-04-30T07:00:00Z'); // 30 days after the end (07:45): kept
      assert.equal(await service.purgeExpired(), 0);
      now = new Date('2026-04-30T07:46:00Z');
      assert.equal(await service.purgeExpired(), 1);
      assert.equal(await count('appointment_bookings'), 0);
      assert.equal(await count('consultant_busy_units'), 0, 'busy units go with their booking');
    } finally {
      await storage.close();
      await database.drop();
    }
  });
});

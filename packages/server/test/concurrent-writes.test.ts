import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { APPOINTMENT_CONSENT_VERSION, AppointmentSlotsResponse, DashboardMetric } from '@welcome-widgets/domain';
import { sql } from 'kysely';
import { testAppointmentContent, writeContent } from './support/appointment-fixture.js';
import { postJson, startTestServer, type TestServer } from './support/test-server.js';

/**
 * Writes that count and then insert, or read and then update, arriving at the same moment. On
 * SQLite one connection ran them one after the other; on PostgreSQL they run side by side on
 * pooled connections, and only the locks and conditional updates of ADR 0015 keep the limits.
 * Each case sends its requests at once and checks what the database holds afterwards.
 */

const TOKEN = 'concurrent-writes-admin-token';
const MARCH = new Date('2026-03-20T10:00:00Z');
const settle = () => new Promise((resolve) => setTimeout(resolve, 800));

describe('concurrent writes keep every limit', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer(
      {
        APPOINTMENTS_CONFIG: writeContent(testAppointmentContent()),
        RATE_LIMIT_BOOKINGS: '1000',
        RATE_LIMIT_SUBSCRIPTIONS: '1000',
        ADMIN_TOKEN: TOKEN,
      },
      { now: () => MARCH },
    );
  });
  after(() => server.close());

  const mailsTo = (address: string) => server.sink.mails.filter((mail) => mail.to.includes(address));

  it('ten bookings of different slots by one address at once: exactly two are held', async () => {
    const slots = await server.api('/v1/appointments/slots?topic=recognition&from=2026-04-20&to=2026-05-15');
    const starts = AppointmentSlotsResponse.parse(await slots.json()).slots.map((slot) => slot.start);
    assert.ok(starts.length >= 10, `enough slots (${starts.length})`);
    const answers = await Promise.all(
      starts.slice(0, 10).map((start) =>
        server.api(
          '/v1/appointments',
          postJson({
            topic: 'recognition',
            start,
            name: 'Ola Many',
            email: 'ola.many@example.org',
            language: 'en',
            consent: true,
            consentVersion: APPOINTMENT_CONSENT_VERSION,
            timeZone: 'Europe/Berlin',
          }),
        ),
      ),
    );
    const statuses = answers.map((answer) => answer.status).sort();
    assert.deepEqual(statuses, [201, 201, 422, 422, 422, 422, 422, 422, 422, 422]);
    const rows = await server.database.rows<{ n: number }>(
      sql`select count(*) as n from appointment_bookings where email = ${'ola.many@example.org'}`,
    );
    assert.equal(Number(rows[0]!.n), 2, 'two bookings stored');
    await settle();
    assert.equal(mailsTo('ola.many@example.org').length, 2, 'two hold mails');
  });

  it('twelve subscription requests for one address at once: three confirmation mails, as the daily cap says', async () => {
    const email = 'sami.eager@example.org';
    const answers = await Promise.all(
      Array.from({ length: 12 }, () =>
        server.api(
          '/v1/newsletter/subscriptions',
          postJson({ email, topics: ['events'], language: 'de', consent: true }),
        ),
      ),
    );
    assert.deepEqual(
      answers.map((answer) => answer.status),
      Array(12).fill(202),
    );
    const queued = await server.database.rows<{ n: number }>(
      sql`select count(*) as n from mail_outbox where kind = ${'newsletter-confirmation'} and recipient_hash = (
        select recipient_hash from mail_outbox where kind = ${'newsletter-confirmation'} order by id limit 1)`,
    );
    assert.equal(Number(queued[0]!.n), 3, 'three confirmation mails stored');
    await settle();
    assert.equal(mailsTo(email).length, 3, 'three confirmation mails sent');
  });

  it('two imports of one metric at once both succeed, and the stored figures are those of one file, whole', async () => {
    const file = (value: number) =>
      [
        'date,series,value',
        ...['2024-12-31', '2025-03-31', '2025-06-30'].map((d, i) => `${d},total,${value + i}`),
      ].join('\n');
    const put = (body: string) =>
      server.api('/v1/admin/dashboard/metrics/accelerated-procedures/data', {
        method: 'PUT',
        headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'text/csv' },
        body,
      });
    const answers = await Promise.all([put(file(100)), put(file(500)), put(file(100)), put(file(500))]);
    assert.deepEqual(
      answers.map((answer) => answer.status),
      [200, 200, 200, 200],
    );
    const metric = DashboardMetric.parse(
      await (await server.api('/v1/dashboard/metrics/accelerated-procedures?lang=en')).json(),
    );
    const values = metric.series.flatMap((series) => series.points.map((point) => point.value));
    assert.ok(
      JSON.stringify(values) === '[100,101,102]' || JSON.stringify(values) === '[500,501,502]',
      `one file's figures, got ${JSON.stringify(values)}`,
    );
  });

  it('two clicks on one unsubscribe link at once: one withdrawal is recorded', async () => {
    const email = 'tomas.twice@example.org';
    await server.api(
      '/v1/newsletter/subscriptions',
      postJson({ email, topics: ['events'], language: 'de', consent: true }),
    );
    const confirmToken = /newsletter-confirm=([A-Za-z0-9_-]{43})/.exec((await server.sink.next(email)).text)![1]!;
    assert.equal((await server.api(`/v1/newsletter/confirm?token=${confirmToken}`)).status, 200);
    const unsubscribeToken = /newsletter-unsubscribe=([A-Za-z0-9_-]{43})/.exec(
      (await server.sink.next(email)).text,
    )![1]!;
    const answers = await Promise.all(
      Array.from({ length: 4 }, () =>
        server.api(`/v1/newsletter/unsubscribe?token=${unsubscribeToken}`, { method: 'POST' }),
      ),
    );
    const statuses = await Promise.all(
      answers.map(async (answer) => ((await answer.json()) as { status: string }).status),
    );
    assert.deepEqual(statuses.sort(), [
      'already-unsubscribed',
      'already-unsubscribed',
      'already-unsubscribed',
      'unsubscribed',
    ]);
    const withdrawals = await server.database.rows<{ n: number }>(
      sql`select count(*) as n from newsletter_consents where email = ${email} and event = ${'withdrawn'}`,
    );
    assert.equal(Number(withdrawals[0]!.n), 1);
  });
});

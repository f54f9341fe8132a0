import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { APPOINTMENT_CONSENT_VERSION, AppointmentSlotsResponse, DashboardMetric } from '@welcome-widgets/domain';
import { sql } from 'kysely';
import { startInstance, type InstanceProcess } from './support/instance-process.js';
import { startSmtpSink, type SmtpSink } from './support/smtp-sink.js';
import { testDatabase, testEngine, type TestDatabase } from './support/test-database.js';
import { postJson } from './support/test-server.js';
import { waitUntil } from './support/wait-until.js';

/**
 * Issue 13's end-to-end test: two server processes on one PostgreSQL database, requests
 * alternating between them, as behind a load balancer; then one of them killed mid-burst.
 */

const TOKEN = 'two-instances-admin-token';
const SUBSCRIPTION_LIMIT = 6;
/** Topics of four different consultants: their slots never compete for one person's time. */
const TOPICS = ['work-visa', 'recognition', 'family-reunification', 'employers'];
const BUFFER_MS = 15 * 60_000;

type Slot = { topic: string; start: string };

describe(
  'two instances on one database',
  { skip: testEngine === 'sqlite' && 'needs PostgreSQL: runs in the PostgreSQL pass' },
  () => {
    let database: TestDatabase;
    let sink: SmtpSink;
    let a: InstanceProcess;
    let b: InstanceProcess;
    let slots: Slot[];
    const both = () => [a, b];
    const take = (n: number) => slots.splice(0, n);

    before(async () => {
      database = await testDatabase({ migrated: false });
      sink = await startSmtpSink();
      const env = {
        DATABASE_URL: database.url,
        DATABASE_POOL_SIZE: '10',
        SMTP_URL: sink.url,
        ADMIN_TOKEN: TOKEN,
        RATE_LIMIT_BOOKINGS: '1000',
        RATE_LIMIT_SUBSCRIPTIONS: String(SUBSCRIPTION_LIMIT),
      };
      // Both at once on an empty database: each must wait for the other's migrations and seed.
      [a, b] = await Promise.all([startInstance(env), startInstance(env)]);
      slots = await separateSlots(a);
    });
    after(async () => {
      await Promise.all(both().map((instance) => instance?.stop()));
      await sink?.close();
      await database?.drop();
    });

    it('started together on an empty database: migrated once, seeded once, both ready', async () => {
      const migrations = await database.rows<{ name: string; n: number }>(
        sql`select name, count(*) as n from kysely_migration group by name order by name`,
      );
      assert.ok(migrations.length >= 9, `migrations recorded: ${migrations.length}`);
      for (const row of migrations) assert.equal(Number(row.n), 1, `${row.name} once`);
      const labels = await database.rows<{ n: number }>(
        sql`select count(*) as n from (select metric_id, series_key, language from dashboard_series_labels
            group by metric_id, series_key, language having count(*) > 1) as twice`,
      );
      assert.equal(Number(labels[0]!.n), 0, 'no label seeded twice');
      for (const instance of both()) assert.equal((await instance.api('/v1/health/ready')).status, 200);
    });

    it('50 people booking one slot at once through both: exactly one gets it', async () => {
      const [slot] = take(1);
      const answers = await Promise.all(
        Array.from({ length: 50 }, (_, i) => book(i % 2 === 0 ? a : b, slot!, `race-${i}@example.org`)),
      );
      const statuses = answers.map((answer) => answer.status);
      assert.equal(statuses.filter((s) => s === 201).length, 1, `one 201 in ${statuses.join(',')}`);
      assert.equal(statuses.filter((s) => s === 409).length, 49);
    });

    it(`a limit of ${SUBSCRIPTION_LIMIT} subscriptions per window holds across both`, async () => {
      const statuses: number[] = [];
      for (let i = 0; i < 2 * SUBSCRIPTION_LIMIT; i++) {
        const response = await (i % 2 === 0 ? a : b).api(
          '/v1/newsletter/subscriptions',
          postJson({ email: `limit-${i}@example.org`, topics: ['events'], language: 'de', consent: true }),
        );
        statuses.push(response.status);
      }
      assert.deepEqual(statuses, [...Array(SUBSCRIPTION_LIMIT).fill(202), ...Array(SUBSCRIPTION_LIMIT).fill(429)]);
    });

    it('20 mails queued through one are sent exactly once, whichever worker takes them', async () => {
      const mine = take(20);
      const answers = await Promise.all(mine.map((slot, i) => book(a, slot, `mail-${i}@example.org`)));
      assert.deepEqual(
        answers.map((answer) => answer.status),
        Array(20).fill(201),
      );
      const received = (i: number) => sink.mails.filter((mail) => mail.to.includes(`mail-${i}@example.org`)).length;
      await waitUntil(() => mine.every((_, i) => received(i) >= 1), 'every hold mail', 20_000);
      // Three poll periods more for a duplicate to show.
      await new Promise((done) => setTimeout(done, 3_000));
      assert.deepEqual(
        mine.map((_, i) => received(i)),
        Array(20).fill(1),
      );
    });

    it('figures imported through one are served by the other within 5 s, though it had them prebuilt', async () => {
      const values = async () => {
        const response = await b.api('/v1/dashboard/metrics/accelerated-procedures?lang=en');
        const metric = DashboardMetric.parse(await response.json());
        return JSON.stringify(metric.series.flatMap((series) => series.points.map((point) => point.value)));
      };
      await values();
      await values(); // replayed from memory now
      const imported = await a.api('/v1/admin/dashboard/metrics/accelerated-procedures/data', {
        method: 'PUT',
        headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'text/csv' },
        body: 'date,series,value\n2025-09-30,total,8101\n2025-12-31,total,8102',
      });
      assert.equal(imported.status, 200);
      await waitUntil(async () => (await values()) === '[8101,8102]', 'the new figures on the other instance', 5_000);
    });

    it('one killed during a burst of bookings: every acknowledged booking stands, none is held unannounced', async () => {
      const burst = take(40);
      const acknowledged: Array<{ id: string; cancelToken: string }> = [];
      let answered = 0;
      const attempts = burst.map(async (slot, i) => {
        try {
          const response = await book(i % 2 === 0 ? a : b, slot, `burst-${i}@example.org`);
          if (response.status === 201)
            acknowledged.push((await response.json()) as { id: string; cancelToken: string });
        } catch {
          // The killed instance's connections drop: those people got no answer.
        }
        if (++answered === 10) a.kill();
      });
      await Promise.all(attempts);
      assert.ok(acknowledged.length >= 10, `acknowledged: ${acknowledged.length}`);

      for (const booking of acknowledged) {
        const response = await b.api(`/v1/appointments/${booking.id}?token=${booking.cancelToken}`);
        assert.equal(response.status, 200, `booking ${booking.id} found through the survivor`);
      }
      // A booking whose answer was lost is told by its hold mail, queued in the same transaction.
      const unannounced = await database.rows<{ id: string }>(
        sql`select b.id from appointment_bookings b where b.email like ${'burst-%'} and not exists (
              select 1 from mail_outbox m where m.kind = ${'appointment-hold'} and m.recipient_hash = b.address_hash)`,
      );
      const told = new Set(acknowledged.map((booking) => booking.id));
      assert.deepEqual(
        unannounced.filter((row) => !told.has(row.id)),
        [],
        'every stored booking was acknowledged or has its hold mail',
      );
    });

    function book(instance: InstanceProcess, slot: Slot, email: string) {
      return instance.api(
        '/v1/appointments',
        postJson({
          topic: slot.topic,
          start: slot.start,
          name: 'Two Instances',
          email,
          language: 'en',
          consent: true,
          consentVersion: APPOINTMENT_CONSENT_VERSION,
          timeZone: 'Europe/Berlin',
        }),
      );
    }
  },
);

/** Free slots of the four topics, none overlapping another of the same consultant. */
async function separateSlots(instance: InstanceProcess): Promise<Slot[]> {
  const day = 86_400_000;
  const from = new Date(Date.now() + 2 * day).toISOString().slice(0, 10);
  const to = new Date(Date.now() + 55 * day).toISOString().slice(0, 10);
  const perTopic = await Promise.all(
    TOPICS.map(async (topic) => {
      const response = await instance.api(`/v1/appointments/slots?topic=${topic}&from=${from}&to=${to}`);
      assert.equal(response.status, 200);
      const chosen: Slot[] = [];
      let freeFrom = 0;
      for (const slot of AppointmentSlotsResponse.parse(await response.json()).slots) {
        if (Date.parse(slot.start) < freeFrom) continue;
        chosen.push({ topic, start: slot.start });
        freeFrom = Date.parse(slot.end) + BUFFER_MS;
      }
      return chosen;
    }),
  );
  // Interleaved, so that each test's slots spread over all consultants.
  const all: Slot[] = [];
  for (let i = 0; perTopic.some((list) => i < list.length); i++) {
    for (const list of perTopic) if (list[i]) all.push(list[i]!);
  }
  assert.ok(all.length >= 61, `enough separate slots: ${all.length}`);
  return all;
}

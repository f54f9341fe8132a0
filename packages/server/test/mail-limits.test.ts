import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { APPOINTMENT_CONSENT_VERSION, AppointmentSlotsResponse, ErrorEnvelope } from '@welcome-widgets/domain';
import { testAppointmentContent, writeContent } from './support/appointment-fixture.js';
import { waitUntil } from './support/wait-until.js';
import { postJson, startTestServer, type TestServer } from './support/test-server.js';

/** Friday 20 March 2026, 11:00 in Berlin. */
const MARCH = new Date('2026-03-20T10:00:00Z');
const MINUTE = 60_000;

/**
 * Mail bombing (issue 11, finding 2): booking with a stranger's address made the server mail
 * them, with the attacker's text, as often as the attacker liked. Every mail to one address now
 * counts toward one daily limit, whatever form caused it and from whichever client.
 */
describe('mails per recipient and day', () => {
  let server: TestServer;
  let now = MARCH;
  const victim = 'victim@example.org';

  before(async () => {
    server = await startTestServer(
      { APPOINTMENTS_CONFIG: writeContent(testAppointmentContent()), RATE_LIMIT_BOOKINGS: '1000', TRUST_PROXY: '1' },
      { now: () => now },
    );
  });
  after(() => server.close());

  const freeStarts = async () => {
    const response = await server.api('/v1/appointments/slots?topic=recognition&from=2026-03-23&to=2026-05-01');
    return AppointmentSlotsResponse.parse(await response.json()).slots.map((slot) => slot.start);
  };

  it('sends at most 10 mails a day to one address, however often and from wherever it is booked for', async () => {
    const answers: number[] = [];
    for (let round = 0; round < 20; round++) {
      const [start] = await freeStarts();
      const response = await server.api(
        '/v1/appointments',
        postJson(
          {
            topic: 'recognition',
            start,
            name: 'Attacker',
            email: round % 2 ? victim : victim.toUpperCase(),
            language: 'de',
            message: 'Click http://evil.example now',
            consent: true,
            consentVersion: APPOINTMENT_CONSENT_VERSION,
          },
          // Every round from another address: the limit is the recipient's, not the sender's.
          { 'x-forwarded-for': `203.0.113.${round + 1}` },
        ),
      );
      answers.push(response.status);
      if (response.status === 429) {
        const body = ErrorEnvelope.parse(await response.json());
        assert.equal(body.error.code, 'mail_limit');
        assert.ok(Number(response.headers.get('retry-after')) > 0, 'says when to try again');
      }
      // Holds lapse after 30 minutes: the two-open-bookings rule alone would let this go on all day.
      now = new Date(now.getTime() + 31 * MINUTE);
    }

    const toVictim = () => server.sink.mails.filter((mail) => mail.to.includes(victim));
    await waitUntil(() => toVictim().length >= 10, 'the ten mails');
    await new Promise((resolve) => setTimeout(resolve, 800));
    const received = toVictim();
    assert.equal(received.length, 10, `answers: ${answers.join(' ')}`);
    assert.deepEqual(answers.slice(0, 10), Array(10).fill(201));
    assert.deepEqual(answers.slice(10), Array(10).fill(429), 'the eleventh booking is refused, nothing is held');
    const slotsLeft = await freeStarts();
    assert.ok(slotsLeft.length > 0);
  });

  it('counts newsletter mails toward the same limit, and lets mail through again a day later', async () => {
    const subscribe = () =>
      server.api(
        '/v1/newsletter/subscriptions',
        postJson({ email: victim, topics: ['events'], language: 'de', consent: true }, { origin: server.url }),
      );
    const before = server.sink.mails.length;
    assert.equal((await subscribe()).status, 202, 'the same answer as always: nobody learns about the limit');
    await new Promise((resolve) => setTimeout(resolve, 500));
    assert.equal(server.sink.mails.length, before, 'no eleventh mail, not even a newsletter confirmation');

    now = new Date(now.getTime() + 24 * 60 * MINUTE);
    assert.equal((await subscribe()).status, 202);
    await server.sink.next(victim);
  });
});

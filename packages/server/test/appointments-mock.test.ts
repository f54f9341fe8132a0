import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  MOCK_APPOINTMENT_TOPICS,
  MOCK_BOOKING_ID,
  MOCK_CANCELLED_BOOKING_ID,
  MOCK_CANCEL_TOKEN,
  MOCK_EXPIRED_HOLD_ID,
  MOCK_HELD_BOOKING_ID,
  MOCK_RETENTION_DAYS,
  SCENARIOS,
  appointmentHandlers,
  mockFetch,
} from '@welcome-widgets/api-mock';
import {
  AppointmentSlotsResponse,
  AppointmentTopicsResponse,
  BookingCancelled,
  BookingDetails,
  ErrorEnvelope,
  HeldBooking,
  SUPPORTED_LOCALES,
} from '@welcome-widgets/domain';
import { loadAppointmentContent } from '../src/appointments/appointment-content.js';
import { SHIPPED_APPOINTMENTS_CONFIG } from '../src/config.js';
import { parseIcs } from './support/ics-parser.js';
import { postJson, startTestServer, type TestServer } from './support/test-server.js';

const BASE = 'http://mock.test/api';
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

async function slotsOf(fetchMock: typeof fetch, base = BASE) {
  const response = await fetchMock(`${base}/v1/appointments/slots?topic=recognition&from=${day(0)}&to=${day(60)}`);
  assert.equal(response.status, 200);
  return AppointmentSlotsResponse.parse(await response.json()).slots;
}

let people = 0;
const bookingBody = (start: string, email = `mock${++people}@example.org`) => ({
  topic: 'recognition',
  start,
  name: 'Mock Person',
  email,
  language: 'en',
  consent: true,
});

describe('appointment mocks', () => {
  it('offer the shipped topics with their durations and languages', async () => {
    const content = loadAppointmentContent(SHIPPED_APPOINTMENTS_CONFIG);
    assert.deepEqual(
      MOCK_APPOINTMENT_TOPICS,
      content.topics.map(({ id, durationMinutes, languages }) => ({ id, durationMinutes, languages })),
    );
    const fetchMock = mockFetch(appointmentHandlers());
    const body = AppointmentTopicsResponse.parse(
      await (await fetchMock(`${BASE}/v1/appointments/topics?lang=vi`)).json(),
    );
    assert.equal(body.topics.find((t) => t.id === 'family-reunification')?.title, 'Đoàn tụ gia đình');
  });

  it('give weekday slots in Berlin hours from 24 hours to 8 weeks ahead', async () => {
    const slots = await slotsOf(mockFetch(appointmentHandlers()));
    assert.ok(slots.length > 20);
    const berlin = new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/Berlin',
      weekday: 'short',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    for (const slot of slots) {
      const start = Date.parse(slot.start);
      assert.ok(start >= Date.now() + 23.9 * 3_600_000 && start <= Date.now() + 8 * 7 * 86_400_000 + 60_000);
      assert.equal(Date.parse(slot.end) - start, 45 * 60_000);
      const [weekday, time] = berlin.format(start).split(' ');
      assert.ok(!['Sat', 'Sun'].includes(weekday!), slot.start);
      assert.ok(time! >= '09:00' && time! <= '15:15', `${slot.start} is ${time} in Berlin`);
    }
  });

  it('hold the slot (201 with a cancel token that cannot confirm), two open bookings per address, confirm, cancel and serve the calendar file', async () => {
    const fetchMock = mockFetch(appointmentHandlers());
    const [slot, second, third] = await slotsOf(fetchMock);
    const response = await fetchMock(`${BASE}/v1/appointments`, postJson(bookingBody(slot!.start, 'same@example.org')));
    assert.equal(response.status, 201);
    const held = HeldBooking.parse(await response.json());
    assert.equal(
      (await fetchMock(`${BASE}/v1/appointments/${held.id}/confirm`, postJson({ token: held.cancelToken }))).status,
      404,
      'the answer’s token cannot confirm',
    );
    const tentative = await fetchMock(`${BASE}/v1/appointments/${held.id}/ics?token=${held.cancelToken}`);
    assert.match(await tentative.text(), /STATUS:TENTATIVE/);
    assert.ok(Date.parse(held.holdExpiresAt) - Date.now() > 29 * 60_000, 'held for 30 minutes');
    assert.ok(!(await slotsOf(fetchMock)).some((s) => s.start === slot!.start), 'a held slot is taken');
    assert.equal((await fetchMock(`${BASE}/v1/appointments`, postJson(bookingBody(slot!.start)))).status, 409);
    const again = (start: string) =>
      fetchMock(`${BASE}/v1/appointments`, postJson(bookingBody(start, ' Same@Example.org')));
    assert.equal((await again(second!.start)).status, 201);
    const tooMany = await again(third!.start);
    assert.equal(tooMany.status, 422);
    assert.deepEqual(ErrorEnvelope.parse(await tooMany.json()).error.fieldCodes, { email: 'too_many_open' });

    // The known held booking stands for the link in a hold mail.
    const confirm = (id: string, token = MOCK_CANCEL_TOKEN) =>
      fetchMock(`${BASE}/v1/appointments/${id}/confirm`, postJson({ token }));
    assert.equal(
      BookingDetails.parse(
        await (await fetchMock(`${BASE}/v1/appointments/${MOCK_HELD_BOOKING_ID}?token=${MOCK_CANCEL_TOKEN}`)).json(),
      ).status,
      'held',
    );
    const heldIcs = await fetchMock(`${BASE}/v1/appointments/${MOCK_HELD_BOOKING_ID}/ics?token=${MOCK_CANCEL_TOKEN}`);
    assert.match(await heldIcs.text(), /STATUS:TENTATIVE/, 'as on the server: tentative until confirmed');
    const confirmed = await confirm(MOCK_HELD_BOOKING_ID);
    assert.equal(confirmed.status, 200);
    const details = BookingDetails.parse(await confirmed.json());
    assert.equal(details.status, 'booked');
    assert.deepEqual(
      BookingDetails.parse(await (await confirm(MOCK_HELD_BOOKING_ID)).json()),
      details,
      'twice: the same',
    );
    const expired = await confirm(MOCK_EXPIRED_HOLD_ID);
    assert.equal(expired.status, 410);
    assert.equal(ErrorEnvelope.parse(await expired.json()).error.code, 'hold_expired');
    assert.equal((await confirm(MOCK_HELD_BOOKING_ID, 'A'.repeat(43))).status, 404);
    assert.equal((await confirm(held.id, 'A'.repeat(43))).status, 404, 'the mock keeps its tokens, as the server');

    const ics = await fetchMock(`${BASE}/v1/appointments/${MOCK_HELD_BOOKING_ID}/ics?token=${MOCK_CANCEL_TOKEN}`);
    assert.equal(ics.headers.get('content-type'), 'text/calendar; charset=utf-8');
    assert.equal(parseIcs(await ics.text()).event.DTSTART?.value, details.start.replace(/[-:]/g, ''));

    const cancel = await fetchMock(`${BASE}/v1/appointments/${MOCK_HELD_BOOKING_ID}?token=${MOCK_CANCEL_TOKEN}`, {
      method: 'DELETE',
    });
    assert.deepEqual(BookingCancelled.parse(await cancel.json()), { id: MOCK_HELD_BOOKING_ID, status: 'cancelled' });
    const forged = await fetchMock(`${BASE}/v1/appointments/${held.id}?token=${'A'.repeat(43)}`, {
      method: 'DELETE',
    });
    assert.equal(forged.status, 404);
    const known = await fetchMock(`${BASE}/v1/appointments/${MOCK_BOOKING_ID}?token=${MOCK_CANCEL_TOKEN}`, {
      method: 'DELETE',
    });
    assert.equal(known.status, 200);
  });

  it('open a booking with its token, say when it was already cancelled, and name the retention period', async () => {
    const fetchMock = mockFetch(appointmentHandlers());
    const topics = AppointmentTopicsResponse.parse(await (await fetchMock(`${BASE}/v1/appointments/topics`)).json());
    assert.equal(topics.retentionDays, MOCK_RETENTION_DAYS);
    assert.equal(MOCK_RETENTION_DAYS, 30, 'the server’s default');

    const open = async (id: string) =>
      fetchMock(`${BASE}/v1/appointments/${id}?token=${MOCK_CANCEL_TOKEN}`).then(async (r) => ({
        status: r.status,
        body: await r.json(),
      }));
    const known = await open(MOCK_BOOKING_ID);
    assert.equal(known.status, 200);
    const details = BookingDetails.parse(known.body);
    assert.equal(details.status, 'booked');
    assert.match(details.videoUrl ?? '', /room=/);
    const cancelledBefore = BookingDetails.parse((await open(MOCK_CANCELLED_BOOKING_ID)).body);
    assert.equal(cancelledBefore.status, 'cancelled');
    assert.equal(cancelledBefore.videoUrl, undefined);
    assert.equal((await open('B'.repeat(22))).status, 404);

    const cancel = () =>
      fetchMock(`${BASE}/v1/appointments/${MOCK_BOOKING_ID}?token=${MOCK_CANCEL_TOKEN}`, { method: 'DELETE' });
    assert.equal((await cancel()).status, 200);
    const again = await cancel();
    assert.equal(again.status, 409);
    assert.equal((await again.json()).error.code, 'already-cancelled');
    assert.equal(BookingDetails.parse((await open(MOCK_BOOKING_ID)).body).status, 'cancelled');
  });

  it('conflict: the first booking gets 409 and its slot is gone, the next one succeeds', async () => {
    const fetchMock = mockFetch(appointmentHandlers('conflict'));
    const [first, second] = await slotsOf(fetchMock);
    const lost = await fetchMock(`${BASE}/v1/appointments`, postJson(bookingBody(first!.start)));
    assert.equal(lost.status, 409);
    assert.equal((await lost.json()).error.code, 'conflict');
    const fresh = await slotsOf(fetchMock);
    assert.ok(!fresh.some((s) => s.start === first!.start));
    assert.equal((await fetchMock(`${BASE}/v1/appointments`, postJson(bookingBody(second!.start)))).status, 201);
  });

  it('play every scenario', async () => {
    const expected: Record<(typeof SCENARIOS)[number], number | 'network-error' | 'not-json'> = {
      ok: 201,
      slow: 201,
      error: 500,
      malformed: 'not-json',
      offline: 'network-error',
      'rate-limited': 429,
      validation: 422,
      conflict: 409,
      'origin-not-allowed': 403,
    };
    for (const scenario of SCENARIOS) {
      const ok = mockFetch(appointmentHandlers());
      const [slot] = await slotsOf(ok);
      const fetchMock = mockFetch(appointmentHandlers(scenario));
      const outcome = await fetchMock(`${BASE}/v1/appointments`, postJson(bookingBody(slot!.start))).then(
        async (response) => {
          const text = await response.text();
          try {
            JSON.parse(text);
          } catch {
            return 'not-json' as const;
          }
          return response.status;
        },
        () => 'network-error' as const,
      );
      assert.equal(outcome, expected[scenario], scenario);
    }
  });

  describe('answer bad input like the real server', () => {
    let server: TestServer;
    before(async () => {
      server = await startTestServer();
    });
    after(() => server.close());

    it('with the same topics and, on an empty database, the same slots', async () => {
      const fetchMock = mockFetch(appointmentHandlers());
      for (const lang of SUPPORTED_LOCALES) {
        const path = `/v1/appointments/topics?lang=${lang}`;
        const real = await (await server.api(path)).json();
        assert.deepEqual(await (await fetchMock(`${BASE}${path}`)).json(), real, lang);
      }
      // Away from the horizon's ends, which move with the clock between the two requests.
      for (const { id } of MOCK_APPOINTMENT_TOPICS) {
        const path = `/v1/appointments/slots?topic=${id}&from=${day(2)}&to=${day(50)}`;
        const real = AppointmentSlotsResponse.parse(await (await server.api(path)).json());
        assert.ok(real.slots.length > 0, id);
        assert.deepEqual(AppointmentSlotsResponse.parse(await (await fetchMock(`${BASE}${path}`)).json()), real, id);
      }
    });

    it('with the same field codes', async () => {
      const fetchMock = mockFetch(appointmentHandlers());
      // A time that is a slot on both, so that each answer names the same fields.
      const real = new Set((await slotsOf(fetch, `${server.url}/api`)).map((s) => s.start));
      const slot = (await slotsOf(fetchMock)).find((s) => real.has(s.start));
      assert.ok(slot, 'mock and server share slot times');
      const both = async (path: string, init?: RequestInit) => {
        const real = await server.api(path, init);
        const mocked = await fetchMock(`${BASE}${path}`, init);
        assert.equal(mocked.status, real.status, path);
        return { real: await real.json(), mocked: await mocked.json() };
      };
      for (const query of [
        'topic=astrology&from=2026-01-01&to=2026-01-31',
        'from=2026-01-01&to=2026-01-31',
        'topic=recognition&to=2026-01-31',
        'topic=recognition&from=2026-01-01&to=soon',
        'topic=recognition&from=2026-03-01&to=2026-02-01',
        'topic=recognition&from=2026-01-01&to=2026-06-30',
      ]) {
        const { real, mocked } = await both(`/v1/appointments/slots?${query}`);
        assert.deepEqual(mocked.error.fieldCodes, real.error.fieldCodes, query);
      }
      for (const body of [
        { ...bookingBody(slot!.start), topic: 'astrology' },
        { ...bookingBody(slot!.start), language: 'vi' },
        { ...bookingBody(slot!.start), start: '2020-01-07T08:00:00Z' },
        { ...bookingBody(slot!.start), name: 'N'.repeat(10_240) },
        { ...bookingBody(slot!.start), consent: false },
        { ...bookingBody(slot!.start), email: 'nobody' },
      ]) {
        const { real, mocked } = await both('/v1/appointments', postJson(body));
        assert.deepEqual(mocked.error.fieldCodes, real.error.fieldCodes, JSON.stringify(body).slice(0, 80));
      }
      for (const [path, init] of [
        [`/v1/appointments/${'B'.repeat(22)}/ics?token=${'A'.repeat(43)}`],
        [`/v1/appointments/${'B'.repeat(22)}?token=${'A'.repeat(43)}`],
        [`/v1/appointments/${'B'.repeat(22)}/confirm`, postJson({ token: 'A'.repeat(43) })],
        [`/v1/appointments/${'B'.repeat(22)}/confirm`, postJson({})],
      ] as const) {
        const { real, mocked } = await both(path, init);
        assert.equal(mocked.error.code, real.error.code, path);
      }
    });
  });
});

import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import {
  APPOINTMENT_CONSENT_VERSION,
  AppointmentSlotsResponse,
  BookingDetails,
  ErrorEnvelope,
} from '@welcome-widgets/domain';
import { sql } from 'kysely';
import {
  bookAndConfirm,
  bookAndHold,
  confirmLinkIn,
  testAppointmentContent,
  writeContent,
} from './support/appointment-fixture.js';
import { parseIcs } from './support/ics-parser.js';
import { postJson, startTestServer, type TestServer } from './support/test-server.js';

/**
 * Slot hoarding (issue 11, finding 3): four addresses took all 72 slots of a topic in three
 * seconds. Now a booking is held until its mail's link confirms it, a lapsed hold frees its slot
 * at once, and one address has at most two open bookings.
 */

/** Friday 20 March 2026, 11:00 in Berlin. */
const MARCH = new Date('2026-03-20T10:00:00Z');
const MINUTE = 60_000;

const request = (overrides: Record<string, unknown> = {}) => ({
  topic: 'recognition',
  start: '2026-03-31T07:00:00Z',
  name: 'Dana Hoarder',
  email: 'dana@example.org',
  language: 'de',
  consent: true,
  consentVersion: APPOINTMENT_CONSENT_VERSION,
  timeZone: 'Europe/Berlin',
  mailLanguage: 'de',
  ...overrides,
});

describe('held bookings', () => {
  let server: TestServer;
  let now = MARCH;
  const count = (where: string) => server.database.count(where);
  const book = (body: unknown) => server.api('/v1/appointments', postJson(body));
  const confirm = (id: string, token: string) => server.api(`/v1/appointments/${id}/confirm`, postJson({ token }));
  const slotStarts = async (from: string, to: string, topic = 'recognition') => {
    const response = await server.api(`/v1/appointments/slots?topic=${topic}&from=${from}&to=${to}`);
    assert.equal(response.status, 200);
    return AppointmentSlotsResponse.parse(await response.json()).slots.map((slot) => slot.start);
  };
  /** All mails `address` got, after a moment for any late one (the queue's worker sends within milliseconds). */
  const mailsTo = async (address: string) => {
    await new Promise((resolve) => setTimeout(resolve, 600));
    return server.sink.mails.filter((mail) => mail.to.includes(address)).length;
  };

  before(async () => {
    server = await startTestServer(
      { APPOINTMENTS_CONFIG: writeContent(testAppointmentContent()), RATE_LIMIT_BOOKINGS: '1000' },
      { now: () => now },
    );
  });
  after(async () => {
    await server.close();
  });
  beforeEach(() => {
    now = MARCH;
  });

  it('four addresses cannot take more than eight slots: two open bookings each, however the address is written', async () => {
    const free = await slotStarts('2026-04-20', '2026-05-15');
    assert.ok(free.length >= 20, `enough slots to try (${free.length})`);
    const attempts = free.slice(0, 20).map((start, i) => {
      const who = i % 4;
      // The same mailbox, written differently: case and surrounding spaces do not make a new address.
      const email = i % 8 < 4 ? `hoarder${who}@example.org` : ` Hoarder${who}@EXAMPLE.org `;
      return book(request({ start, email }));
    });
    const responses = await Promise.all(attempts);
    const statuses = responses.map((response) => response.status);
    assert.equal(statuses.filter((s) => s === 201).length, 8, JSON.stringify(statuses));
    assert.equal(statuses.filter((s) => s === 422).length, 12);
    for (const response of responses.filter((r) => r.status === 422)) {
      const body = ErrorEnvelope.parse(await response.json());
      assert.deepEqual(body.error.fieldCodes, { email: 'too_many_open' });
      assert.match(body.error.fields!.email!, /maximum of open appointments/);
    }
    assert.equal(
      await count(`appointment_bookings where email like '%oarder%'`),
      8,
      'nothing stored for the refused ones',
    );
    const taken = free.slice(0, 20).filter((_, i) => statuses[i] === 201);
    const still = await slotStarts('2026-04-20', '2026-05-15');
    assert.ok(
      taken.every((start) => !still.includes(start)),
      'a held slot is shown as taken',
    );
    assert.ok(
      free
        .slice(0, 20)
        .filter((_, i) => statuses[i] === 422)
        .every((start) => still.includes(start)),
      'refused ones stay free',
    );

    // Half an hour later nobody confirmed: every hold lapsed, the slots are offered again and
    // the same addresses may book again.
    now = new Date(MARCH.getTime() + 30 * MINUTE);
    const after = await slotStarts('2026-04-20', '2026-05-15');
    assert.ok(
      taken.every((start) => after.includes(start)),
      'lapsed holds are free at once',
    );
    assert.equal((await book(request({ start: taken[0], email: 'hoarder0@example.org' }))).status, 201);
  });

  it('201 holds the slot with a cancel token that cannot confirm; the mail brings the link; confirming books once and mails the calendar file once', async () => {
    const start = '2026-03-24T08:00:00Z';
    const response = await book(request({ start, email: 'priya@example.org', timeZone: 'Asia/Kolkata' }));
    assert.equal(response.status, 201);
    const held = (await response.json()) as Record<string, string>;
    assert.deepEqual(Object.keys(held).sort(), [
      'cancelToken',
      'end',
      'holdExpiresAt',
      'id',
      'language',
      'start',
      'status',
      'topic',
    ]);
    assert.equal(held.status, 'held');
    assert.equal(held.holdExpiresAt, '2026-03-20T10:30:00Z', 'thirty minutes by default');
    assert.match(held.cancelToken!, /^[A-Za-z0-9_-]{43}$/);

    const hold = await server.sink.next('priya@example.org');
    assert.match(hold.subject, /^Bitte bestätigen Sie Ihren Termin: Anerkennung ausländischer Berufsabschlüsse/);
    assert.match(hold.text, /innerhalb von 30 Minuten \(bis 16:00 GMT\+5:30\)/);
    assert.match(hold.text, /Sonst wird die Zeit wieder für andere freigegeben/);
    assert.equal(hold.attachments.length, 0, 'no calendar file before confirmation');
    const link = confirmLinkIn(hold.text);
    assert.equal(link.id, held.id);
    assert.ok(
      link.url.startsWith(`${server.url}/beratung.html?appointment=${held.id}&appointment-confirm=${link.token}`),
      link.url,
    );
    assert.doesNotMatch(hold.text, /appointment-cancel=|appointment-room=/, 'no room or cancel link yet');
    assert.notEqual(link.token, held.cancelToken, 'the mail has its own secret');
    assert.ok(!hold.text.includes(held.cancelToken!), 'the answer’s token never goes by mail');
    assert.equal((await confirm(link.id, held.cancelToken!)).status, 404, 'the answer’s token cannot confirm');

    // While held: either token opens it as held, without the video room; the calendar file is tentative.
    for (const token of [link.token, held.cancelToken!]) {
      const details = BookingDetails.parse(
        await (await server.api(`/v1/appointments/${link.id}?token=${token}`)).json(),
      );
      assert.equal(details.status, 'held');
      assert.equal(details.holdExpiresAt, '2026-03-20T10:30:00Z');
      assert.equal(details.videoUrl, undefined);
      const tentative = await server.api(`/v1/appointments/${link.id}/ics?token=${token}`);
      assert.equal(tentative.status, 200);
      assert.equal(parseIcs(await tentative.text()).event.STATUS?.value, 'TENTATIVE');
    }

    now = new Date(MARCH.getTime() + 29 * MINUTE);
    const first = await confirm(link.id, link.token);
    assert.equal(first.status, 200);
    const booked = BookingDetails.parse(await first.json());
    assert.equal(booked.status, 'booked');
    assert.equal(booked.holdExpiresAt, undefined);
    assert.ok(booked.videoUrl);
    const confirmation = await server.sink.next('priya@example.org');
    assert.match(confirmation.subject, /^Terminbestätigung: /);
    assert.ok(confirmation.text.includes(`appointment-cancel=${link.token}`), 'the same token opens cancel and room');
    const { calendar, event } = parseIcs(confirmation.attachments[0]!.content);
    assert.equal(calendar.METHOD?.value, 'REQUEST');
    assert.equal(event.STATUS?.value, 'CONFIRMED');
    assert.equal(event.DTSTART?.value, '20260324T080000Z');
    const [row] = await server.database.rows(
      sql`select status, confirmed_at, hold_expires_at from appointment_bookings where id = ${link.id}`,
    );
    assert.deepEqual(row, { status: 'booked', confirmed_at: '2026-03-20T10:29:00.000Z', hold_expires_at: null });

    // A second click, even after the hold time: the same answer, no second mail.
    now = new Date(MARCH.getTime() + 90 * MINUTE);
    const second = await confirm(link.id, link.token);
    assert.equal(second.status, 200);
    assert.deepEqual(BookingDetails.parse(await second.json()), booked);
    assert.equal(await mailsTo('priya@example.org'), 2, 'hold and confirmation, nothing more');
    const download = await server.api(`/v1/appointments/${link.id}/ics?token=${held.cancelToken}`);
    assert.equal(parseIcs(await download.text()).event.STATUS?.value, 'CONFIRMED', 'same UID, now confirmed');
    assert.ok(!(await slotStarts('2026-03-24', '2026-03-24')).includes(start), 'a confirmed booking never lapses');
  });

  it('a lapsed hold frees its slot for the next person at once, and confirming it late answers 410', async () => {
    const start = '2026-03-26T12:00:00Z';
    const first = await bookAndHold(server, request({ start, email: 'slow@example.org' }));
    assert.ok(!(await slotStarts('2026-03-26', '2026-03-26')).includes(start), 'held: not offered');
    const meanwhile = await book(request({ start, email: 'fast@example.org' }));
    assert.equal(meanwhile.status, 409, 'held: taken for others');

    now = new Date(MARCH.getTime() + 30 * MINUTE);
    assert.ok((await slotStarts('2026-03-26', '2026-03-26')).includes(start), 'lapsed: offered again, no purge needed');
    const late = await confirm(first.id, first.token);
    assert.equal(late.status, 410);
    assert.equal(ErrorEnvelope.parse(await late.json()).error.code, 'hold_expired');

    const next = await bookAndConfirm(server, request({ start, email: 'fast@example.org' }));
    assert.equal(next.details.status, 'booked');
    assert.equal(await count(`consultant_busy_units where booking_id = '${first.id}'`), 0, 'the lapsed hold let go');
    const again = await confirm(first.id, first.token);
    assert.equal(again.status, 410, 'the slot belongs to someone else now');
    assert.equal(await mailsTo('slow@example.org'), 1, 'only the hold mail');
  });

  it('cancelling a hold frees the slot without a mail; it can no longer be confirmed', async () => {
    const start = '2026-04-02T12:00:00Z';
    const held = await bookAndHold(server, request({ start, email: 'changed.mind@example.org' }));
    const cancel = await server.api(`/v1/appointments/${held.id}?token=${held.token}`, { method: 'DELETE' });
    assert.equal(cancel.status, 200);
    assert.ok((await slotStarts('2026-04-02', '2026-04-02')).includes(start));
    const late = await confirm(held.id, held.token);
    assert.equal(late.status, 409);
    assert.equal(ErrorEnvelope.parse(await late.json()).error.code, 'already-cancelled');
    assert.equal(await mailsTo('changed.mind@example.org'), 1, 'no cancellation mail for a hold');
  });

  it('confirming with a malformed body or token', async () => {
    const held = await bookAndHold(server, request({ start: '2026-04-02T13:00:00Z', email: 'typo@example.org' }));
    assert.equal((await confirm(held.id, held.token.slice(1))).status, 404);
    assert.equal((await confirm(held.id, `${held.token}x`)).status, 404);
    const empty = await server.api(`/v1/appointments/${held.id}/confirm`, postJson({}));
    assert.equal(empty.status, 422);
    assert.equal((await confirm(held.id, held.token)).status, 200, 'the right token still works');
    await server.sink.next('typo@example.org');
  });
});

describe('a hold whose mail may not be sent is not kept', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer(
      {
        APPOINTMENTS_CONFIG: writeContent(testAppointmentContent()),
        RATE_LIMIT_BOOKINGS: '1000',
        MAIL_PER_RECIPIENT_PER_DAY: '2',
        APPOINTMENT_MAX_OPEN_PER_ADDRESS: '5',
        APPOINTMENT_HOLD_MINUTES: '10',
      },
      { now: () => MARCH },
    );
  });
  after(async () => {
    await server.close();
  });

  it('over the daily mail limit: 429 mail_limit with Retry-After, nothing stored, the slot stays free', async () => {
    const email = 'victim@example.org';
    const first = await bookAndHold(server, request({ start: '2026-03-24T08:00:00Z', email }));
    assert.equal(first.held.holdExpiresAt, '2026-03-20T10:10:00Z', 'APPOINTMENT_HOLD_MINUTES');
    await bookAndHold(server, request({ start: '2026-03-24T09:00:00Z', email }));
    const third = await server.api('/v1/appointments', postJson(request({ start: '2026-03-24T10:00:00Z', email })));
    assert.equal(third.status, 429);
    assert.equal(ErrorEnvelope.parse(await third.json()).error.code, 'mail_limit');
    const retryAfter = Number(third.headers.get('retry-after'));
    assert.ok(retryAfter > 0 && retryAfter <= 86_400, `Retry-After ${retryAfter}`);
    assert.equal(await server.database.count(`appointment_bookings where start_utc = '2026-03-24T10:00:00Z'`), 0);
    const slots = await server.api('/v1/appointments/slots?topic=recognition&from=2026-03-24&to=2026-03-24');
    assert.ok(AppointmentSlotsResponse.parse(await slots.json()).slots.some((s) => s.start === '2026-03-24T10:00:00Z'));
  });
});

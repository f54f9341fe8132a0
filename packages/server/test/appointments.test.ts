import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import {
  APPOINTMENT_CONSENT_VERSION,
  APPOINTMENT_TOPIC_IDS,
  AppointmentSlotsResponse,
  AppointmentTopicsResponse,
  BOOKING_ID_PATTERN,
  BookingCancelled,
  ErrorEnvelope,
  TOKEN_PATTERN,
} from '@welcome-widgets/domain';
import { sql } from 'kysely';
import { appointmentMailTexts } from '../src/mail/texts/appointments/index.js';
import { bookAndConfirm, bookAndHold, testAppointmentContent, writeContent } from './support/appointment-fixture.js';
import { icsText, parseIcs } from './support/ics-parser.js';
import { postJson, startTestServer, type TestServer } from './support/test-server.js';

/** Friday 20 March 2026, 11:00 in Berlin: the week of the March clock change is bookable. */
const MARCH = new Date('2026-03-20T10:00:00Z');
/** Tuesday 31 March 2026, 09:00 Berlin (CEST, two days after the change). */
const TUESDAY_AFTER_CHANGE = '2026-03-31T07:00:00Z';

const request = (overrides: Record<string, unknown> = {}) => ({
  topic: 'recognition',
  start: TUESDAY_AFTER_CHANGE,
  name: 'Priya Raman',
  email: 'priya.raman@example.org',
  language: 'en',
  message: 'I am a nurse from Chennai.',
  consent: true,
  consentVersion: APPOINTMENT_CONSENT_VERSION,
  timeZone: 'Asia/Kolkata',
  mailLanguage: 'de',
  page: 'https://partner.example/karriere?utm=mail#top',
  widgetVersion: '0.1.0',
  ...overrides,
});

function cancelTokenFrom(text: string): { id: string; token: string } {
  const match = /[?&]appointment=([A-Za-z0-9_-]{22})&appointment-cancel=([A-Za-z0-9_-]{43})&lang=[a-z]{2}/.exec(text);
  assert.ok(match, `no cancel link in mail:\n${text}`);
  return { id: match[1]!, token: match[2]! };
}

describe('appointments', () => {
  let server: TestServer;
  let now = MARCH;
  const count = (table: string) => server.database.count(table);
  const slotStarts = async (topic: string, from: string, to: string) => {
    const response = await server.api(`/v1/appointments/slots?topic=${topic}&from=${from}&to=${to}`);
    assert.equal(response.status, 200);
    const body = AppointmentSlotsResponse.parse(await response.json());
    assert.equal(body.timeZone, 'Europe/Berlin');
    return body.slots.map((slot) => slot.start);
  };
  const book = (body: unknown, headers: Record<string, string> = {}) =>
    server.api('/v1/appointments', postJson(body, headers));

  before(async () => {
    // This file is about slots, mails and the clock; holds and the limit per address have theirs
    // (appointment-holds.test.ts), so here one address may book as often as the tests need.
    server = await startTestServer(
      {
        APPOINTMENTS_CONFIG: writeContent(testAppointmentContent()),
        RATE_LIMIT_BOOKINGS: '1000',
        APPOINTMENT_MAX_OPEN_PER_ADDRESS: '1000',
      },
      { now: () => now },
    );
  });
  after(async () => {
    await server.close();
  });
  beforeEach(() => {
    now = MARCH;
    server.sink.mails.length = 0;
  });

  describe('topics', () => {
    it('lists the topics with titles in the language asked for', async () => {
      const uk = AppointmentTopicsResponse.parse(await (await server.api('/v1/appointments/topics?lang=uk')).json());
      assert.deepEqual(
        uk.topics.map((t) => t.id),
        [...APPOINTMENT_TOPIC_IDS],
        'in the order of the content file',
      );
      const recognition = uk.topics.find((t) => t.id === 'recognition')!;
      assert.equal(recognition.title, 'Визнання іноземних професійних кваліфікацій');
      assert.equal(recognition.durationMinutes, 45);
      assert.deepEqual(recognition.languages, ['de', 'en', 'uk', 'ru', 'ar', 'fr']);
      assert.ok(recognition.description);

      const title = async (query: string) =>
        AppointmentTopicsResponse.parse(await (await server.api(`/v1/appointments/topics${query}`)).json()).topics.find(
          (t) => t.id === 'recognition',
        )!.title;
      assert.equal(await title(''), 'Anerkennung ausländischer Berufsabschlüsse', 'no language: German');
      assert.equal(await title('?lang=fr'), 'Recognition of foreign qualifications', 'unknown: English');
      assert.equal(await title('?lang=ar-EG'), 'الاعتراف بالمؤهلات المهنية الأجنبية');
    });
  });

  describe('slots', () => {
    it('are UTC instants, an hour apart in UTC across the March clock change', async () => {
      assert.deepEqual(await slotStarts('recognition', '2026-03-23T00:00:00Z', '2026-04-03T00:00:00Z'), [
        '2026-03-24T08:00:00Z',
        '2026-03-24T09:00:00Z',
        '2026-03-24T10:00:00Z',
        '2026-03-26T12:00:00Z',
        '2026-03-26T13:00:00Z',
        '2026-03-26T14:00:00Z',
        '2026-03-31T07:00:00Z',
        '2026-03-31T08:00:00Z',
        '2026-03-31T09:00:00Z',
        '2026-04-02T11:00:00Z',
        '2026-04-02T12:00:00Z',
        '2026-04-02T13:00:00Z',
      ]);
      const response = await server.api(
        '/v1/appointments/slots?topic=recognition&from=2026-03-31T00:00:00Z&to=2026-04-01T00:00:00Z',
      );
      const body = await response.json();
      assert.deepEqual(body.slots[0], { start: '2026-03-31T07:00:00Z', end: '2026-03-31T07:45:00Z' });
      assert.equal(response.headers.get('cache-control'), 'no-store');
    });

    it('take dates as whole days in Berlin, both inclusive', async () => {
      assert.deepEqual(await slotStarts('recognition', '2026-03-31', '2026-03-31'), [
        '2026-03-31T07:00:00Z',
        '2026-03-31T08:00:00Z',
        '2026-03-31T09:00:00Z',
      ]);
      assert.equal((await slotStarts('recognition', '2026-03-30', '2026-04-05')).length, 6);
    });

    it('leave out holidays, absences, the next 24 hours and everything beyond 8 weeks', async () => {
      // Good Friday and Easter Monday have no rule anyway; Thursday 9 April is an absence.
      assert.deepEqual(await slotStarts('recognition', '2026-04-09', '2026-04-09'), []);
      assert.deepEqual(await slotStarts('recognition', '2026-05-14', '2026-05-14'), [], 'Ascension Day');
      now = new Date('2026-03-23T09:30:00Z'); // Monday 10:30 Berlin: Tuesday 09:00 and 10:00 are too soon
      assert.deepEqual(await slotStarts('recognition', '2026-03-24', '2026-03-24'), ['2026-03-24T10:00:00Z']);
      const all = await slotStarts('recognition', '2026-03-01', '2026-06-01');
      assert.ok(all.every((start) => Date.parse(start) <= now.getTime() + 8 * 7 * 86_400_000));
      // Eight weeks end on Monday 18 May; Thursday 14 May is Ascension Day: the last slot is Tuesday 12 May, 11:00.
      assert.equal(all.at(-1), '2026-05-12T09:00:00Z');
    });

    const bad: Array<[string, string, Record<string, string>]> = [
      ['unknown topic', 'topic=crypto&from=2026-03-30&to=2026-04-05', { topic: 'not_allowed' }],
      ['no topic', 'from=2026-03-30&to=2026-04-05', { topic: 'required' }],
      ['no from', 'topic=recognition&to=2026-04-05', { from: 'required' }],
      ['empty to', 'topic=recognition&from=2026-03-30&to=', { to: 'required' }],
      ['from not a date', 'topic=recognition&from=next-monday&to=2026-04-05', { from: 'invalid' }],
      ['impossible date', 'topic=recognition&from=2026-02-30&to=2026-04-05', { from: 'invalid' }],
      ['to before from', 'topic=recognition&from=2026-04-05&to=2026-03-30', { to: 'invalid' }],
      ['more than 93 days', 'topic=recognition&from=2026-03-01&to=2026-06-03', { to: 'not_allowed' }],
      [
        'instant with an offset',
        'topic=recognition&from=2026-03-30T00:00:00%2B02:00&to=2026-04-05',
        { from: 'invalid' },
      ],
    ];
    for (const [name, query, fields] of bad) {
      it(`422 for ${name}`, async () => {
        const response = await server.api(`/v1/appointments/slots?${query}`);
        assert.equal(response.status, 422);
        const body = ErrorEnvelope.parse(await response.json());
        assert.equal(body.error.code, 'validation_failed');
        assert.deepEqual(body.error.fieldCodes, fields);
      });
    }
  });

  describe('booking and cancelling', () => {
    it('books, mails the confirmation with both times and a valid .ics, and stores proof of consent', async () => {
      const confirmed = await bookAndConfirm(server, request(), { origin: server.url });
      const booking = { ...confirmed.details, cancelToken: confirmed.token };
      assert.equal(booking.status, 'booked');
      assert.match(booking.id, BOOKING_ID_PATTERN);
      assert.match(booking.cancelToken, TOKEN_PATTERN);
      assert.equal(booking.topic, 'recognition');
      assert.equal(booking.start, '2026-03-31T07:00:00Z');
      assert.equal(booking.end, '2026-03-31T07:45:00Z');
      assert.equal(booking.language, 'en');
      assert.equal(booking.videoUrl, `${server.url}/beratung.html?room=${booking.id}`, 'the demo’s stand-in room');
      const roomView = `${server.url}/beratung.html?appointment=${booking.id}&appointment-room=${booking.cancelToken}&lang=de`;

      const mail = confirmed.confirmation;
      const t = appointmentMailTexts.de;
      assert.match(
        mail.subject,
        /^Terminbestätigung: Anerkennung ausländischer Berufsabschlüsse, 31\.03\.2026, 12:30$/,
      );
      assert.match(mail.html, /<html lang="de"/);
      assert.match(
        mail.text,
        /Termin: Dienstag, 31\. März 2026, 12:30\s?–\s?13:15 Uhr, Indische Normalzeit \(GMT\+5:30\)/,
      );
      assert.match(
        mail.text,
        /Uhrzeit der Beratungsstelle: Dienstag, 31\. März 2026, 09:00\s?–\s?09:45 Uhr, Mitteleuropäische Zeit \(GMT\+2\)/,
      );
      assert.match(mail.text, /Gesprächssprache: Englisch/);
      assert.ok(mail.text.includes(`${t.videoAction}\n${roomView}`), 'the video link opens the room view');
      assert.ok(mail.text.includes(`${server.url}/api/v1/appointments/${booking.id}/ics?token=${booking.cancelToken}`));
      const link = cancelTokenFrom(mail.text);
      assert.deepEqual(link, { id: booking.id, token: booking.cancelToken });
      assert.ok(mail.text.includes(`${server.url}/beratung.html?appointment=${booking.id}&appointment-cancel=`));
      assert.doesNotMatch(mail.text + mail.html, /nurse|Chennai|Priya/, 'nothing the booker typed is mailed back');

      assert.equal(mail.attachments.length, 1);
      const [attachment] = mail.attachments;
      assert.equal(attachment!.filename, 'beratung.ics');
      assert.equal(attachment!.contentType, 'text/calendar');
      const { calendar, event } = parseIcs(attachment!.content);
      assert.equal(calendar.METHOD?.value, 'REQUEST');
      assert.equal(calendar.VERSION?.value, '2.0');
      assert.equal(event.UID?.value, `${booking.id}@127.0.0.1`);
      assert.equal(event.DTSTART?.value, '20260331T070000Z');
      assert.equal(event.DTEND?.value, '20260331T074500Z');
      assert.equal(event.DTSTAMP?.value, '20260320T100000Z');
      assert.equal(event.SEQUENCE?.value, '0');
      assert.equal(event.STATUS?.value, 'CONFIRMED');
      assert.equal(event.URL?.value, roomView);
      assert.equal(icsText(event.SUMMARY!.value), 'Beratung: Anerkennung ausländischer Berufsabschlüsse');
      assert.ok(icsText(event.DESCRIPTION!.value).includes(roomView));
      assert.equal(event.ATTENDEE?.value, 'mailto:priya.raman@example.org');
      assert.match(event.ORGANIZER?.value ?? '', /^mailto:.+@/);

      const [row] = await server.database.rows(sql`select * from appointment_bookings where id = ${booking.id}`);
      assert.ok(row);
      assert.equal(row.consultant_id, 'berater-a');
      assert.equal(row.start_utc, '2026-03-31T07:00:00Z');
      assert.equal(row.time_zone, 'Asia/Kolkata');
      assert.equal(row.mail_language, 'de');
      assert.equal(row.consent_version, APPOINTMENT_CONSENT_VERSION);
      assert.equal(row.requested_at, MARCH.toISOString());
      assert.equal(row.confirmed_at, MARCH.toISOString(), 'proof of consent: when the link in the mail confirmed it');
      assert.equal(row.status, 'booked');
      assert.equal(row.hold_expires_at, null);
      assert.equal(row.source_page, 'https://partner.example/karriere', 'query and fragment are not kept');
      assert.equal(row.source_origin, server.url);
      assert.equal(row.widget_version, '0.1.0');
      assert.equal(row.message, 'I am a nurse from Chennai.');
      assert.equal(row.cancelled_at, null);
      assert.notEqual(row.cancel_token_hash, booking.cancelToken, 'only a hash of the token is stored');
      const units = await server.database.rows<{ unit_start_utc: string }>(
        sql`select unit_start_utc from consultant_busy_units where booking_id = ${booking.id} order by 1`,
      );
      assert.deepEqual(
        units.map((u) => u.unit_start_utc),
        ['2026-03-31T07:00:00Z', '2026-03-31T07:15:00Z', '2026-03-31T07:30:00Z', '2026-03-31T07:45:00Z'],
        '45 minutes and the 15-minute buffer',
      );

      // The slot is gone for this topic and for the consultant's other topic, whose grid differs.
      assert.deepEqual(await slotStarts('recognition', '2026-03-31', '2026-03-31'), [
        '2026-03-31T08:00:00Z',
        '2026-03-31T09:00:00Z',
      ]);
      assert.deepEqual(await slotStarts('employers', '2026-03-31', '2026-03-31'), ['2026-03-31T08:15:00Z']);

      // The calendar file for download.
      const ics = await server.api(`/v1/appointments/${booking.id}/ics?token=${booking.cancelToken}`);
      assert.equal(ics.status, 200);
      assert.equal(ics.headers.get('content-type'), 'text/calendar; charset=utf-8');
      assert.equal(ics.headers.get('content-disposition'), 'attachment; filename="beratung.ics"');
      const download = parseIcs(await ics.text());
      assert.equal(download.calendar.METHOD?.value, 'PUBLISH');
      assert.equal(download.event.UID?.value, event.UID?.value);
      assert.equal(download.event.DTSTART?.value, '20260331T070000Z');

      // Taking the same slot again: 409.
      const again = await book(request({ email: 'someone.else@example.org' }));
      assert.equal(again.status, 409);
      assert.equal((await again.json()).error.code, 'conflict');

      // Cancel: 200, the slot is free again, one cancellation mail with METHOD:CANCEL.
      now = new Date('2026-03-25T08:00:00Z');
      const cancel = await server.api(`/v1/appointments/${booking.id}?token=${booking.cancelToken}`, {
        method: 'DELETE',
      });
      assert.equal(cancel.status, 200);
      assert.deepEqual(BookingCancelled.parse(await cancel.json()), { id: booking.id, status: 'cancelled' });
      assert.deepEqual(await slotStarts('recognition', '2026-03-31', '2026-03-31'), [
        '2026-03-31T07:00:00Z',
        '2026-03-31T08:00:00Z',
        '2026-03-31T09:00:00Z',
      ]);
      const cancelMail = await server.sink.next('priya.raman@example.org');
      assert.match(cancelMail.subject, /^Termin abgesagt: Anerkennung ausländischer Berufsabschlüsse/);
      assert.match(cancelMail.text, /Indische Normalzeit \(GMT\+5:30\)/);
      assert.match(cancelMail.text, /09:00\s?–\s?09:45 Uhr, Mitteleuropäische Zeit \(GMT\+2\)/);
      assert.ok(cancelMail.text.includes(`${server.url}/beratung.html?topic=recognition&lang=de`), 'book again');
      const cancelled = parseIcs(cancelMail.attachments[0]!.content);
      assert.equal(cancelled.calendar.METHOD?.value, 'CANCEL');
      assert.equal(cancelled.event.UID?.value, event.UID?.value);
      assert.equal(cancelled.event.SEQUENCE?.value, '1');
      assert.equal(cancelled.event.STATUS?.value, 'CANCELLED');
      assert.equal(cancelled.event.DTSTAMP?.value, '20260325T080000Z');
      const [stored] = await server.database.rows(
        sql`select cancelled_at from appointment_bookings where id = ${booking.id}`,
      );
      assert.equal(stored?.cancelled_at, '2026-03-25T08:00:00.000Z');
      assert.equal(await count(`consultant_busy_units where booking_id = '${booking.id}'`), 0);

      // Repeating the cancel: 409 already-cancelled, no second mail. The download now says CANCELLED.
      const repeat = await server.api(`/v1/appointments/${booking.id}?token=${booking.cancelToken}`, {
        method: 'DELETE',
      });
      assert.equal(repeat.status, 409);
      assert.equal((await repeat.json()).error.code, 'already-cancelled');
      await new Promise((resolve) => setTimeout(resolve, 300));
      assert.equal(server.sink.mails.length, 3, 'hold, confirmation, cancellation: nothing more');
      const afterCancel = parseIcs(
        await (await server.api(`/v1/appointments/${booking.id}/ics?token=${booking.cancelToken}`)).text(),
      );
      assert.equal(afterCancel.event.STATUS?.value, 'CANCELLED');

      // And the slot can be booked by someone else.
      const rebooked = await book(request({ email: 'next.person@example.org' }));
      assert.equal(rebooked.status, 201);
    });

    it('refuses forged tokens and ids with 404 for cancel and calendar file', async () => {
      now = new Date('2026-03-20T10:00:00Z');
      const held = await bookAndHold(server, request({ start: '2026-04-23T11:00:00Z' }));
      const heldOther = await bookAndHold(server, request({ start: '2026-04-23T12:00:00Z' }));
      const booking = { id: held.id, cancelToken: held.token };
      const other = { id: heldOther.id, cancelToken: heldOther.token };
      const attempts: Array<[string, string]> = [
        [booking.id, 'A'.repeat(43)],
        [booking.id, other.cancelToken],
        [other.id, booking.cancelToken],
        ['B'.repeat(22), booking.cancelToken],
        [booking.id, "x' or 1=1 --"],
        [booking.id, ''],
        ['not-an-id', booking.cancelToken],
      ];
      for (const [id, token] of attempts) {
        for (const [path, method] of [
          [`/v1/appointments/${encodeURIComponent(id)}`, 'DELETE'],
          [`/v1/appointments/${encodeURIComponent(id)}`, 'GET'],
          [`/v1/appointments/${encodeURIComponent(id)}/ics`, 'GET'],
        ] as const) {
          const response = await server.api(`${path}?token=${encodeURIComponent(token)}`, { method });
          assert.equal(response.status, 404, `${method} ${id} ${token}`);
          assert.equal((await response.json()).error.code, 'token_invalid');
        }
        const confirm = await server.api(`/v1/appointments/${encodeURIComponent(id)}/confirm`, postJson({ token }));
        assert.equal(confirm.status, 404, `confirm ${id} ${token}`);
        assert.equal((await confirm.json()).error.code, 'token_invalid');
      }
      assert.equal(
        await count(`appointment_bookings where cancelled_at is not null and id in ('${booking.id}', '${other.id}')`),
        0,
      );
      assert.equal(
        await count(`appointment_bookings where status = 'held' and id in ('${booking.id}', '${other.id}')`),
        2,
      );
    });

    it('does not cancel an appointment that has begun', async () => {
      const booking = await bookAndConfirm(server, request({ start: '2026-04-07T07:00:00Z' }));
      now = new Date('2026-04-07T07:10:00Z');
      const response = await server.api(`/v1/appointments/${booking.id}?token=${booking.token}`, {
        method: 'DELETE',
      });
      assert.equal(response.status, 409);
      assert.equal((await response.json()).error.code, 'conflict');
    });

    it('mails in the talk’s language when it is one of the seven, else in English', async () => {
      const uk = await bookAndConfirm(
        server,
        request({
          start: '2026-04-14T07:00:00Z',
          language: 'uk',
          mailLanguage: undefined,
          email: 'olena@example.org',
        }),
      );
      assert.ok(
        uk.hold.subject.startsWith('Будь ласка, підтвердьте запис: Визнання іноземних професійних кваліфікацій'),
      );
      const ukMail = uk.confirmation;
      assert.ok(ukMail.subject.startsWith('Запис підтверджено: Визнання іноземних професійних кваліфікацій'));
      assert.match(ukMail.text, /центральноєвропейським часом \(GMT\+2\)/);
      assert.ok(uk.id);

      const fr = await bookAndConfirm(
        server,
        request({
          start: '2026-04-14T08:00:00Z',
          language: 'fr',
          mailLanguage: undefined,
          email: 'amadou@example.org',
        }),
      );
      const frMail = fr.confirmation;
      assert.ok(frMail.subject.startsWith('Appointment confirmed: Recognition of foreign qualifications'));
      assert.match(frMail.text, /Language of the consultation: French/);

      // Berlin time only once when the booker is in Berlin too.
      const ar = await bookAndConfirm(
        server,
        request({
          start: '2026-04-14T09:00:00Z',
          timeZone: 'Europe/Berlin',
          mailLanguage: 'ar',
          language: 'ar',
          email: 'rami@example.org',
        }),
      );
      assert.match(ar.hold.html, /<html lang="ar" dir="rtl"/);
      const arMail = ar.confirmation;
      assert.match(arMail.html, /<html lang="ar" dir="rtl"/);
      assert.equal(arMail.text.split('توقيت وسط أوروبا').length, 2);
      assert.ok(!arMail.text.includes(appointmentMailTexts.ar.consultantTimeLabel));
    });
  });

  describe('the clock changes', () => {
    it('books across the last Sunday of March at the right UTC times', async () => {
      now = new Date('2026-03-20T10:00:00Z');
      const before = await bookAndConfirm(server, request({ start: '2026-03-26T12:00:00Z', email: 'a@example.org' }));
      const afterChange = await bookAndConfirm(
        server,
        request({ start: '2026-04-02T13:00:00Z', email: 'b@example.org' }),
      );
      assert.deepEqual([before.held.start, before.held.end], ['2026-03-26T12:00:00Z', '2026-03-26T12:45:00Z']);
      assert.deepEqual(
        [afterChange.held.start, afterChange.held.end],
        ['2026-04-02T13:00:00Z', '2026-04-02T13:45:00Z'],
      );
      const a = before.confirmation;
      const b = afterChange.confirmation;
      assert.match(a.text, /Donnerstag, 26\. März 2026, 13:00\s?–\s?13:45 Uhr, Mitteleuropäische Zeit \(GMT\+1\)/);
      assert.match(b.text, /Donnerstag, 2\. April 2026, 15:00\s?–\s?15:45 Uhr, Mitteleuropäische Zeit \(GMT\+2\)/);
      // The same wall-clock time a week apart is a different UTC time: 13:00 CET = 12:00Z, 13:00 CEST = 11:00Z.
      assert.equal(
        (await book(request({ start: '2026-04-02T12:00:00Z', email: 'c@example.org' }))).status,
        201,
        '14:00 CEST',
      );
      const offGrid = await book(request({ start: '2026-04-02T14:00:00Z', email: 'd@example.org' }));
      assert.equal(offGrid.status, 422, '16:00 CEST is after the opening hours');
    });

    it('books across the last Sunday of October at the right UTC times', async () => {
      now = new Date('2026-10-10T10:00:00Z');
      assert.deepEqual(await slotStarts('recognition', '2026-10-20', '2026-10-20'), [
        '2026-10-20T07:00:00Z',
        '2026-10-20T08:00:00Z',
        '2026-10-20T09:00:00Z',
      ]);
      assert.deepEqual(await slotStarts('recognition', '2026-10-27', '2026-10-27'), [
        '2026-10-27T08:00:00Z',
        '2026-10-27T09:00:00Z',
        '2026-10-27T10:00:00Z',
      ]);
      const summer = await bookAndConfirm(
        server,
        request({ start: '2026-10-20T07:00:00Z', email: 'e@example.org', timeZone: 'America/Caracas' }),
      );
      const winter = await bookAndConfirm(
        server,
        request({ start: '2026-10-27T08:00:00Z', email: 'f@example.org', timeZone: 'America/Caracas' }),
      );
      const e = summer.confirmation;
      const f = winter.confirmation;
      // Caracas has no daylight-saving time: 03:00 there both times, while Berlin reads 09:00 both times.
      assert.match(e.text, /Dienstag, 20\. Oktober 2026, 03:00\s?–\s?03:45 Uhr, Venezuela-Zeit \(GMT-4\)/);
      assert.match(e.text, /09:00\s?–\s?09:45 Uhr, Mitteleuropäische Zeit \(GMT\+2\)/, 'Berlin in summer time');
      assert.match(f.text, /Dienstag, 27\. Oktober 2026, 04:00\s?–\s?04:45 Uhr, Venezuela-Zeit \(GMT-4\)/);
      assert.match(f.text, /09:00\s?–\s?09:45 Uhr, Mitteleuropäische Zeit \(GMT\+1\)/, 'Berlin in winter time');
      // The summer-time UTC instant a week later is no slot.
      assert.equal((await book(request({ start: '2026-10-27T07:00:00Z', email: 'g@example.org' }))).status, 422);
    });
  });

  it('50 concurrent bookings of one slot: exactly one 201 and 49 409s, one row', async () => {
    now = new Date('2026-03-20T10:00:00Z');
    const start = '2026-04-16T12:00:00Z'; // Thursday 14:00 Berlin
    const before = await count('appointment_bookings');
    const responses = await Promise.all(
      Array.from({ length: 50 }, (_, i) => book(request({ start, email: `racer${i}@example.org` }))),
    );
    const statuses = responses.map((r) => r.status).sort();
    const bodies = await Promise.all(responses.map((r) => r.json()));
    assert.equal(statuses.filter((s) => s === 201).length, 1, JSON.stringify(statuses));
    assert.equal(statuses.filter((s) => s === 409).length, 49);
    assert.ok(bodies.filter((b) => b.error).every((b) => b.error.code === 'conflict'));
    assert.equal((await count('appointment_bookings')) - before, 1);
    assert.equal(await count(`appointment_bookings where start_utc = '${start}'`), 1);
    assert.equal(
      await count(
        `consultant_busy_units where unit_start_utc >= '${start}' and unit_start_utc < '2026-04-16T13:00:00Z'`,
      ),
      4,
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    assert.equal(server.sink.mails.length, 1, 'one hold mail');
  });

  describe('bad input gets a clear 4xx and stores nothing', () => {
    const json = (body: unknown) => postJson(body);
    const cases: Array<[string, RequestInit, number, string, Record<string, string>?]> = [
      ['unknown topic', json(request({ topic: 'crypto-tips' })), 422, 'validation_failed', { topic: 'not_allowed' }],
      [
        'slot not on the grid',
        json(request({ start: '2026-03-31T07:20:00Z' })),
        422,
        'validation_failed',
        { start: 'not_allowed' },
      ],
      [
        'slot outside the opening hours',
        json(request({ start: '2026-03-31T15:00:00Z' })),
        422,
        'validation_failed',
        { start: 'not_allowed' },
      ],
      [
        'past slot',
        json(request({ start: '2026-03-17T08:00:00Z' })),
        422,
        'validation_failed',
        { start: 'not_allowed' },
      ],
      [
        'slot within 24 hours',
        json(request({ start: '2026-03-21T08:00:00Z' })),
        422,
        'validation_failed',
        { start: 'not_allowed' },
      ],
      [
        'slot beyond 8 weeks',
        json(request({ start: '2026-05-19T07:00:00Z' })),
        422,
        'validation_failed',
        { start: 'not_allowed' },
      ],
      [
        'slot on an absence',
        json(request({ start: '2026-04-09T11:00:00Z' })),
        422,
        'validation_failed',
        { start: 'not_allowed' },
      ],
      [
        'slot on a holiday',
        json(request({ topic: 'work-visa', start: '2026-04-06T07:00:00Z' })),
        422,
        'validation_failed',
        { start: 'not_allowed' },
      ],
      [
        'start not an instant',
        json(request({ start: '31.03.2026 09:00' })),
        422,
        'validation_failed',
        { start: 'invalid' },
      ],
      [
        'language not offered',
        json(request({ language: 'vi' })),
        422,
        'validation_failed',
        { language: 'not_allowed' },
      ],
      [
        'invalid time zone',
        json(request({ timeZone: 'Mars/Olympus' })),
        422,
        'validation_failed',
        { timeZone: 'invalid' },
      ],
      ['10 kB name', json(request({ name: 'N'.repeat(10_240) })), 422, 'validation_failed', { name: 'too_long' }],
      ['blank name', json(request({ name: '   ' })), 422, 'validation_failed', { name: 'too_short' }],
      ['missing consent', json(request({ consent: undefined })), 422, 'validation_failed', { consent: 'required' }],
      ['consent false', json(request({ consent: false })), 422, 'validation_failed', { consent: 'required' }],
      ['invalid e-mail', json(request({ email: 'priya at example' })), 422, 'validation_failed', { email: 'invalid' }],
      [
        'unknown mail language',
        json(request({ mailLanguage: 'fr' })),
        422,
        'validation_failed',
        { mailLanguage: 'not_allowed' },
      ],
      ['honeypot filled', json(request({ website: 'http://spam.example' })), 422, 'validation_failed', {}],
      [
        'malformed JSON',
        { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"topic": "recognition",' },
        400,
        'malformed_json',
      ],
      ['JSON array', json([request()]), 400, 'malformed_json'],
      [
        'wrong content type',
        { method: 'POST', headers: { 'content-type': 'text/plain' }, body: JSON.stringify(request()) },
        415,
        'unsupported_media_type',
      ],
      ['100 kB body', json(request({ message: 'x'.repeat(100_000) })), 413, 'payload_too_large'],
    ];
    for (const [name, init, status, code, fields] of cases) {
      it(name, async () => {
        const bookings = await count('appointment_bookings');
        const units = await count('consultant_busy_units');
        const response = await server.api('/v1/appointments', init);
        assert.equal(response.status, status);
        const body = ErrorEnvelope.parse(await response.json());
        assert.equal(body.error.code, code);
        assert.doesNotMatch(JSON.stringify(body), /at .*\.ts:\d+/, 'no stack trace');
        if (fields) assert.deepEqual(body.error.fieldCodes ?? {}, fields);
        assert.equal(await count('appointment_bookings'), bookings);
        assert.equal(await count('consultant_busy_units'), units);
        await new Promise((resolve) => setTimeout(resolve, 50));
        assert.equal(server.sink.mails.length, 0);
      });
    }

    it('several field errors at once', async () => {
      const response = await book(request({ language: 'vi', timeZone: 'Nowhere/Land', start: '2026-03-31T07:05:00Z' }));
      assert.equal(response.status, 422);
      assert.deepEqual((await response.json()).error.fieldCodes, {
        timeZone: 'invalid',
        language: 'not_allowed',
        start: 'not_allowed',
      });
    });
  });

  it('is described in the OpenAPI document', async () => {
    const doc = await (await server.api('/openapi.json')).json();
    assert.ok(doc.paths['/api/v1/appointments/topics'].get);
    assert.deepEqual(
      doc.paths['/api/v1/appointments/slots'].get.parameters.map((p: { name: string; required: boolean }) => [
        p.name,
        p.required,
      ]),
      [
        ['topic', true],
        ['from', true],
        ['to', true],
      ],
    );
    const post = doc.paths['/api/v1/appointments'].post;
    assert.deepEqual([...post.requestBody.content['application/json'].schema.required].sort(), [
      'consent',
      'email',
      'language',
      'name',
      'start',
      'topic',
    ]);
    assert.ok(post.responses['201'] && post.responses['409'] && post.responses['422'] && post.responses['429']);
    const confirm = doc.paths['/api/v1/appointments/{id}/confirm'].post;
    assert.ok(confirm.responses['200'] && confirm.responses['404'] && confirm.responses['410']);
    assert.deepEqual(confirm.requestBody.content['application/json'].schema.required, ['token']);
    const cancel = doc.paths['/api/v1/appointments/{id}'].delete;
    assert.deepEqual(
      cancel.parameters.map((p: { name: string; in: string }) => `${p.in}:${p.name}`),
      ['path:id', 'query:token'],
    );
    assert.ok(doc.paths['/api/v1/appointments/{id}/ics'].get.responses['200'].content['text/calendar']);
  });
});

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { APPOINTMENT_CONSENT_VERSION, AppointmentSlotsResponse, ErrorEnvelope } from '@welcome-widgets/domain';
import { sql } from 'kysely';
import { testAppointmentContent, writeContent } from './support/appointment-fixture.js';
import { startTestServer, type TestServer } from './support/test-server.js';

/** Friday 20 March 2026: Tuesday 31 March has free recognition slots (berater-a, 09:00–12:00 Berlin). */
const MARCH = new Date('2026-03-20T10:00:00Z');
const DAY = '2026-03-31';

let unique = 0;
const booking = (start: string, overrides: Record<string, unknown> = {}) => ({
  topic: 'recognition',
  start,
  name: 'Olena Kovalenko',
  email: `person.${++unique}@example.org`,
  language: 'uk',
  message: 'Ich bin Pflegefachkraft.',
  consent: true,
  consentVersion: APPOINTMENT_CONSENT_VERSION,
  mailLanguage: 'uk',
  ...overrides,
});

/**
 * Attacks as raw JSON text, written by hand: a JSON escape such as "\ud800" reaches the server as
 * a lone surrogate, which no well-behaved client would produce.
 */
const attacks: Array<{ what: string; field: 'name' | 'message'; json: string }> = [
  { what: 'CR LF inside the name (a forged mail or log line)', field: 'name', json: '"Olena\\r\\nBcc: x@example.org"' },
  { what: 'LF inside the name', field: 'name', json: '"Olena\\nKovalenko"' },
  { what: 'NUL in the name', field: 'name', json: '"Olena\\u0000Kovalenko"' },
  { what: 'U+202E right-to-left override in the name', field: 'name', json: '"Olena \\u202Eokneklavok"' },
  { what: 'a lone surrogate in the name', field: 'name', json: '"Olena \\ud800"' },
  { what: 'NUL in the message', field: 'message', json: '"Frage\\u0000"' },
  { what: 'U+202E in the message', field: 'message', json: '"Datei: \\u202Efdp.exe"' },
  { what: 'a lone surrogate in the message', field: 'message', json: '"Frage \\udc00"' },
  { what: 'ESC (terminal escape) in the message', field: 'message', json: '"\\u001b[2J Frage"' },
];

describe('control characters in bookings', () => {
  let server: TestServer;
  let slots: string[];

  const freeSlots = async () => {
    const response = await server.api(`/v1/appointments/slots?topic=recognition&from=${DAY}&to=${DAY}T23:59:59Z`);
    assert.equal(response.status, 200);
    return AppointmentSlotsResponse.parse(await response.json()).slots.map((slot) => slot.start);
  };
  const postRaw = (json: string) =>
    server.api('/v1/appointments', { method: 'POST', headers: { 'content-type': 'application/json' }, body: json });
  const rowsNamed = (name: string) =>
    server.database.rows(sql`select name, message from appointment_bookings where name = ${name}`);
  const bookingCount = () => server.database.count('appointment_bookings');

  before(async () => {
    server = await startTestServer(
      { APPOINTMENTS_CONFIG: writeContent(testAppointmentContent()), RATE_LIMIT_BOOKINGS: '1000' },
      { now: () => MARCH },
    );
    slots = await freeSlots();
    assert.ok(slots.length >= 2, `free slots on ${DAY}: ${slots.join(', ')}`);
  });
  after(async () => {
    await server.close();
  });

  for (const attack of attacks) {
    it(`refuses ${attack.what} with 422 control_characters and stores nothing`, async () => {
      const start = slots[0]!;
      const body = JSON.stringify(booking(start)).replace(
        attack.field === 'name' ? '"Olena Kovalenko"' : '"Ich bin Pflegefachkraft."',
        attack.json,
      );
      assert.ok(body.includes(attack.json), 'the raw text went into the body');
      const before = await bookingCount();

      const response = await postRaw(body);

      assert.equal(response.status, 422);
      const envelope = ErrorEnvelope.parse(await response.json());
      assert.equal(envelope.error.code, 'validation_failed');
      assert.deepEqual(envelope.error.fieldCodes, { [attack.field]: 'control_characters' });
      assert.match(envelope.error.fields?.[attack.field] ?? '', /control characters/);
      assert.equal(await bookingCount(), before, 'nothing stored');
      assert.ok((await freeSlots()).includes(start), 'the slot is still offered');
    });
  }

  it('accepts a message with line breaks and tabs and stores it with LF only', async () => {
    const start = slots[slots.length - 1]!;
    const name = 'Nguyễn Thị Lan \u200F(لان)';
    const response = await postRaw(
      JSON.stringify(
        booking(start, { name, message: 'Guten Tag,\r\n\r\nmeine Fragen:\r\n\t1. Visum\n\t2. Anerkennung' }),
      ),
    );

    assert.notEqual(response.status, 422, await response.clone().text());
    assert.ok(response.status < 300, `accepted: ${response.status}`);
    assert.deepEqual(await rowsNamed(name), [
      { name, message: 'Guten Tag,\n\nmeine Fragen:\n\t1. Visum\n\t2. Anerkennung' },
    ]);
  });

  it('refuses control characters in the page and widget version a newsletter signup stores as proof', async () => {
    const response = await server.api('/v1/newsletter/subscriptions', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        email: `person.${++unique}@example.org`,
        topics: ['events'],
        language: 'de',
        consent: true,
        page: 'https://partner.example/\u202Efdp.exe',
        widgetVersion: '1.0\r\nX-Forged: 1',
      }),
    });
    assert.equal(response.status, 422);
    const envelope = ErrorEnvelope.parse(await response.json());
    assert.deepEqual(envelope.error.fieldCodes, { page: 'control_characters', widgetVersion: 'control_characters' });
  });
});

import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import {
  APPOINTMENT_CONSENT_VERSION,
  AppointmentTopicsResponse,
  BookingDetails,
  ErrorEnvelope,
} from '@welcome-widgets/domain';
import { bookAndConfirm, testAppointmentContent, writeContent } from './support/appointment-fixture.js';
import { icsText, parseIcs } from './support/ics-parser.js';
import { startTestServer, type TestServer } from './support/test-server.js';

const MARCH = new Date('2026-03-20T10:00:00Z');
const VIDEO_ROOM_URL = 'https://video.example/raum/{room}?lobby=1';

const request = (overrides: Record<string, unknown> = {}) => ({
  topic: 'recognition',
  start: '2026-03-31T07:00:00Z',
  name: 'Nguyen Thi Mai',
  email: 'mai.nguyen@example.org',
  language: 'en',
  consent: true,
  consentVersion: APPOINTMENT_CONSENT_VERSION,
  timeZone: 'Asia/Ho_Chi_Minh',
  mailLanguage: 'vi',
  ...overrides,
});

/**
 * What the links in a booking's mail open, and what a repeated cancel says: the mail's video link
 * leads to the room view of the booking page (not the booking form), which asks the server for
 * the appointment with the token from the link.
 */
describe('appointment links, details and repeated cancelling', () => {
  let server: TestServer;
  let now = MARCH;
  /** Booked and confirmed with the link in the hold mail; `cancelToken` is that link's token. */
  const book = async (overrides: Record<string, unknown> = {}) => {
    const booked = await bookAndConfirm(server, request(overrides));
    return { ...booked.details, cancelToken: booked.token, confirmation: booked.confirmation };
  };
  const details = (id: string, token: string) =>
    server.api(`/v1/appointments/${encodeURIComponent(id)}?token=${encodeURIComponent(token)}`);
  const cancel = (id: string, token: string) =>
    server.api(`/v1/appointments/${id}?token=${token}`, { method: 'DELETE' });

  before(async () => {
    server = await startTestServer(
      {
        APPOINTMENTS_CONFIG: writeContent(testAppointmentContent()),
        RATE_LIMIT_BOOKINGS: '1000',
        VIDEO_ROOM_URL,
        APPOINTMENT_RETENTION_DAYS: '45',
      },
      { now: () => now },
    );
  });
  after(() => server.close());
  beforeEach(() => {
    now = MARCH;
    server.sink.mails.length = 0;
  });

  it('the mail’s and the calendar file’s video link open the room view of the booking page', async () => {
    const booking = await book();
    const mail = booking.confirmation;
    const room = `${server.url}/beratung.html?appointment=${booking.id}&appointment-room=${booking.cancelToken}&lang=vi`;
    assert.ok(mail.text.includes(room), `room link in the mail:\n${mail.text}`);
    assert.ok(mail.html.includes(room.replaceAll('&', '&amp;')));
    assert.ok(!mail.text.includes('video.example'), 'the consultant’s room is shown by the room view, at the time');
    const { event } = parseIcs(mail.attachments[0]!.content);
    assert.equal(event.URL?.value, room);
    assert.equal(icsText(event.LOCATION!.value), room);
    assert.ok(icsText(event.DESCRIPTION!.value).includes(room));

    const download = parseIcs(
      await (await server.api(`/v1/appointments/${booking.id}/ics?token=${booking.cancelToken}`)).text(),
    );
    assert.equal(download.event.URL?.value, room);
  });

  it('the room view learns which appointment it is, with the consultant’s video link, and nothing personal', async () => {
    const booking = await book({ start: '2026-03-31T08:00:00Z', email: 'details@example.org' });
    const response = await details(booking.id, booking.cancelToken);
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('cache-control'), 'no-store');
    const body = await response.json();
    assert.deepEqual(BookingDetails.parse(body), {
      id: booking.id,
      topic: 'recognition',
      start: '2026-03-31T08:00:00Z',
      end: '2026-03-31T08:45:00Z',
      status: 'booked',
      language: 'en',
      videoUrl: `https://video.example/raum/${booking.id}?lobby=1`,
    });
    assert.doesNotMatch(JSON.stringify(body), /Nguyen|details@example|Asia\/Ho_Chi_Minh/, 'no name, address or zone');
    assert.equal(booking.videoUrl, body.videoUrl, 'the confirm answer names the same room');

    now = new Date('2026-03-25T09:00:00Z');
    assert.equal((await cancel(booking.id, booking.cancelToken)).status, 200);
    const cancelled = await (await details(booking.id, booking.cancelToken)).json();
    assert.deepEqual(BookingDetails.parse(cancelled), {
      id: booking.id,
      topic: 'recognition',
      start: '2026-03-31T08:00:00Z',
      end: '2026-03-31T08:45:00Z',
      status: 'cancelled',
      language: 'en',
    });
  });

  it('an unknown id or a wrong token gets 404, the same as any other token check', async () => {
    const booking = await book({ start: '2026-03-31T09:00:00Z', email: 'a@example.org' });
    const other = await book({ start: '2026-04-02T11:00:00Z', email: 'b@example.org' });
    for (const [id, token] of [
      [booking.id, other.cancelToken],
      [other.id, booking.cancelToken],
      ['C'.repeat(22), booking.cancelToken],
      [booking.id, 'A'.repeat(43)],
      [booking.id, ''],
      [booking.id, "x' or 1=1 --"],
      ['not-an-id', booking.cancelToken],
    ] as const) {
      const response = await details(id, token);
      assert.equal(response.status, 404, `${id} ${token}`);
      assert.equal(ErrorEnvelope.parse(await response.json()).error.code, 'token_invalid');
    }
  });

  it('a second cancel says the appointment was already cancelled, with 409, and mails nothing', async () => {
    const booking = await book({ start: '2026-04-02T12:00:00Z', email: 'twice@example.org' });
    now = new Date('2026-03-26T10:00:00Z');
    assert.equal((await cancel(booking.id, booking.cancelToken)).status, 200);
    await server.sink.next('twice@example.org');

    const again = await cancel(booking.id, booking.cancelToken);
    assert.equal(again.status, 409);
    const body = ErrorEnvelope.parse(await again.json());
    assert.equal(body.error.code, 'already-cancelled');
    await new Promise((resolve) => setTimeout(resolve, 300));
    assert.equal(
      server.sink.mails.filter((m) => m.to.includes('twice@example.org')).length,
      3,
      'hold, confirmation, cancellation: no fourth mail',
    );
  });

  it('the topics say how long booking data is kept (APPOINTMENT_RETENTION_DAYS)', async () => {
    const body = AppointmentTopicsResponse.parse(await (await server.api('/v1/appointments/topics?lang=en')).json());
    assert.equal(body.retentionDays, 45);
    assert.equal(body.holdMinutes, 30, 'how long a booking waits for its confirm link');
    assert.equal(body.maxOpenPerAddress, 2, 'open bookings per address');
  });

  it('is in the OpenAPI document', async () => {
    const doc = await (await server.api('/openapi.json')).json();
    const get = doc.paths['/api/v1/appointments/{id}'].get;
    assert.deepEqual(
      get.parameters.map((p: { name: string; in: string }) => `${p.in}:${p.name}`),
      ['path:id', 'query:token'],
    );
    const schema = get.responses['200'].content['application/json'].schema;
    assert.deepEqual(schema.properties.status.enum, ['held', 'booked', 'cancelled']);
    assert.ok(!('name' in schema.properties) && !('email' in schema.properties));
    assert.ok(get.responses['404']);
    assert.match(doc.paths['/api/v1/appointments/{id}'].delete.responses['409'].description, /already-cancelled/);
    const topics = doc.paths['/api/v1/appointments/topics'].get.responses['200'].content['application/json'].schema;
    assert.ok(topics.properties.retentionDays);
  });
});

describe('topics with the default retention', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
  });
  after(() => server.close());

  it('are 30 days unless configured', async () => {
    const body = AppointmentTopicsResponse.parse(await (await server.api('/v1/appointments/topics')).json());
    assert.equal(body.retentionDays, 30);
  });
});

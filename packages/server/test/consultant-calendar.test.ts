import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { CalendarFeed, CalendarFeedState, StaffBooking, StaffBookingList } from '@welcome-widgets/domain';
import { sql } from 'kysely';
import { bookAndConfirm, testAppointmentContent, writeContent } from './support/appointment-fixture.js';
import { createStaffUser, json, signIn, type StaffClient } from './support/staff-fixture.js';
import { startTestServer, type TestServer } from './support/test-server.js';

/** Friday 20 March 2026; berater-a works Tuesdays 09:00–12:00 Berlin (07:00–10:00 UTC on 31 March). */
const NOW = new Date('2026-03-20T10:00:00Z');
const START = '2026-03-31T07:00:00Z';
const BOOKER = 'olena@example.org';

const slotStarts = async (server: TestServer) => {
  const response = await server.api('/v1/appointments/slots?topic=recognition&from=2026-03-31&to=2026-03-31');
  return ((await response.json()) as { slots: Array<{ start: string }> }).slots.map((slot) => slot.start);
};

describe("a consultant's bookings, cancelling and calendar feed", () => {
  let server: TestServer;
  let consultantA: StaffClient;
  let consultantB: StaffClient;
  let editor: StaffClient;
  let bookingId: string;
  let freeBefore: string[];

  before(async () => {
    server = await startTestServer({ APPOINTMENTS_CONFIG: writeContent(testAppointmentContent()) }, { now: () => NOW });
    await createStaffUser(server, { email: 'a@example.org', role: 'consultant', consultantId: 'berater-a' });
    await createStaffUser(server, { email: 'b@example.org', role: 'consultant', consultantId: 'berater-b' });
    await createStaffUser(server, { email: 'editor@example.org', role: 'editor' });
    consultantA = await signIn(server, 'a@example.org');
    consultantB = await signIn(server, 'b@example.org');
    editor = await signIn(server, 'editor@example.org');
    freeBefore = await slotStarts(server);
    const booking = await bookAndConfirm(server, {
      topic: 'recognition',
      start: START,
      name: 'Olena Kovalenko',
      email: BOOKER,
      language: 'uk',
      mailLanguage: 'uk',
      timeZone: 'Europe/Kyiv',
      message: 'Wie lange dauert die Anerkennung?',
      consent: true,
    });
    bookingId = booking.id;
  });
  after(() => server.close());

  it("lists the day's and the week's bookings: a consultant their own, an editor all", async () => {
    const list = async (client: StaffClient, query: string) => {
      const response = await client.request(`/v1/admin/appointments/bookings?${query}`);
      assert.equal(response.status, 200, await response.clone().text());
      return StaffBookingList.parse(await response.json()).bookings;
    };
    const day = await list(consultantA, 'from=2026-03-31&days=1');
    assert.equal(day.length, 1);
    assert.deepEqual(StaffBooking.parse(day[0]), {
      id: bookingId,
      consultantId: 'berater-a',
      topic: 'recognition',
      start: START,
      end: '2026-03-31T07:45:00Z',
      name: 'Olena Kovalenko',
      email: BOOKER,
      timeZone: 'Europe/Kyiv',
      language: 'uk',
      question: 'Wie lange dauert die Anerkennung?',
      status: 'booked',
      cancelReason: null,
    });
    assert.equal((await list(consultantA, 'from=2026-03-30')).length, 1, 'the week from Monday');
    assert.equal((await list(consultantA, '')).length, 0, 'this week (from today) has none');
    assert.equal((await list(consultantB, 'from=2026-03-30')).length, 0, 'another consultant sees none');
    const forbidden = await consultantB.request('/v1/admin/appointments/bookings?consultant=berater-a');
    assert.equal(forbidden.status, 403);
    assert.equal((await list(editor, 'from=2026-03-30')).length, 1);
  });

  it('the feed lists the booking without the address, is not cacheable, and a rotated URL answers 404', async () => {
    const state = async (client: StaffClient, id = 'berater-a') => {
      const response = await client.request(`/v1/admin/appointments/consultants/${id}/feed`);
      return response.status === 200 ? CalendarFeedState.parse(await response.json()) : response.status;
    };
    assert.deepEqual(await state(consultantA), { consultantId: 'berater-a', active: false, createdAt: null });
    const created = await consultantA.request('/v1/admin/appointments/consultants/berater-a/feed', { method: 'POST' });
    assert.equal(created.status, 201);
    const first = CalendarFeed.parse(await created.json());
    assert.ok(first.url.startsWith(`${server.url}/api/v1/calendar-feeds/`));
    const feed = await fetch(first.url);
    assert.equal(feed.status, 200);
    assert.match(feed.headers.get('content-type') ?? '', /^text\/calendar/);
    assert.match(feed.headers.get('cache-control') ?? '', /no-store/);
    assert.match(feed.headers.get('cache-control') ?? '', /private/);
    const text = await feed.text();
    assert.match(text, /BEGIN:VEVENT/);
    assert.match(text, /DTSTART:20260331T070000Z/);
    assert.match(text, /Olena Kovalenko/);
    assert.match(text.replace(/\r\n /g, ''), /Wie lange dauert die Anerkennung\?/);
    assert.doesNotMatch(text, /olena@example\.org/);

    const other = await consultantB.request('/v1/admin/appointments/consultants/berater-a/feed', { method: 'POST' });
    assert.equal(other.status, 403);
    assert.deepEqual(await state(consultantA), {
      consultantId: 'berater-a',
      active: true,
      createdAt: NOW.toISOString(),
    });
    assert.equal(await state(consultantB), 403, "another consultant's feed state is not theirs to see");
    assert.deepEqual(
      await state(editor, 'berater-b'),
      { consultantId: 'berater-b', active: false, createdAt: null },
      "editors see anyone's",
    );
    assert.equal(await state(editor, 'nobody'), 404);
    const hashes = await server.database.rows<{ secret_hash: string }>(
      sql`select secret_hash from consultant_calendar_feeds`,
    );
    assert.equal(hashes.length, 1);
    assert.ok(!first.url.includes(hashes[0]!.secret_hash), 'only the hash is stored');

    const rotated = CalendarFeed.parse(
      await (await consultantA.request('/v1/admin/appointments/consultants/berater-a/feed', { method: 'POST' })).json(),
    );
    assert.equal((await fetch(first.url)).status, 404);
    assert.equal((await fetch(rotated.url)).status, 200);
    const revoked = await consultantA.request('/v1/admin/appointments/consultants/berater-a/feed', {
      method: 'DELETE',
    });
    assert.equal(revoked.status, 204);
    assert.equal((await fetch(rotated.url)).status, 404);
    assert.deepEqual(await state(consultantA), { consultantId: 'berater-a', active: false, createdAt: null });
    const feedAudit = await server.database.rows<{ action: string; actor: string }>(
      sql`select action, actor from audit_log where action like 'appointment.feed.%' order by id`,
    );
    assert.deepEqual(
      feedAudit.map((row) => row.action),
      ['appointment.feed.rotate', 'appointment.feed.rotate', 'appointment.feed.revoke'],
    );
  });

  it('cancelling with a reason mails the booker in their language with the reason, and frees the slot', async () => {
    assert.ok(!(await slotStarts(server)).includes(START), 'booked: not offered');
    const notHers = await consultantB.request(
      `/v1/admin/appointments/bookings/${bookingId}/cancel`,
      json({ reason: 'x' }),
    );
    assert.equal(notHers.status, 404);
    const noReason = await consultantA.request(
      `/v1/admin/appointments/bookings/${bookingId}/cancel`,
      json({ reason: ' ' }),
    );
    assert.equal(noReason.status, 422);

    const reason = 'Die Beraterin ist krank.\nBitte buchen Sie einen neuen Termin.';
    const cancelled = await consultantA.request(
      `/v1/admin/appointments/bookings/${bookingId}/cancel`,
      json({ reason: reason.replace('\n', '\r\n') }),
    );
    assert.equal(cancelled.status, 200, await cancelled.clone().text());
    assert.equal(StaffBooking.parse(await cancelled.json()).status, 'cancelled');

    const mail = await server.sink.next(BOOKER);
    assert.match(mail.text, /Причина: Die Beraterin ist krank\./);
    assert.match(mail.text, /Bitte buchen Sie einen neuen Termin\./);
    assert.match(mail.text, /на жаль, ми змушені скасувати/);
    assert.deepEqual(await slotStarts(server), freeBefore);

    const again = await consultantA.request(
      `/v1/admin/appointments/bookings/${bookingId}/cancel`,
      json({ reason: 'noch einmal' }),
    );
    assert.equal(again.status, 409);
    const audit = await server.database.rows<{ actor: string; after: string }>(
      sql`select actor, after from audit_log where action = 'appointment.booking.cancel'`,
    );
    assert.equal(audit.length, 1);
    assert.equal(audit[0]!.actor, 'a@example.org');
    assert.equal(JSON.parse(audit[0]!.after).reason, reason);
  });
});

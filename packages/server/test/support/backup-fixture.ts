import assert from 'node:assert/strict';
import { APPOINTMENT_CONSENT_VERSION, BookingDetails } from '@welcome-widgets/domain';
import { bookAndConfirm, testAppointmentContent, writeContent, type ConfirmedBooking } from './appointment-fixture.js';
import { postJson, type TestServer } from './test-server.js';

/**
 * What the backup tests of both engines do around their own copy and restore: a confirmed booking
 * before the backup, two more booked while it runs, and what a server on the restored copy must show.
 */

export const backupClock = () => new Date('2026-03-20T10:00:00Z');
export const backupContent = () => ({ APPOINTMENTS_CONFIG: writeContent(testAppointmentContent()) });

export const backupBooking = (start: string, email: string) => ({
  topic: 'recognition',
  start,
  name: 'Priya Raman',
  email,
  language: 'de',
  consent: true,
  consentVersion: APPOINTMENT_CONSENT_VERSION,
});

/** The booking the restored copy must hold, confirmed before the backup. */
export const bookBeforeBackup = (server: TestServer): Promise<ConfirmedBooking> =>
  bookAndConfirm(server, backupBooking('2026-03-24T08:00:00Z', 'kept@example.org'));

/** Runs `backup` while two bookings are being made: the copy is one consistent state, before or after each. */
export async function backUpDuringBookings(server: TestServer, backup: () => Promise<void>): Promise<void> {
  const writes = Promise.all(
    ['2026-03-24T09:00:00Z', '2026-03-24T10:00:00Z'].map((start, i) =>
      server.api('/v1/appointments', postJson(backupBooking(start, `during${i}@example.org`))),
    ),
  );
  await backup();
  assert.deepEqual(
    (await writes).map((r) => r.status),
    [201, 201],
  );
}

/** A server on the restored copy shows the booking, and its slot stays taken. */
export async function assertRestored(restored: TestServer, kept: ConfirmedBooking): Promise<void> {
  const details = await restored.api(`/v1/appointments/${kept.id}?token=${kept.token}`);
  assert.equal(details.status, 200);
  assert.equal(BookingDetails.parse(await details.json()).status, 'booked');
  const slots = (await (
    await restored.api('/v1/appointments/slots?topic=recognition&from=2026-03-24&to=2026-03-24')
  ).json()) as { slots: Array<{ start: string }> };
  assert.ok(!slots.slots.some((slot) => slot.start === '2026-03-24T08:00:00Z'), 'the booked slot stays taken');
}

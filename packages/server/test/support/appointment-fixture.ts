import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BookingDetails, HeldBooking } from '@welcome-widgets/domain';
import { SHIPPED_APPOINTMENTS_CONFIG } from '../../src/config.js';
import type { ReceivedMail } from './smtp-sink.js';
import { postJson, type TestServer } from './test-server.js';

type Content = {
  topics: Array<{ id: string; consultants: string[]; languages: string[]; durationMinutes: number }>;
  [key: string]: unknown;
};

/**
 * The shipped topics (titles in all languages) with consultants whose hours the tests know:
 * "berater-a" Tue 09:00–12:00 and Thu 13:00–16:00 Berlin, away on Thursday 9 April 2026, serving
 * recognition (45 min) and employers (60 min); "berater-b" Mon 09:00–12:00 for the other topics.
 */
export function testAppointmentContent(): Content {
  const content = JSON.parse(readFileSync(SHIPPED_APPOINTMENTS_CONFIG, 'utf8')) as Content;
  content.bufferMinutes = 15;
  content.horizon = { minHoursAhead: 24, maxWeeksAhead: 8 };
  content.consultants = [
    {
      id: 'berater-a',
      name: 'Team Anerkennung',
      timeZone: 'Europe/Berlin',
      rules: [
        { weekday: 'tue', from: '09:00', to: '12:00' },
        { weekday: 'thu', from: '13:00', to: '16:00' },
      ],
      absences: [{ from: '2026-04-09', to: '2026-04-09' }],
    },
    {
      id: 'berater-b',
      name: 'Team Einwanderung',
      timeZone: 'Europe/Berlin',
      rules: [{ weekday: 'mon', from: '09:00', to: '12:00' }],
    },
  ];
  for (const topic of content.topics) {
    topic.consultants = ['recognition', 'employers'].includes(topic.id) ? ['berater-a'] : ['berater-b'];
  }
  const recognition = content.topics.find((t) => t.id === 'recognition')!;
  recognition.durationMinutes = 45;
  recognition.languages = ['de', 'en', 'uk', 'ru', 'ar', 'fr'];
  content.topics.find((t) => t.id === 'employers')!.durationMinutes = 60;
  return content;
}

/** Writes content to a fresh file and returns its path, for APPOINTMENTS_CONFIG. */
export function writeContent(content: unknown): string {
  const file = join(mkdtempSync(join(tmpdir(), 'welcome-appointments-')), 'appointments.json');
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  return file;
}

/** The booking id and token in the confirm link of a hold mail (`?appointment=…&appointment-confirm=…`). */
export function confirmLinkIn(text: string): { id: string; token: string; url: string } {
  const match = /(https?:\/\/\S*[?&]appointment=([A-Za-z0-9_-]{22})&appointment-confirm=([A-Za-z0-9_-]{43})\S*)/.exec(
    text,
  );
  assert.ok(match, `no confirm link in the mail:\n${text}`);
  return { url: match[1]!, id: match[2]!, token: match[3]! };
}

export interface ConfirmedBooking {
  id: string;
  /** The one token of the booking, read from the hold mail as its recipient would. */
  token: string;
  held: HeldBooking;
  details: BookingDetails;
  hold: ReceivedMail;
  confirmation: ReceivedMail;
}

/** Posts a booking, waits for its hold mail, or fails with the answer's status and body. */
export async function bookAndHold(
  server: TestServer,
  body: { email: string } & Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<{ held: HeldBooking; hold: ReceivedMail; id: string; token: string }> {
  const response = await server.api('/v1/appointments', postJson(body, headers));
  assert.equal(response.status, 201, `booking answered ${response.status}: ${await response.clone().text()}`);
  const held = HeldBooking.parse(await response.json());
  const hold = await server.sink.next(body.email);
  const { id, token } = confirmLinkIn(hold.text);
  assert.equal(id, held.id);
  return { held, hold, id, token };
}

/**
 * Books as a person does now: the answer holds the slot, the hold mail brings the confirm link,
 * confirming it books and brings the confirmation mail (with the calendar file).
 */
export async function bookAndConfirm(
  server: TestServer,
  body: { email: string } & Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<ConfirmedBooking> {
  const { held, hold, id, token } = await bookAndHold(server, body, headers);
  const response = await server.api(`/v1/appointments/${id}/confirm`, postJson({ token }));
  assert.equal(response.status, 200, `confirm answered ${response.status}: ${await response.clone().text()}`);
  const details = BookingDetails.parse(await response.json());
  const confirmation = await server.sink.next(body.email);
  return { id, token, held, details, hold, confirmation };
}

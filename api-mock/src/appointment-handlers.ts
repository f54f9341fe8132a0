import {
  toSupportedLocale,
  AppointmentSlotsResponse,
  AppointmentTopicsResponse,
  BOOKING_ID_PATTERN,
  BookingCancelled,
  BookingConfirmRequest,
  BookingDetails,
  BookingRequest,
  HeldBooking,
  ISO_INSTANT,
  SOURCE_LOCALE,
  fieldErrorsFromIssues,
  type AppointmentSlot,
  type AppointmentTopic,
  type FieldErrors,
} from '@welcome-widgets/domain';
import { AppointmentContent, buildIcs, topicSlots, type ContentTopic } from '@welcome-widgets/domain/appointments';
import { BERLIN, isoInstant, zonedToUtc } from '@welcome-widgets/domain/time';
import { HttpResponse, http, type HttpHandler } from 'msw';
import shippedContent from '../../packages/server/content/appointments.json' with { type: 'json' };
import * as z from 'zod/mini';
import { checked, scenarioResponse, validationError } from './respond.js';
import type { Scenario } from './scenarios.js';

/** A booking every mock knows, for stories of the cancel link (`?appointment=…&appointment-cancel=…`). */
export const MOCK_BOOKING_ID = 'mockBooking0123456789A';
export const MOCK_CANCEL_TOKEN = 'mock-cancel-token-0123456789abcdefghijklmno';
/** A booking every mock knows as already cancelled (same token), for the "already cancelled" states. */
export const MOCK_CANCELLED_BOOKING_ID = 'mockCancelledBooking01';
/**
 * A booking every mock holds for confirmation (same token), for stories of the confirm link
 * (`?appointment=…&appointment-confirm=…`): confirming it books it.
 */
export const MOCK_HELD_BOOKING_ID = 'mockHeldBooking0123456';
/** A hold every mock knows as lapsed (same token): confirming it answers 410 `hold_expired`. */
export const MOCK_EXPIRED_HOLD_ID = 'mockExpiredHold0123456';
/** As the server's defaults (APPOINTMENT_HOLD_MINUTES, APPOINTMENT_MAX_OPEN_PER_ADDRESS). */
export const MOCK_HOLD_MINUTES = 30;
export const MOCK_MAX_OPEN_PER_ADDRESS = 2;
/** Days after the appointment until the server deletes a booking, as the shipped server says. */
export const MOCK_RETENTION_DAYS = 30;

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/**
 * The server's shipped content (topics, consultants' hours, buffer, horizon), checked by the same
 * schema: the mock offers the slots an empty database would.
 */
const CONTENT = AppointmentContent.parse(shippedContent);
const TOPICS = CONTENT.topics;

/** Ids, durations and languages of the topics, as the shipped content has them. */
export const MOCK_APPOINTMENT_TOPICS: readonly Pick<ContentTopic, 'id' | 'durationMinutes' | 'languages'>[] =
  TOPICS.map(({ id, durationMinutes, languages }) => ({ id, durationMinutes, languages }));

/** Free slots of a topic in [from, to) as the server computes them, without those `taken`. */
function freeSlots(topic: ContentTopic, from: number, to: number, taken: ReadonlySet<string>): AppointmentSlot[] {
  const range = { from: new Date(from), to: new Date(to), now: new Date(), busy: () => [] };
  return topicSlots(CONTENT, topic, range)
    .map((slot) => ({ start: isoInstant(slot.start), end: isoInstant(slot.end) }))
    .filter((slot) => !taken.has(slot.start));
}

/** The zone of the topic's consultants, as the server names it beside the slots. */
const zoneOf = (topic: ContentTopic) =>
  CONTENT.consultants.find((consultant) => consultant.id === topic.consultants[0])?.timeZone ?? BERLIN;

const errorResponse = (status: number, code: string, message: string) =>
  HttpResponse.json({ error: { code, message }, requestId: `mock-${status}` }, { status });

function rangeBound(value: string | null, end: boolean): number | undefined {
  if (!value) return undefined;
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return zonedToUtc(value, '00:00', BERLIN)!.getTime() + (end ? DAY_MS : 0);
  return ISO_INSTANT.test(value) ? Date.parse(value) : undefined;
}

/** The calendar file of the download (PUBLISH), built as the server builds it. */
function calendarFile(booking: StoredBooking, origin: string): string {
  const held = booking.holdExpiresAt !== undefined;
  const title = booking.topic.title[SOURCE_LOCALE];
  const room = `${origin}/beratung.html?room=${booking.id}`;
  return buildIcs({
    method: 'PUBLISH',
    uid: `${booking.id}@mock.welcome.example`,
    stamp: new Date(),
    start: new Date(booking.start),
    end: new Date(booking.end),
    summary: `Beratung: ${title}`,
    description: booking.cancelled ? title : `${title}\nVideo: ${room}`,
    url: room,
    status: booking.cancelled ? 'CANCELLED' : held ? 'TENTATIVE' : 'CONFIRMED',
    sequence: booking.cancelled ? 1 : 0,
    language: SOURCE_LOCALE,
  });
}

interface StoredBooking {
  id: string;
  /** The cancel token of the booking's answer (cancels, reads, downloads). */
  token: string;
  /** The hold mail's token, the only one that confirms; the known bookings use `token` for both. */
  mailToken?: string;
  topic: ContentTopic;
  start: string;
  end: string;
  /** Language of the talk. */
  language: string;
  cancelled: boolean;
  /** Until confirmed: when the hold lapses (ms); undefined once booked. */
  holdExpiresAt?: number;
  /** The address as the server compares it (trimmed, lower case), for the open-bookings limit. */
  address?: string;
}

/** Held or booked, not cancelled, not lapsed, not over: it occupies its slot and counts for its address. */
const isOpen = (booking: StoredBooking, now = Date.now()) =>
  !booking.cancelled &&
  Date.parse(booking.end) > now &&
  (booking.holdExpiresAt === undefined || booking.holdExpiresAt > now);

const detailsOf = (booking: StoredBooking, request: Request) => {
  const status = booking.cancelled ? 'cancelled' : booking.holdExpiresAt === undefined ? 'booked' : 'held';
  return checked(BookingDetails, {
    id: booking.id,
    topic: booking.topic.id,
    start: booking.start,
    end: booking.end,
    status,
    ...(status === 'held' ? { holdExpiresAt: isoInstant(booking.holdExpiresAt!) } : {}),
    language: booking.language,
    ...(status === 'booked' ? { videoUrl: `${new URL(request.url).origin}/beratung.html?room=${booking.id}` } : {}),
  });
};

/**
 * The appointments backend in memory: topics, slots relative to today, bookings held until
 * confirmed (30 minutes; at most two open ones per address), confirm, cancel and calendar file.
 * There is no mailbox: the known bookings below stand for the links in the mails.
 * `conflict`: the first booking answers 409 and its slot disappears from the next slot list;
 * later bookings succeed.
 */
export function appointmentHandlers(scenario: Scenario = 'ok'): HttpHandler[] {
  /** Slots someone else "just took" in the conflict scenario. */
  const lost = new Set<string>();
  const bookings = new Map<string, StoredBooking>();
  let conflictPlayed = false;
  const known = TOPICS.find((topic) => topic.id === 'recognition')!;
  const knownStart = Date.now() + 3 * DAY_MS;
  bookings.set(MOCK_BOOKING_ID, {
    id: MOCK_BOOKING_ID,
    token: MOCK_CANCEL_TOKEN,
    topic: known,
    start: isoInstant(knownStart - (knownStart % HOUR_MS)),
    end: isoInstant(knownStart - (knownStart % HOUR_MS) + known.durationMinutes * 60_000),
    language: 'en',
    cancelled: false,
  });
  bookings.set(MOCK_CANCELLED_BOOKING_ID, {
    ...bookings.get(MOCK_BOOKING_ID)!,
    id: MOCK_CANCELLED_BOOKING_ID,
    cancelled: true,
  });
  bookings.set(MOCK_HELD_BOOKING_ID, {
    ...bookings.get(MOCK_BOOKING_ID)!,
    id: MOCK_HELD_BOOKING_ID,
    holdExpiresAt: Date.now() + MOCK_HOLD_MINUTES * 60_000,
  });
  bookings.set(MOCK_EXPIRED_HOLD_ID, {
    ...bookings.get(MOCK_BOOKING_ID)!,
    id: MOCK_EXPIRED_HOLD_ID,
    holdExpiresAt: Date.now() - 60_000,
  });
  /** Slots taken now: by open bookings (held or confirmed, the known ones too) and lost races. */
  const taken = () => new Set([...lost, ...[...bookings.values()].filter((b) => isOpen(b)).map((b) => b.start)]);

  const byCredentials = (request: Request, id: string | undefined) => {
    const token = new URL(request.url).searchParams.get('token');
    const booking = id ? bookings.get(id) : undefined;
    return booking && (booking.token === token || booking.mailToken === token) ? booking : undefined;
  };
  const invalidToken = () =>
    errorResponse(404, 'token_invalid', 'This link is invalid or the booking no longer exists.');

  return [
    http.get('*/api/v1/appointments/topics', async ({ request }) => {
      const special = await scenarioResponse(scenario);
      if (special) return special;
      const language = toSupportedLocale(new URL(request.url).searchParams.get('lang'));
      const topics: AppointmentTopic[] = TOPICS.map((topic) => ({
        id: topic.id,
        title: topic.title[language],
        description: topic.description[language],
        durationMinutes: topic.durationMinutes,
        languages: [...topic.languages],
      }));
      return HttpResponse.json(
        checked(AppointmentTopicsResponse, {
          topics,
          retentionDays: MOCK_RETENTION_DAYS,
          holdMinutes: MOCK_HOLD_MINUTES,
          maxOpenPerAddress: MOCK_MAX_OPEN_PER_ADDRESS,
        }),
      );
    }),

    http.get('*/api/v1/appointments/slots', async ({ request }) => {
      const special = await scenarioResponse(scenario);
      if (special) return special;
      const params = new URL(request.url).searchParams;
      const topic = TOPICS.find((t) => t.id === params.get('topic'));
      if (!params.get('topic')) return validationError({ topic: 'required' });
      if (!topic) return validationError({ topic: 'not_allowed' });
      const from = rangeBound(params.get('from'), false);
      const to = rangeBound(params.get('to'), true);
      if (from === undefined) return validationError({ from: params.get('from') ? 'invalid' : 'required' });
      if (to === undefined) return validationError({ to: params.get('to') ? 'invalid' : 'required' });
      if (to <= from) return validationError({ to: 'invalid' });
      if (to - from > 93 * DAY_MS) return validationError({ to: 'not_allowed' });
      const slots = freeSlots(topic, from, to, taken());
      return HttpResponse.json(checked(AppointmentSlotsResponse, { slots, timeZone: zoneOf(topic) }));
    }),

    http.post('*/api/v1/appointments', async ({ request }) => {
      const special = await scenarioResponse(scenario);
      if (special) return special;
      if (scenario === 'validation') return validationError({ email: 'invalid' });
      let data: unknown;
      try {
        data = await request.json();
      } catch {
        return errorResponse(400, 'malformed_json', 'The body is not valid JSON.');
      }
      if (typeof data !== 'object' || data === null || Array.isArray(data)) {
        return errorResponse(400, 'malformed_json', 'The body must be a JSON object.');
      }
      const parsed = z.safeParse(BookingRequest, data);
      if (!parsed.success) return validationError(fieldErrorsFromIssues(parsed.error.issues, data));
      const input = parsed.data;
      if (input.website) return errorResponse(422, 'validation_failed', 'The booking could not be accepted.');
      const topic = TOPICS.find((t) => t.id === input.topic);
      if (!topic) return validationError({ topic: 'not_allowed' });
      const fields: FieldErrors = {};
      if (!topic.languages.includes(input.language)) fields.language = 'not_allowed';
      const start = isoInstant(Date.parse(input.start));
      const slot = freeSlots(topic, Date.parse(start), Date.parse(start) + 1, new Set()).find((s) => s.start === start);
      if (!slot) fields.start = 'not_allowed';
      if (Object.keys(fields).length > 0 || !slot) return validationError(fields);
      const address = input.email.trim().toLowerCase();
      const open = [...bookings.values()].filter((b) => b.address === address && isOpen(b));
      if (open.length >= MOCK_MAX_OPEN_PER_ADDRESS) return validationError({ email: 'too_many_open' });
      if (taken().has(start) || (scenario === 'conflict' && !conflictPlayed)) {
        conflictPlayed = true;
        lost.add(start);
        return errorResponse(409, 'conflict', 'This slot has just been booked by someone else; please choose another.');
      }
      const id = randomBase64url(16);
      const holdExpiresAt = Date.now() + MOCK_HOLD_MINUTES * 60_000;
      const cancelToken = randomBase64url(32);
      // The confirm token would go by mail; the mock keeps it to itself, as the server does.
      bookings.set(id, {
        id,
        token: cancelToken,
        mailToken: randomBase64url(32),
        topic,
        start: slot.start,
        end: slot.end,
        language: input.language,
        cancelled: false,
        holdExpiresAt,
        address,
      });
      return HttpResponse.json(
        checked(HeldBooking, {
          id,
          topic: topic.id,
          start: slot.start,
          end: slot.end,
          status: 'held',
          holdExpiresAt: isoInstant(holdExpiresAt),
          language: input.language,
          cancelToken,
        }),
        { status: 201 },
      );
    }),

    http.post('*/api/v1/appointments/:id/confirm', async ({ request, params }) => {
      const special = await scenarioResponse(scenario);
      if (special) return special;
      let data: unknown;
      try {
        data = await request.json();
      } catch {
        return errorResponse(400, 'malformed_json', 'The body is not valid JSON.');
      }
      const parsed = z.safeParse(BookingConfirmRequest, data);
      if (!parsed.success) return validationError(fieldErrorsFromIssues(parsed.error.issues, data));
      const booking = bookings.get(String(params.id));
      if (!booking || (booking.mailToken ?? booking.token) !== parsed.data.token) return invalidToken();
      if (booking.cancelled) return errorResponse(409, 'already-cancelled', 'This appointment was cancelled.');
      if (booking.holdExpiresAt !== undefined) {
        if (booking.holdExpiresAt <= Date.now()) {
          return errorResponse(
            410,
            'hold_expired',
            'The time to confirm this booking has run out and the slot was released; please book again.',
          );
        }
        booking.holdExpiresAt = undefined;
      }
      return HttpResponse.json(detailsOf(booking, request));
    }),

    http.delete('*/api/v1/appointments/:id', async ({ request, params }) => {
      const special = await scenarioResponse(scenario);
      if (special) return special;
      const id = String(params.id);
      const booking = BOOKING_ID_PATTERN.test(id) ? byCredentials(request, id) : undefined;
      if (!booking) return invalidToken();
      if (booking.cancelled) return errorResponse(409, 'already-cancelled', 'This appointment was already cancelled.');
      booking.cancelled = true;
      return HttpResponse.json(checked(BookingCancelled, { id: booking.id, status: 'cancelled' }));
    }),

    http.get('*/api/v1/appointments/:id', async ({ request, params }) => {
      const special = await scenarioResponse(scenario);
      if (special) return special;
      const id = String(params.id);
      const booking = BOOKING_ID_PATTERN.test(id) ? byCredentials(request, id) : undefined;
      if (!booking) return invalidToken();
      return HttpResponse.json(detailsOf(booking, request));
    }),

    http.get('*/api/v1/appointments/:id/ics', async ({ request, params }) => {
      const special = await scenarioResponse(scenario);
      if (special) return special;
      const booking = byCredentials(request, String(params.id));
      if (!booking) return invalidToken();
      return new HttpResponse(calendarFile(booking, new URL(request.url).origin), {
        status: 200,
        headers: {
          'content-type': 'text/calendar; charset=utf-8',
          'content-disposition': 'attachment; filename="beratung.ics"',
        },
      });
    }),
  ];
}

function randomBase64url(bytes: number): string {
  const values = crypto.getRandomValues(new Uint8Array(bytes));
  return btoa(String.fromCharCode(...values))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

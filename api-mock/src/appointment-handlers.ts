import { toSupportedLocale } from '@welcome-widgets/core';
import { BERLIN, isoInstant, timeOf, zonedDate, zonedToUtc } from '@welcome-widgets/core/time';
import {
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
  type AppointmentTopicId,
  type FieldErrors,
  type SupportedLocale,
} from '@welcome-widgets/core/contracts';
import { HttpResponse, http, type HttpHandler } from 'msw';
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

type Titles = Record<SupportedLocale, string>;
interface MockTopic {
  id: AppointmentTopicId;
  durationMinutes: number;
  languages: string[];
  title: Titles;
}

/** As the shipped content of the server (titles only; a server test keeps ids, durations and languages in step). */
const TOPICS: MockTopic[] = [
  {
    id: 'employers',
    durationMinutes: 60,
    languages: ['de', 'en'],
    title: {
      de: 'Fachkräfte aus dem Ausland einstellen',
      en: 'Hiring skilled workers from abroad',
      uk: 'Найм фахівців з-за кордону',
      ru: 'Найм специалистов из-за рубежа',
      ar: 'توظيف عمالة ماهرة من الخارج',
      es: 'Contratar personal cualificado del extranjero',
      vi: 'Tuyển dụng lao động có tay nghề từ nước ngoài',
    },
  },
  {
    id: 'work-visa',
    durationMinutes: 45,
    languages: ['de', 'en', 'ru', 'es', 'vi'],
    title: {
      de: 'Visum und Aufenthaltstitel zum Arbeiten',
      en: 'Visa and residence permit for work',
      uk: 'Віза та дозвіл на проживання для роботи',
      ru: 'Виза и вид на жительство для работы',
      ar: 'التأشيرة وتصريح الإقامة للعمل',
      es: 'Visado y permiso de residencia para trabajar',
      vi: 'Thị thực và giấy phép cư trú để làm việc',
    },
  },
  {
    id: 'recognition',
    durationMinutes: 45,
    languages: ['de', 'en', 'uk', 'ru', 'ar', 'fr'],
    title: {
      de: 'Anerkennung ausländischer Berufsabschlüsse',
      en: 'Recognition of foreign qualifications',
      uk: 'Визнання іноземних професійних кваліфікацій',
      ru: 'Признание иностранных профессиональных дипломов',
      ar: 'الاعتراف بالمؤهلات المهنية الأجنبية',
      es: 'Reconocimiento de títulos extranjeros',
      vi: 'Công nhận bằng cấp nghề nghiệp nước ngoài',
    },
  },
  {
    id: 'opportunity-card',
    durationMinutes: 30,
    languages: ['de', 'en', 'es', 'vi', 'ar'],
    title: {
      de: 'Chancenkarte',
      en: 'Opportunity Card',
      uk: 'Карта можливостей (Chancenkarte)',
      ru: 'Карта возможностей (Chancenkarte)',
      ar: 'بطاقة الفرص (Chancenkarte)',
      es: 'Tarjeta de oportunidades (Chancenkarte)',
      vi: 'Thẻ cơ hội (Chancenkarte)',
    },
  },
  {
    id: 'family-reunification',
    durationMinutes: 45,
    languages: ['de', 'en', 'ar', 'uk', 'ru', 'fr'],
    title: {
      de: 'Familiennachzug',
      en: 'Family reunification',
      uk: 'Возз’єднання родини',
      ru: 'Воссоединение семьи',
      ar: 'لمّ شمل الأسرة',
      es: 'Reagrupación familiar',
      vi: 'Đoàn tụ gia đình',
    },
  },
];
export const MOCK_APPOINTMENT_TOPICS: readonly Omit<MockTopic, 'title'>[] = TOPICS.map(
  ({ id, durationMinutes, languages }) => ({ id, durationMinutes, languages }),
);

/**
 * Slots like the server's, relative to today: weekdays 09:00–12:00 and, Tuesday and Thursday,
 * 13:00–16:00 Berlin time, stepping by duration + 15 minutes, from 24 hours to 8 weeks ahead;
 * every fourth one taken, so days look used.
 */
function generateSlots(topic: MockTopic, taken: ReadonlySet<string>, now = Date.now()): AppointmentSlot[] {
  const slots: AppointmentSlot[] = [];
  const earliest = now + 24 * HOUR_MS;
  const latest = now + 8 * 7 * DAY_MS;
  const step = topic.durationMinutes + 15;
  let index = 0;
  for (let day = now; day <= latest + DAY_MS; day += DAY_MS) {
    const date = zonedDate(new Date(day), BERLIN);
    const weekday = new Date(`${date}T12:00:00Z`).getUTCDay();
    if (weekday === 0 || weekday === 6) continue;
    const windows: Array<[number, number]> = [[9 * 60, 12 * 60]];
    if (weekday === 2 || weekday === 4) windows.push([13 * 60, 16 * 60]);
    for (const [open, close] of windows) {
      for (let minute = open; minute + topic.durationMinutes <= close; minute += step) {
        const start = zonedToUtc(date, timeOf(minute), BERLIN)!.getTime();
        index += 1;
        if (start < earliest || start > latest || index % 4 === 0 || taken.has(isoInstant(start))) continue;
        slots.push({ start: isoInstant(start), end: isoInstant(start + topic.durationMinutes * 60_000) });
      }
    }
  }
  return slots;
}

const errorResponse = (status: number, code: string, message: string) =>
  HttpResponse.json({ error: { code, message }, requestId: `mock-${status}` }, { status });

function rangeBound(value: string | null, end: boolean): number | undefined {
  if (!value) return undefined;
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return zonedToUtc(value, '00:00', BERLIN)!.getTime() + (end ? DAY_MS : 0);
  return ISO_INSTANT.test(value) ? Date.parse(value) : undefined;
}

function calendarFile(booking: {
  id: string;
  start: string;
  end: string;
  title: string;
  cancelled: boolean;
  held: boolean;
}): string {
  const stamp = (value: string) => value.replace(/[-:]/g, '').replace(/\.\d{3}/, '');
  return [
    'BEGIN:VCALENDAR',
    'PRODID:-//Landkreis Mittelsachsen//Welcome widgets mock//DE',
    'VERSION:2.0',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${booking.id}@mock.welcome.example`,
    `DTSTAMP:${stamp(isoInstant(Date.now()))}`,
    `DTSTART:${stamp(booking.start)}`,
    `DTEND:${stamp(booking.end)}`,
    `SEQUENCE:${booking.cancelled ? 1 : 0}`,
    `STATUS:${booking.cancelled ? 'CANCELLED' : booking.held ? 'TENTATIVE' : 'CONFIRMED'}`,
    `SUMMARY:Beratung: ${booking.title.replace(/[\\;,]/g, (c) => `\\${c}`)}`,
    'END:VEVENT',
    'END:VCALENDAR',
    '',
  ].join('\r\n');
}

interface StoredBooking {
  id: string;
  /** The cancel token of the booking's answer (cancels, reads, downloads). */
  token: string;
  /** The hold mail's token, the only one that confirms; the known bookings use `token` for both. */
  mailToken?: string;
  topic: MockTopic;
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
  const known = TOPICS[2]!;
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
      const slots = generateSlots(topic, taken()).filter((slot) => {
        const start = Date.parse(slot.start);
        return start >= from && start < to;
      });
      return HttpResponse.json(checked(AppointmentSlotsResponse, { slots, timeZone: BERLIN }));
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
      const slot = generateSlots(topic, new Set()).find((s) => s.start === start);
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
      const held = booking.holdExpiresAt !== undefined;
      return new HttpResponse(calendarFile({ ...booking, held, title: booking.topic.title[SOURCE_LOCALE] }), {
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

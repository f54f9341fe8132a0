import * as z from 'zod/mini';
import { EMAIL_MAX_LENGTH } from './newsletter.js';
import { SUPPORTED_LOCALES } from './locales.js';

/**
 * Consultation topic ids are public: the quickcheck hands them over as `?topic=` and partners may
 * fix one with the `topic` attribute. The county edits titles, durations, languages and consultants.
 */
export const APPOINTMENT_TOPIC_IDS = [
  'employers',
  'work-visa',
  'recognition',
  'opportunity-card',
  'family-reunification',
] as const;
export type AppointmentTopicId = (typeof APPOINTMENT_TOPIC_IDS)[number];

/** Version of the booking consent text the widget shows; stored with every booking as proof. */
export const APPOINTMENT_CONSENT_VERSION = 'appointment-consent-2026-12';
/**
 * Every version the server accepts: 2026-11 said "deleted after the appointment"; 2026-12 names
 * the retention period ("N days after the appointment"), as the server purges. A page that still
 * runs the older widget keeps working and its bookings record the text it showed.
 */
export const APPOINTMENT_CONSENT_VERSIONS = ['appointment-consent-2026-11', APPOINTMENT_CONSENT_VERSION] as const;

/** An instant on the wire: ISO 8601 in UTC, e.g. 2026-03-31T07:00:00Z (seconds and milliseconds optional). */
export const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?Z$/;
const instant = z.string().check(z.regex(ISO_INSTANT));

/** A talk can be held in languages beyond the seven of the UI (e.g. French): ISO 639 codes. */
const talkLanguage = z.string().check(z.regex(/^[a-z]{2,3}$/));

export const AppointmentTopic = z.object({
  id: z.string(),
  title: z.string(),
  description: z.optional(z.string()),
  durationMinutes: z.number(),
  languages: z.array(talkLanguage),
});
export type AppointmentTopic = z.infer<typeof AppointmentTopic>;

export const AppointmentTopicsResponse = z.object({
  topics: z.array(AppointmentTopic),
  /**
   * Bookings (name, address, message) are deleted this many days after the appointment, for the
   * consent text. Optional: older servers do not send it.
   */
  retentionDays: z.optional(z.int().check(z.minimum(1))),
});
export type AppointmentTopicsResponse = z.infer<typeof AppointmentTopicsResponse>;

export const AppointmentSlot = z.object({ start: instant, end: instant });
export type AppointmentSlot = z.infer<typeof AppointmentSlot>;

export const AppointmentSlotsResponse = z.object({
  slots: z.array(AppointmentSlot),
  /** The consultants' zone, for "Berlin time" beside the viewer's. */
  timeZone: z.string(),
});
export type AppointmentSlotsResponse = z.infer<typeof AppointmentSlotsResponse>;

export const NAME_MAX_LENGTH = 200;
export const MESSAGE_MAX_LENGTH = 2000;

export const BookingRequest = z.object({
  topic: z.string().check(z.minLength(1), z.maxLength(64)),
  start: instant,
  name: z.string().check(z.trim(), z.minLength(1), z.maxLength(NAME_MAX_LENGTH)),
  email: z.string().check(z.trim(), z.maxLength(EMAIL_MAX_LENGTH), z.email()),
  /** Language of the talk; one of the topic's languages. */
  language: talkLanguage,
  message: z.optional(z.string().check(z.maxLength(MESSAGE_MAX_LENGTH))),
  consent: z.literal(true),
  consentVersion: z.optional(z.enum(APPOINTMENT_CONSENT_VERSIONS)),
  /** The booker's IANA time zone, for the times in the mail (default: Europe/Berlin). */
  timeZone: z.optional(z.string().check(z.maxLength(64))),
  /** Language of the mails; defaults to the talk's language when it is one of the seven, else English. */
  mailLanguage: z.optional(z.enum(SUPPORTED_LOCALES)),
  /** Honeypot: people never see this field; bots fill it in. */
  website: z.optional(z.string().check(z.maxLength(500))),
  page: z.optional(z.string().check(z.maxLength(2000))),
  widgetVersion: z.optional(z.string().check(z.maxLength(40))),
});
export type BookingRequest = z.infer<typeof BookingRequest>;

export const Booking = z.object({
  id: z.string(),
  topic: z.string(),
  start: instant,
  end: instant,
  cancelToken: z.string(),
  language: z.optional(talkLanguage),
  /** Link to the video consultation. */
  videoUrl: z.optional(z.string()),
});
export type Booking = z.infer<typeof Booking>;

export const BookingCancelled = z.object({ id: z.string(), status: z.literal('cancelled') });
export type BookingCancelled = z.infer<typeof BookingCancelled>;

/**
 * One booking as its cancel token opens it (`GET /api/v1/appointments/{id}?token=`), for the room
 * and cancel views: what and when, never who (no name, no address).
 */
export const BookingDetails = z.object({
  id: z.string(),
  /** The topic id; titles come from the topics list in the viewer's language. */
  topic: z.string(),
  start: instant,
  end: instant,
  status: z.enum(['booked', 'cancelled']),
  /** Language of the talk. */
  language: z.optional(talkLanguage),
  /** The consultant's video room (VIDEO_ROOM_URL); absent once the booking is cancelled. */
  videoUrl: z.optional(z.string()),
});
export type BookingDetails = z.infer<typeof BookingDetails>;

/** Booking ids and cancel tokens are random base64url strings. */
export const BOOKING_ID_PATTERN = /^[A-Za-z0-9_-]{22}$/;

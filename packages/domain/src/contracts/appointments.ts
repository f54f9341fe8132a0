import * as z from 'zod/mini';
import { EMAIL_MAX_LENGTH } from './newsletter-values.js';
import { SUPPORTED_LOCALES } from './locales.js';
import { multiLineText, singleLineText } from './plain-text.js';
import {
  APPOINTMENT_CONSENT_VERSIONS,
  ISO_INSTANT,
  MESSAGE_MAX_LENGTH,
  NAME_MAX_LENGTH,
} from './appointment-values.js';

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
  /** Minutes a booking is held for the link in its mail (APPOINTMENT_HOLD_MINUTES). Optional: older servers. */
  holdMinutes: z.optional(z.int().check(z.minimum(1))),
  /** Open bookings one address may have (APPOINTMENT_MAX_OPEN_PER_ADDRESS), for "already has 2". Optional: older servers. */
  maxOpenPerAddress: z.optional(z.int().check(z.minimum(1))),
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

export const BookingRequest = z.object({
  topic: z.string().check(z.minLength(1), z.maxLength(64)),
  start: instant,
  /** One line: no control characters at all (a line break pasted at either end is trimmed away). */
  name: z.string().check(z.trim(), z.minLength(1), z.maxLength(NAME_MAX_LENGTH), singleLineText()),
  email: z.string().check(z.trim(), z.maxLength(EMAIL_MAX_LENGTH), z.email()),
  /** Language of the talk; one of the topic's languages. */
  language: talkLanguage,
  /** Several lines: LF and TAB allowed, CR LF stored as LF, every other control character refused. */
  message: z.optional(z.string().check(...multiLineText(), z.maxLength(MESSAGE_MAX_LENGTH))),
  consent: z.literal(true),
  consentVersion: z.optional(z.enum(APPOINTMENT_CONSENT_VERSIONS)),
  /** The booker's IANA time zone, for the times in the mail (default: Europe/Berlin). */
  timeZone: z.optional(z.string().check(z.maxLength(64))),
  /** Language of the mails; defaults to the talk's language when it is one of the seven, else English. */
  mailLanguage: z.optional(z.enum(SUPPORTED_LOCALES)),
  /**
   * Honeypot: people never see this field; bots fill it in. Any value is refused without a reason and
   * never stored, so it gets no text check (a field code would tell the bot which field gave it away).
   */
  website: z.optional(z.string().check(z.maxLength(500))),
  /** Stored as proof of consent, like `widgetVersion`: one line each, as a browser's address always is. */
  page: z.optional(z.string().check(z.maxLength(2000), singleLineText())),
  widgetVersion: z.optional(z.string().check(z.maxLength(40), singleLineText())),
});
export type BookingRequest = z.infer<typeof BookingRequest>;

/**
 * `POST /api/v1/appointments` answers 201 with this: the slot is held for the person until they
 * confirm with the link in the mail (`POST /api/v1/appointments/{id}/confirm`), else released at
 * `holdExpiresAt`. The cancel token cancels, reads and downloads (a tentative calendar file while
 * held) but cannot confirm: only the token in the mail's link does.
 */
export const HeldBooking = z.object({
  id: z.string(),
  topic: z.string(),
  start: instant,
  end: instant,
  status: z.literal('held'),
  /** When the hold lapses and the slot is offered again, unless confirmed before. */
  holdExpiresAt: instant,
  language: z.optional(talkLanguage),
  cancelToken: z.string(),
});
export type HeldBooking = z.infer<typeof HeldBooking>;

/** Body of `POST /api/v1/appointments/{id}/confirm`: the token from the link in the hold mail. */
export const BookingConfirmRequest = z.object({ token: z.string().check(z.maxLength(100)) });
export type BookingConfirmRequest = z.infer<typeof BookingConfirmRequest>;

export const BookingCancelled = z.object({ id: z.string(), status: z.literal('cancelled') });
export type BookingCancelled = z.infer<typeof BookingCancelled>;

/**
 * One booking as its token opens it (`GET /api/v1/appointments/{id}?token=`, and the answer of
 * confirming it), for the confirmed, room and cancel views: what and when, never who (no name,
 * no address).
 */
export const BookingDetails = z.object({
  id: z.string(),
  /** The topic id; titles come from the topics list in the viewer's language. */
  topic: z.string(),
  start: instant,
  end: instant,
  /** `held`: not yet confirmed with the link in the mail; `booked`: confirmed. */
  status: z.enum(['held', 'booked', 'cancelled']),
  /** While `held`: when the hold lapses (it may lie in the past: the slot is free again). */
  holdExpiresAt: z.optional(instant),
  /** Language of the talk. */
  language: z.optional(talkLanguage),
  /** The consultant's video room (VIDEO_ROOM_URL); only while `booked`. */
  videoUrl: z.optional(z.string()),
});
export type BookingDetails = z.infer<typeof BookingDetails>;

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
  TOKEN_PATTERN,
  TokenQuery,
  toSupportedLocale,
  type FieldErrors,
} from '@welcome-widgets/domain';
import { Hono, type MiddlewareHandler } from 'hono';
import * as z from 'zod/mini';
import { HttpError, validationFailed } from '../http/api-error.js';
import type { Logger } from '../http/logger.js';
import { PrebuiltAnswers, servePrebuiltJson } from '../http/prebuilt-answer.js';
import type { ApiDocs } from '../openapi/api-docs.js';
import { ApiRoutes } from '../openapi/api-routes.js';
import type { AppointmentService } from './appointment-service.js';
import { ICS_FILENAME } from './appointment-mails.js';
import { addDays, isoInstant, zonedToUtc } from '@welcome-widgets/domain/time';

const TAG = 'Appointments';
const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** A slot list covers at most about three months per request. */
export const MAX_SLOT_RANGE_DAYS = 93;
/** A booking is a small form; bodies up to this size get field errors (a 10 kB name: 422), larger 413. */
const MAX_BOOKING_BYTES = 32 * 1024;
/** `{ "token": "…" }`. */
const MAX_CONFIRM_BYTES = 1024;

const dateOrInstant = z.string().check(
  z.maxLength(40),
  z.refine((value) => DATE.test(value) || ISO_INSTANT.test(value)),
);

export const TopicsQuery = z.object({
  /** BCP 47 tag; `de-AT` → `de`, unknown languages → `en`, none → `de`. */
  lang: z.optional(z.string().check(z.maxLength(35))),
});

export const SlotsQuery = z.object({
  topic: z.string().check(z.minLength(1), z.maxLength(64)),
  /** An instant (`2026-03-30T00:00:00Z`, inclusive) or a date (`2026-03-30`: from its start in Europe/Berlin). */
  from: dateOrInstant,
  /** An instant (exclusive) or a date (inclusive: up to the end of that day in Europe/Berlin). At most 93 days after `from`. */
  to: dateOrInstant,
});

const BookingPath = z.object({ id: z.string().check(z.regex(BOOKING_ID_PATTERN)) });

/** A forged id or token of the wrong shape gets the same answer as an unknown one, before storage is asked. */
const invalidToken = () => new HttpError(404, 'token_invalid', 'This link is invalid or the booking no longer exists.');

export function appointmentRoutes(options: {
  service: AppointmentService;
  docs: ApiDocs;
  logger: Logger;
  bookingLimit: MiddlewareHandler;
}): Hono {
  const { service, docs, logger } = options;
  const app = new Hono();
  const routes = new ApiRoutes(app, docs, '/api/v1/appointments');
  // One prebuilt answer per language, rebuilt when staff edit the content (its version).
  const topicAnswers = new PrebuiltAnswers();

  routes.add(
    {
      method: 'get',
      path: '/api/v1/appointments/topics',
      operationId: 'listAppointmentTopics',
      tag: TAG,
      security: 'public',
      summary:
        'Consultation topics with duration and the languages a talk can be held in; `retentionDays`: bookings are deleted that many days after the appointment (APPOINTMENT_RETENTION_DAYS), for the consent text; `holdMinutes` and `maxOpenPerAddress`: how long a booking waits for its confirm link and how many open bookings one address may have.',
      query: TopicsQuery,
      responses: {
        200: { description: 'Topics, titles in `lang`', schema: AppointmentTopicsResponse },
        422: { description: '`lang` longer than 35 characters' },
      },
    },
    (c, { query }) => {
      const language = toSupportedLocale(query.lang);
      // The build runs after the version is read, so its content is at least as new as its key.
      return servePrebuiltJson(
        c,
        topicAnswers,
        { key: language, version: () => service.contentVersion, cacheControl: 'public, max-age=300', replay: true },
        async () =>
          ({
            topics: service.topics(await service.content(), language),
            retentionDays: service.retentionDays,
            holdMinutes: service.holdMinutes,
            maxOpenPerAddress: service.maxOpenPerAddress,
          }) satisfies AppointmentTopicsResponse,
      );
    },
  );

  routes.add(
    {
      method: 'get',
      path: '/api/v1/appointments/slots',
      operationId: 'listAppointmentSlots',
      tag: TAG,
      security: 'public',
      summary: 'Free slots of a topic in [from, to), as UTC instants; at most 93 days per request.',
      query: SlotsQuery,
      responses: {
        200: { description: 'Free slots, ascending', schema: AppointmentSlotsResponse },
        422: { description: 'Unknown topic, or from/to missing, malformed, reversed or too far apart' },
      },
    },
    async (c, { query }) => {
      const content = await service.content();
      const topic = service.topic(content, query.topic);
      if (!topic) throw validationFailed({ topic: 'not_allowed' });
      const timeZone = service.timeZoneOf(content, topic);
      const from = rangeBound(query.from, timeZone, 'from');
      const to = rangeBound(query.to, timeZone, 'to');
      const fields: FieldErrors = {};
      if (!from) fields.from = 'invalid';
      if (!to) fields.to = 'invalid';
      if (from && to && to.getTime() <= from.getTime()) fields.to = 'invalid';
      if (from && to && to.getTime() - from.getTime() > MAX_SLOT_RANGE_DAYS * 86_400_000) fields.to = 'not_allowed';
      if (Object.keys(fields).length > 0 || !from || !to) throw validationFailed(fields);

      const slots = await service.slots(content, topic, from, to);
      return c.json({
        slots: slots.map((slot) => ({ start: isoInstant(slot.start), end: isoInstant(slot.end) })),
        timeZone,
      } satisfies AppointmentSlotsResponse);
    },
  );

  routes.add(
    {
      method: 'post',
      path: '/api/v1/appointments',
      operationId: 'bookAppointment',
      tag: TAG,
      security: 'public',
      summary:
        'Book a slot: it is held (shown as taken) and a mail with a confirm link goes to the address; unless confirmed within APPOINTMENT_HOLD_MINUTES the slot is released. The answer’s cancel token cancels and reads the booking; only the token in the mail confirms it.',
      body: { json: BookingRequest, maxBytes: MAX_BOOKING_BYTES },
      middleware: [options.bookingLimit],
      responses: {
        201: {
          description: 'Booked and held until `holdExpiresAt`; the hold mail with the confirm link is on its way',
          schema: HeldBooking,
        },
        400: { description: 'Malformed JSON' },
        409: { description: 'The slot is no longer free (code `conflict`)' },
        413: { description: 'Body too large' },
        415: { description: 'Not application/json' },
        422: {
          description:
            'Field errors: topic, start (not a slot: off the grid, past, outside the horizon, holiday), language (not offered for the topic), timeZone, name, email (`too_many_open`: the address already has APPOINTMENT_MAX_OPEN_PER_ADDRESS open bookings), consent',
        },
        429: {
          description:
            'Too many requests (code `rate_limited`), or the address already got the day’s maximum of mails (code `mail_limit`); Retry-After in seconds',
        },
      },
    },
    async (c, { body: input }) => {
      if (input.website) {
        // A bot filled the honeypot: refuse without saying why; nothing is stored or sent.
        logger.info('booking honeypot triggered');
        throw new HttpError(422, 'validation_failed', 'The booking could not be accepted.');
      }
      const outcome = await service.book(input, { origin: c.req.header('origin') ?? null });
      if (outcome.kind === 'invalid') throw validationFailed(outcome.fields);
      if (outcome.kind === 'conflict') {
        throw new HttpError(409, 'conflict', 'This slot has just been booked by someone else; please choose another.');
      }
      if (outcome.kind === 'mail-limit') {
        throw new HttpError(
          429,
          'mail_limit',
          'This address has received the maximum number of mails for today; please try again later.',
          undefined,
          { 'Retry-After': String(outcome.retryAfterSeconds) },
        );
      }
      return c.json(outcome.booking satisfies HeldBooking, 201);
    },
  );

  routes.add(
    {
      method: 'post',
      path: '/api/v1/appointments/{id}/confirm',
      operationId: 'confirmAppointment',
      tag: TAG,
      security: 'public',
      summary:
        'Confirm a held booking with the token from the link in the hold mail; mails the confirmation (calendar file, room and cancel links) once. Repeating it answers the same and mails nothing.',
      params: BookingPath,
      body: { json: BookingConfirmRequest, maxBytes: MAX_CONFIRM_BYTES },
      rejectInvalid: { params: invalidToken },
      responses: {
        200: { description: 'Confirmed (`status: booked`)', schema: BookingDetails },
        404: {
          description:
            'Unknown booking, or not the token of the hold mail (the cancel token does not confirm; code `token_invalid`)',
        },
        409: { description: 'The booking was cancelled (code `already-cancelled`)' },
        410: { description: 'The hold lapsed and the slot was released (code `hold_expired`)' },
      },
    },
    async (c, { params: { id }, body: { token } }) => {
      if (!TOKEN_PATTERN.test(token)) throw invalidToken();
      const outcome = await service.confirm(id, token);
      if (outcome.kind === 'unknown') throw invalidToken();
      if (outcome.kind === 'cancelled') {
        throw new HttpError(409, 'already-cancelled', 'This appointment was cancelled.');
      }
      if (outcome.kind === 'expired') {
        throw new HttpError(
          410,
          'hold_expired',
          'The time to confirm this booking has run out and the slot was released; please book again.',
        );
      }
      return c.json(outcome.details satisfies BookingDetails);
    },
  );

  routes.add(
    {
      method: 'get',
      path: '/api/v1/appointments/{id}',
      operationId: 'getAppointment',
      tag: TAG,
      security: 'public',
      summary:
        'One booking, opened with its token (the confirm, room and cancel links in the mails): topic, time, state (`held` with `holdExpiresAt` until confirmed) and, once booked, the video room. No name or address.',
      params: BookingPath,
      query: TokenQuery,
      rejectInvalid: { params: invalidToken, query: invalidToken },
      responses: {
        200: { description: 'The booking; `videoUrl` only while `status` is `booked`', schema: BookingDetails },
        404: { description: 'Unknown booking or wrong token (code `token_invalid`)' },
      },
    },
    async (c, { params: { id }, query: { token } }) => {
      const details = await service.details(id, token);
      if (!details) throw invalidToken();
      return c.json(details satisfies BookingDetails);
    },
  );

  routes.add(
    {
      method: 'delete',
      path: '/api/v1/appointments/{id}',
      operationId: 'cancelAppointment',
      tag: TAG,
      security: 'public',
      summary:
        'Cancel with the token from the mails; the slot is free again and, for a confirmed booking, the cancellation is mailed (a hold that was never confirmed is released without a mail).',
      params: BookingPath,
      query: TokenQuery,
      rejectInvalid: { params: invalidToken, query: invalidToken },
      responses: {
        200: {
          description: 'Cancelled; for a confirmed booking the cancellation mail is on its way',
          schema: BookingCancelled,
        },
        404: { description: 'Unknown booking or wrong token (code `token_invalid`)' },
        409: {
          description:
            'Code `already-cancelled`: the booking was cancelled before (nothing is changed or mailed again); code `conflict`: the appointment has already begun',
        },
      },
    },
    async (c, { params: { id }, query: { token } }) => {
      const outcome = await service.cancel(id, token);
      if (outcome === 'unknown') throw invalidToken();
      if (outcome === 'already-cancelled') {
        throw new HttpError(409, 'already-cancelled', 'This appointment was already cancelled.');
      }
      if (outcome === 'started') throw new HttpError(409, 'conflict', 'The appointment has already begun.');
      return c.json({ id, status: 'cancelled' as const } satisfies BookingCancelled);
    },
  );

  routes.add(
    {
      method: 'get',
      path: '/api/v1/appointments/{id}/ics',
      operationId: 'getAppointmentCalendarFile',
      tag: TAG,
      security: 'public',
      summary:
        'The calendar file (iCalendar, METHOD:PUBLISH): STATUS:TENTATIVE while the booking is held, CONFIRMED once the mail’s link confirmed it, CANCELLED after cancelling; the UID stays, so a calendar updates the one event.',
      params: BookingPath,
      query: TokenQuery,
      rejectInvalid: { params: invalidToken, query: invalidToken },
      responses: {
        200: { description: 'text/calendar attachment beratung.ics', contentType: 'text/calendar' },
        404: { description: 'Unknown booking or wrong token (code `token_invalid`)' },
      },
    },
    async (c, { params: { id }, query: { token } }) => {
      const ics = await service.ics(id, token);
      if (!ics) throw invalidToken();
      return c.body(ics, 200, {
        'Content-Type': 'text/calendar; charset=utf-8',
        'Content-Disposition': `attachment; filename="${ICS_FILENAME}"`,
      });
    },
  );

  return app;
}

/** A date means a whole day in the consultants' zone: `from` its start, `to` its end. */
function rangeBound(value: string, timeZone: string, bound: 'from' | 'to'): Date | undefined {
  if (DATE.test(value)) {
    const day = new Date(`${value}T00:00:00Z`);
    if (Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== value) return undefined;
    return zonedToUtc(bound === 'from' ? value : addDays(value, 1), '00:00', timeZone);
  }
  const instant = new Date(value);
  return Number.isNaN(instant.getTime()) ? undefined : instant;
}

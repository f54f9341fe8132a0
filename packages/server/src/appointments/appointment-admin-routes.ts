import {
  AppointmentAdminContent,
  CalendarFeed,
  CalendarFeedState,
  ConsultantCreate,
  ConsultantUpdate,
  SettingsUpdate,
  StaffBooking,
  StaffBookingList,
  StaffBookingsQuery,
  StaffCancelRequest,
  TopicUpdate,
  type FieldErrors,
} from '@welcome-widgets/domain';
import { BERLIN, addDays, zonedDate, zonedToUtc } from '@welcome-widgets/domain/time';
import { AppointmentContent } from '@welcome-widgets/domain/appointments';
import { Hono, type Context } from 'hono';
import type { Kysely } from 'kysely';
import type { Database } from '../storage/schema.js';
import * as z from 'zod/mini';
import { HttpError, validationFailed } from '../http/api-error.js';
import { fieldErrorsOf } from '../http/field-errors.js';
import type { ApiDocs } from '../openapi/api-docs.js';
import { ApiRoutes } from '../openapi/api-routes.js';
import { recordAudit } from '../staff/audit-log.js';
import type { StaffAccess } from '../staff/staff-access.js';
import { roleOf, staffActor } from '../staff/staff-actor.js';
import { writeContent, type AppointmentContentStore } from './appointment-content-store.js';
import type { AppointmentService } from './appointment-service.js';
import { bookingsBetween, staffBookingOf, type CalendarFeeds } from './consultant-calendar.js';

const TAG = 'Appointments (admin)';
const IdParam = z.object({ id: z.string().check(z.maxLength(64)) });
const BookingIdParam = z.object({ id: z.string().check(z.maxLength(64)) });
const MAX_CANCEL_BYTES = 8 * 1024;
const MAX_BODY_BYTES = 64 * 1024;
const notFound = (what: string) => new HttpError(404, 'not_found', `No ${what} with this id.`);

/**
 * Editing the appointments content (ADR 0018, "Consultants' calendars"): editors and admins edit
 * everything; a consultant only their own weekly hours and absences. Each change is checked as a
 * whole content by the domain's schema, stored, audited with before and after, and bumps the
 * `appointments` version in one transaction.
 */
export function appointmentAdminRoutes(options: {
  store: AppointmentContentStore;
  service: AppointmentService;
  feeds: CalendarFeeds;
  db: Kysely<Database>;
  docs: ApiDocs;
  staff: StaffAccess;
  now?: () => Date;
}): Hono {
  const { store, docs } = options;
  const now = options.now ?? (() => new Date());
  const app = new Hono();
  const routes = new ApiRoutes(app, docs, '/api/v1/admin/appointments', {
    staff: (roles) => options.staff.guard(roles),
  });

  const answer = async () => adminContent(await store.current(), store.version);

  /** Applies `change` to the stored content; 422 with each bad field's path when the result is invalid. */
  const edit = async (
    c: Context,
    action: string,
    target: string,
    change: (content: AppointmentContent) => { before: unknown; next: unknown },
  ) => {
    await store.edit(async (trx, content) => {
      const { before, next } = change(content);
      const parsed = AppointmentContent.safeParse(next);
      if (!parsed.success) throw validationFailed(fieldErrorsAt(parsed.error.issues, target));
      await writeContent(trx, parsed.data, now());
      await recordAudit(trx, staffActor(c), now(), { action, target, before, after: afterOf(parsed.data, target) });
    });
    return c.json(await answer());
  };

  routes.add(
    {
      method: 'get',
      path: '/api/v1/admin/appointments/content',
      operationId: 'getAppointmentContent',
      tag: TAG,
      security: 'staff',
      roles: ['admin', 'editor', 'consultant'],
      summary:
        'The appointments content as stored: settings, closing days, consultants with hours and absences, topics.',
      responses: { 200: { description: 'The content and its version', schema: AppointmentAdminContent } },
    },
    async (c) => c.json(await answer()),
  );

  routes.add(
    {
      method: 'put',
      path: '/api/v1/admin/appointments/consultants/{id}',
      operationId: 'updateAppointmentConsultant',
      tag: TAG,
      security: 'staff',
      roles: ['admin', 'editor', 'consultant'],
      summary:
        'Changes a consultant: name, time zone, weekly hours (`rules`), absences. Fields left out stay. A consultant may change only their own `rules` and `absences`. Slots follow at once on this instance, within seconds on the others.',
      params: IdParam,
      body: { json: ConsultantUpdate, maxBytes: MAX_BODY_BYTES },
      responses: {
        200: { description: 'Changed; the whole content', schema: AppointmentAdminContent },
        403: { description: "Another consultant's calendar, or a consultant changing name or time zone" },
        404: { description: 'No consultant with this id' },
        422: { description: 'Field errors by path (`rules.0.from`, `absences.1.to`…); nothing changed' },
      },
    },
    async (c, { params: { id }, body }) => {
      const actor = staffActor(c);
      if (roleOf(actor) === 'consultant') {
        const own = actor.kind === 'user' ? actor.user.consultant_id : null;
        if (own !== id) throw new HttpError(403, 'forbidden', 'A consultant may change only their own calendar.');
        if (body.name !== undefined || body.timeZone !== undefined)
          throw new HttpError(403, 'forbidden', 'Name and time zone are changed by editors.');
      }
      return edit(c, 'appointment.consultant.update', `consultant:${id}`, (content) => {
        const { before, list } = changedById(content.consultants, id, body, 'consultant');
        return { before, next: { ...content, consultants: list } };
      });
    },
  );

  routes.add(
    {
      method: 'put',
      path: '/api/v1/admin/appointments/topics/{id}',
      operationId: 'updateAppointmentTopic',
      tag: TAG,
      security: 'staff',
      roles: ['admin', 'editor'],
      summary:
        'Changes a topic: titles and descriptions (all seven languages), duration (30, 45 or 60 minutes), languages of the talk, consultants. Fields left out stay.',
      params: IdParam,
      body: { json: TopicUpdate, maxBytes: MAX_BODY_BYTES },
      responses: {
        200: { description: 'Changed; the whole content', schema: AppointmentAdminContent },
        404: { description: 'No topic with this id' },
        422: { description: 'Field errors by path (`title.uk`, `consultants.0`…); nothing changed' },
      },
    },
    (c, { params: { id }, body }) =>
      edit(c, 'appointment.topic.update', `topic:${id}`, (content) => {
        const { before, list } = changedById(content.topics, id, body, 'topic');
        return { before, next: { ...content, topics: list } };
      }),
  );

  routes.add(
    {
      method: 'put',
      path: '/api/v1/admin/appointments/settings',
      operationId: 'updateAppointmentSettings',
      tag: TAG,
      security: 'staff',
      roles: ['admin', 'editor'],
      summary:
        "The county's closing days (ISO dates beyond the public holidays: no slots on them), the buffer after each talk (minutes, a multiple of 15) and the booking horizon. Fields left out stay.",
      body: { json: SettingsUpdate, maxBytes: MAX_BODY_BYTES },
      responses: {
        200: { description: 'Changed; the whole content', schema: AppointmentAdminContent },
        422: { description: 'Field errors by path (`closingDays.0.date`, `horizon.maxWeeksAhead`…); nothing changed' },
      },
    },
    (c, { body }) =>
      edit(c, 'appointment.settings.update', 'settings', (content) => ({
        before: settingsOf(content),
        next: { ...content, ...definedOf(body) },
      })),
  );

  routes.add(
    {
      method: 'post',
      path: '/api/v1/admin/appointments/consultants',
      operationId: 'createAppointmentConsultant',
      tag: TAG,
      security: 'staff',
      roles: ['admin', 'editor'],
      summary:
        'Adds a consultant (id: lower-case letters, digits and hyphens). Topics name them to offer their hours; consultants are not deleted (bookings and accounts name them): a topic without them offers none of their hours.',
      body: { json: ConsultantCreate, maxBytes: MAX_BODY_BYTES },
      responses: {
        201: { description: 'Added; the whole content', schema: AppointmentAdminContent },
        409: { description: 'A consultant with this id exists' },
        422: { description: 'Field errors by path (`id`, `rules.0.from`…); nothing changed' },
      },
    },
    async (c, { body }) => {
      const id = body.id;
      const response = await edit(c, 'appointment.consultant.create', `consultant:${id}`, (content) => {
        if (content.consultants.some((one) => one.id === id))
          throw new HttpError(409, 'conflict', 'A consultant with this id exists.');
        return { before: null, next: { ...content, consultants: [...content.consultants, body] } };
      });
      return c.json(await response.json(), 201);
    },
  );

  routes.add(
    {
      method: 'get',
      path: '/api/v1/admin/appointments/bookings',
      operationId: 'listStaffBookings',
      tag: TAG,
      security: 'staff',
      roles: ['admin', 'editor', 'consultant'],
      summary:
        "Bookings starting on `days` days (1: today; default 7: the week) from `from` (a date in Berlin, default today): time, topic, the booker's name, address, time zone, language and question, status. A consultant gets their own only; editors and admins all, or one consultant's with `consultant`. Holds whose time ran out are left out.",
      query: StaffBookingsQuery,
      responses: {
        200: { description: 'Bookings, by start', schema: StaffBookingList },
        403: { description: "A consultant asking for another consultant's bookings" },
        422: { description: '`from` not a date, `days` not 1–31' },
      },
    },
    async (c, { query }) => {
      const own = ownConsultant(c);
      if (own !== undefined && query.consultant !== undefined && query.consultant !== own)
        throw new HttpError(403, 'forbidden', 'A consultant sees only their own bookings.');
      const day = query.from ?? zonedDate(now(), BERLIN);
      const from = zonedToUtc(day, '00:00', BERLIN);
      const to = zonedToUtc(addDays(day, Number(query.days ?? 7)), '00:00', BERLIN);
      if (!from || !to) throw validationFailed({ from: 'invalid' });
      const consultantId = own ?? query.consultant;
      const bookings = await bookingsBetween(options.db, {
        from,
        to,
        now: now(),
        ...(consultantId !== undefined ? { consultantId } : {}),
      });
      return c.json({ from: from.toISOString(), to: to.toISOString(), bookings } satisfies StaffBookingList);
    },
  );

  routes.add(
    {
      method: 'post',
      path: '/api/v1/admin/appointments/bookings/{id}/cancel',
      operationId: 'cancelStaffBooking',
      tag: TAG,
      security: 'staff',
      roles: ['admin', 'editor', 'consultant'],
      summary:
        "Cancels a booking with a reason: the slot is free again and a confirmed booking's booker gets the cancellation mail in their mail language, quoting the reason (plain text, line breaks kept). A consultant cancels only their own bookings.",
      params: BookingIdParam,
      body: { json: StaffCancelRequest, maxBytes: MAX_CANCEL_BYTES },
      responses: {
        200: { description: 'Cancelled', schema: StaffBooking },
        404: { description: "No such booking (or another consultant's)" },
        409: { description: 'Already cancelled (`already-cancelled`), or the appointment has begun (`conflict`)' },
        422: { description: '`reason` missing, too long or with control characters' },
      },
    },
    async (c, { params: { id }, body: { reason } }) => {
      const own = ownConsultant(c);
      const outcome = await options.service.cancelByStaff(
        id,
        reason,
        (consultantId) => own === undefined || own === consultantId,
        (trx, before) =>
          recordAudit(trx, staffActor(c), now(), {
            action: 'appointment.booking.cancel',
            target: `booking:${id}`,
            before: {
              status: staffBookingOf(before).status,
              start: before.start_utc,
              consultant: before.consultant_id,
            },
            after: { status: 'cancelled', reason },
          }),
      );
      if (outcome.kind === 'unknown') throw new HttpError(404, 'not_found', 'No booking with this id.');
      if (outcome.kind === 'already-cancelled')
        throw new HttpError(409, 'already-cancelled', 'This appointment was already cancelled.');
      if (outcome.kind === 'started') throw new HttpError(409, 'conflict', 'The appointment has already begun.');
      return c.json(staffBookingOf(outcome.row) satisfies StaffBooking);
    },
  );

  const feedRoles = ['admin', 'editor', 'consultant'] as const;
  const checkFeedAccess = async (c: Context, id: string) => {
    const own = ownConsultant(c);
    if (own !== undefined && own !== id)
      throw new HttpError(403, 'forbidden', "A consultant manages only their own calendar's feed.");
    if (!(await store.current()).consultants.some((consultant) => consultant.id === id)) throw notFound('consultant');
  };

  routes.add(
    {
      method: 'get',
      path: '/api/v1/admin/appointments/consultants/{id}/feed',
      operationId: 'getConsultantFeedState',
      tag: TAG,
      security: 'staff',
      roles: feedRoles,
      summary:
        "Whether the consultant's calendar feed works and since when. Never its URL: only the secret's hash is stored, so a lost URL is replaced by a new one.",
      params: IdParam,
      responses: {
        200: { description: 'The state', schema: CalendarFeedState },
        403: { description: "Another consultant's feed" },
        404: { description: 'No consultant with this id' },
      },
    },
    async (c, { params: { id } }) => {
      await checkFeedAccess(c, id);
      const createdAt = await options.feeds.createdAt(id);
      return c.json({
        consultantId: id,
        active: createdAt !== undefined,
        createdAt: createdAt ?? null,
      } satisfies CalendarFeedState);
    },
  );

  routes.add(
    {
      method: 'post',
      path: '/api/v1/admin/appointments/consultants/{id}/feed',
      operationId: 'rotateConsultantFeed',
      tag: TAG,
      security: 'staff',
      roles: feedRoles,
      summary:
        "Makes a new private calendar feed URL for the consultant's confirmed bookings (shown once: only its hash is kept); an earlier URL stops working.",
      params: IdParam,
      responses: {
        201: { description: 'The new URL', schema: CalendarFeed },
        403: { description: "Another consultant's feed" },
        404: { description: 'No consultant with this id' },
      },
    },
    async (c, { params: { id } }) => {
      await checkFeedAccess(c, id);
      const url = await options.feeds.rotate(id, (trx) =>
        recordAudit(trx, staffActor(c), now(), { action: 'appointment.feed.rotate', target: `consultant:${id}` }),
      );
      return c.json({ consultantId: id, url } satisfies CalendarFeed, 201);
    },
  );

  routes.add(
    {
      method: 'delete',
      path: '/api/v1/admin/appointments/consultants/{id}/feed',
      operationId: 'revokeConsultantFeed',
      tag: TAG,
      security: 'staff',
      roles: feedRoles,
      summary: "Revokes the consultant's calendar feed: its URL answers 404 from now on.",
      params: IdParam,
      responses: {
        204: { description: 'Revoked (or there was none)' },
        403: { description: "Another consultant's feed" },
        404: { description: 'No consultant with this id' },
      },
    },
    async (c, { params: { id } }) => {
      await checkFeedAccess(c, id);
      await options.feeds.revoke(id, (trx) =>
        recordAudit(trx, staffActor(c), now(), { action: 'appointment.feed.revoke', target: `consultant:${id}` }),
      );
      return c.body(null, 204);
    },
  );

  return app;
}

/** The consultant a consultant's account names; undefined for editors, admins and the API token. */
function ownConsultant(c: Context): string | undefined {
  const actor = staffActor(c);
  if (roleOf(actor) !== 'consultant') return undefined;
  // A consultant account always names one (ADR 0018); '' matches no booking if it ever did not.
  return actor.kind === 'user' ? (actor.user.consultant_id ?? '') : '';
}

function adminContent(content: AppointmentContent, version: number): AppointmentAdminContent {
  return { version, ...content };
}

/** The list with the entry `id` changed by the fields `update` gives; 404 when there is none. */
function changedById<T extends { id: string }>(
  list: readonly T[],
  id: string,
  update: object,
  what: string,
): { before: T; list: T[] } {
  const before = list.find((entry) => entry.id === id);
  if (!before) throw notFound(what);
  const changed = { ...before, ...definedOf(update) };
  return { before, list: list.map((entry) => (entry.id === id ? changed : entry)) };
}

function definedOf<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** What the audit entry keeps after the change: the one consultant, topic or the closing days. */
function afterOf(content: AppointmentContent, target: string): unknown {
  const [kind, id] = target.split(':');
  if (kind === 'consultant') return content.consultants.find((one) => one.id === id);
  if (kind === 'topic') return content.topics.find((one) => one.id === id);
  return settingsOf(content);
}

function settingsOf(content: AppointmentContent) {
  return { bufferMinutes: content.bufferMinutes, horizon: content.horizon, closingDays: content.closingDays };
}

/**
 * The schema's issues as field errors relative to the edited item: `rules.0.from` rather than
 * `consultants.2.rules.0.from`. An issue elsewhere (a topic naming a consultant) keeps its full path.
 */
function fieldErrorsAt(issues: readonly z.core.$ZodIssue[], target: string): FieldErrors {
  const [kind] = target.split(':');
  return fieldErrorsOf(issues, {
    field: (path) =>
      ((kind === 'consultant' && path[0] === 'consultants') || (kind === 'topic' && path[0] === 'topics')
        ? path.slice(2)
        : path
      ).join('.') || '_',
    code: (issue) => (issue.code === 'invalid_value' ? 'not_allowed' : undefined),
  });
}

import * as z from 'zod/mini';
import { multiLineText } from './plain-text.js';

/**
 * The admin API of consultants' calendars (docs/adr/0018-staff-console.md, "Consultants'
 * calendars"). Routes, all under `/api/v1/admin/appointments`:
 *
 * - `GET /content`                → AppointmentAdminContent (admin, editor, consultant)
 * - `PUT /consultants/{id}`       ConsultantUpdate → AppointmentAdminContent (admin, editor; a
 *                                   consultant only their own, and only `rules` and `absences`)
 * - `PUT /topics/{id}`            TopicUpdate → AppointmentAdminContent (admin, editor)
 * - `POST /consultants`           ConsultantCreate → 201 AppointmentAdminContent (admin, editor)
 * - `PUT /settings`               SettingsUpdate → AppointmentAdminContent (closing days, buffer,
 *                                   horizon; admin, editor)
 * - `GET /bookings`               StaffBookingsQuery → StaffBookingList (a consultant: their own only)
 * - `POST /bookings/{id}/cancel`  StaffCancelRequest → StaffBooking (mails the booker the reason)
 * - `GET /consultants/{id}/feed`  → CalendarFeedState (whether there is one, since when; never its URL)
 * - `POST /consultants/{id}/feed` → 201 CalendarFeed (a new secret URL; the old one stops working)
 * - `DELETE /consultants/{id}/feed` → 204 (the URL stops working)
 *
 * The feed itself, `GET /api/v1/calendar-feeds/{secret}.ics`, needs no session: the secret in
 * the URL is the credential.
 *
 * The shapes are checked in depth by the domain's content schema (`@welcome-widgets/domain/appointments`,
 * `AppointmentContent`) against the whole content after the change; a 422 names each bad field by
 * its path, e.g. `rules.0.from` or `title.uk`.
 */

const WeeklyRule = z.object({ weekday: z.string(), from: z.string(), to: z.string() });
const Absence = z.object({ from: z.string(), to: z.string(), note: z.optional(z.string()) });
const ClosingDay = z.object({ date: z.string(), note: z.optional(z.string()) });
const Texts = z.record(z.string(), z.string());

export const AdminConsultant = z.object({
  id: z.string(),
  name: z.string(),
  timeZone: z.string(),
  rules: z.array(WeeklyRule),
  absences: z.array(Absence),
});
export type AdminConsultant = z.infer<typeof AdminConsultant>;

export const AdminTopic = z.object({
  id: z.string(),
  title: Texts,
  description: Texts,
  durationMinutes: z.number(),
  languages: z.array(z.string()),
  consultants: z.array(z.string()),
});
export type AdminTopic = z.infer<typeof AdminTopic>;

/** The content as staff edit it; `version` grows with every edit. */
export const AppointmentAdminContent = z.object({
  version: z.number(),
  bufferMinutes: z.number(),
  horizon: z.object({ minHoursAhead: z.number(), maxWeeksAhead: z.number() }),
  closingDays: z.array(ClosingDay),
  consultants: z.array(AdminConsultant),
  topics: z.array(AdminTopic),
});
export type AppointmentAdminContent = z.infer<typeof AppointmentAdminContent>;

/** A consultant's calendar; fields left out stay as they are. A consultant may send only `rules` and `absences`. */
export const ConsultantUpdate = z.strictObject({
  name: z.optional(z.string()),
  timeZone: z.optional(z.string()),
  rules: z.optional(z.array(z.unknown())),
  absences: z.optional(z.array(z.unknown())),
});
export type ConsultantUpdate = z.infer<typeof ConsultantUpdate>;

/** A topic; fields left out stay as they are. Titles and descriptions in all seven languages. */
export const TopicUpdate = z.strictObject({
  title: z.optional(z.unknown()),
  description: z.optional(z.unknown()),
  durationMinutes: z.optional(z.unknown()),
  languages: z.optional(z.array(z.unknown())),
  consultants: z.optional(z.array(z.unknown())),
});
export type TopicUpdate = z.infer<typeof TopicUpdate>;

/** A new consultant, as the content file has them. */
export const ConsultantCreate = z.strictObject({
  id: z.string().check(z.maxLength(64)),
  name: z.string(),
  timeZone: z.string(),
  rules: z.array(z.unknown()),
  absences: z.optional(z.array(z.unknown())),
});
export type ConsultantCreate = z.infer<typeof ConsultantCreate>;

/** Closing days (beyond the public holidays: no slots on them for anyone), buffer, horizon; fields left out stay. */
export const SettingsUpdate = z.strictObject({
  closingDays: z.optional(z.array(z.unknown())),
  bufferMinutes: z.optional(z.number()),
  horizon: z.optional(z.object({ minHoursAhead: z.number(), maxWeeksAhead: z.number() })),
});
export type SettingsUpdate = z.infer<typeof SettingsUpdate>;

/** `from`: a date in Berlin (default today); `days`: 1 (today) to 31, default 7 (the week). */
export const StaffBookingsQuery = z.strictObject({
  from: z.optional(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/))),
  days: z.optional(z.string().check(z.regex(/^([1-9]|[12]\d|3[01])$/))),
  /** Editors and admins: only this consultant's. A consultant always gets their own. */
  consultant: z.optional(z.string().check(z.maxLength(64))),
});
export type StaffBookingsQuery = z.infer<typeof StaffBookingsQuery>;

/** A booking as the consultant sees it: who, when, about what, in which language and zone, and their question. */
export const StaffBooking = z.object({
  id: z.string(),
  consultantId: z.string(),
  topic: z.string(),
  start: z.string(),
  end: z.string(),
  name: z.string(),
  email: z.string(),
  /** The booker's IANA zone. */
  timeZone: z.string(),
  /** The language of the talk. */
  language: z.string(),
  question: z.nullable(z.string()),
  status: z.enum(['held', 'booked', 'cancelled']),
  cancelReason: z.nullable(z.string()),
});
export type StaffBooking = z.infer<typeof StaffBooking>;

export const StaffBookingList = z.object({
  from: z.string(),
  to: z.string(),
  bookings: z.array(StaffBooking),
});
export type StaffBookingList = z.infer<typeof StaffBookingList>;

export const STAFF_CANCEL_REASON_MAX = 1000;

/** The reason goes into the booker's mail as written: plain text, line breaks allowed. */
export const StaffCancelRequest = z.strictObject({
  reason: z.string().check(z.trim(), z.minLength(1), z.maxLength(STAFF_CANCEL_REASON_MAX), ...multiLineText()),
});
export type StaffCancelRequest = z.infer<typeof StaffCancelRequest>;

/** Shown once: only the secret's hash is stored. */
export const CalendarFeed = z.object({ consultantId: z.string(), url: z.string() });
export type CalendarFeed = z.infer<typeof CalendarFeed>;

/** Whether a consultant's feed works, and since when: the console says so (the URL cannot be shown again). */
export const CalendarFeedState = z.object({
  consultantId: z.string(),
  active: z.boolean(),
  createdAt: z.nullable(z.string()),
});
export type CalendarFeedState = z.infer<typeof CalendarFeedState>;

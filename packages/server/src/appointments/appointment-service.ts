import { randomBytes } from 'node:crypto';
import {
  FALLBACK_LOCALE,
  isSupportedLocale,
  type AppointmentTopic,
  type BookingDetails,
  type BookingRequest,
  type FieldErrors,
  type HeldBooking,
  type SupportedLocale,
} from '@welcome-widgets/domain';
import type { Transaction } from 'kysely';
import type { Logger } from '../http/logger.js';
import { addressHash } from '../mail/address-hash.js';
import { sameSecret } from '../http/same-secret.js';
import { sourcePage } from '../http/source-page.js';
import type { MailContent, Mailer } from '../mail/mailer.js';
import { hashToken, newToken } from '../newsletter/tokens.js';
import type { Storage } from '../storage/database.js';
import { lockTransaction } from '../storage/locks.js';
import type { AppointmentBookingTable, Database } from '../storage/schema.js';
import {
  cancellationMail,
  confirmationMail,
  bookingIcs,
  holdMail,
  type BookingFacts,
  type BookingLinks,
} from './appointment-mails.js';
import {
  consultantSlots,
  topicSlots,
  type AppointmentContent,
  type ContentConsultant,
  type ContentTopic,
  type IcsPerson,
  occupied,
  type Interval,
  type Slot,
} from '@welcome-widgets/domain/appointments';
import { BERLIN, isValidTimeZone, isoInstant, minutes } from '@welcome-widgets/domain/time';
import { openBookingsOf, purgeUnconfirmed, releaseLapsedHolds, stillHolding } from './booking-holds.js';

/** Where the current content comes from: the database (appointment-content-store.ts). */
export interface AppointmentContentSource {
  current(): Promise<AppointmentContent>;
  /** Changes with every edit: the key of answers built from the content. */
  readonly version: number;
}

export interface AppointmentSettings {
  /** Fixed content (some tests), or the store staff edit. */
  content: AppointmentContent | AppointmentContentSource;
  publisher: string;
  /** Base of the API as people reach it, e.g. `https://welcome.example/api`. */
  apiUrl: string;
  /** The county's page with the booking widget (the room, cancel and rebook links open it). */
  pageUrl: string;
  /** The consultants' video-call link with `{room}` for the booking id (VIDEO_ROOM_URL). */
  videoRoomUrl: string;
  uidHost: string;
  /** Sender of booking mails (MAIL_FROM_APPOINTMENTS); else the mailer's default. */
  from?: string;
  organizer?: IcsPerson;
  /** Bookings are deleted this many days after the appointment ended (cancelled ones too). */
  retentionDays: number;
  /** A booking is held this long for the link in the mail to confirm it (APPOINTMENT_HOLD_MINUTES). */
  holdMinutes: number;
  /** Open (held or confirmed, not yet ended) bookings one address may have (APPOINTMENT_MAX_OPEN_PER_ADDRESS). */
  maxOpenPerAddress: number;
}

export interface RequestContext {
  origin: string | null;
}

export type BookingOutcome =
  | { kind: 'held'; booking: HeldBooking }
  | { kind: 'invalid'; fields: FieldErrors }
  | { kind: 'conflict' }
  /** The address got the day's maximum of mails: nothing is stored; try again after this many seconds. */
  | { kind: 'mail-limit'; retryAfterSeconds: number };

export type ConfirmOutcome =
  { kind: 'confirmed'; details: BookingDetails } | { kind: 'expired' } | { kind: 'cancelled' } | { kind: 'unknown' };

export type CancelOutcome = 'cancelled' | 'already-cancelled' | 'unknown' | 'started';

export type StaffCancelOutcome =
  | { kind: 'cancelled'; row: AppointmentBookingTable }
  | { kind: 'unknown' }
  | { kind: 'already-cancelled' }
  | { kind: 'started' };

/** Thrown inside a booking's transaction to roll it back: its hold mail may not be sent today. */
class MailLimitReached extends Error {}
/** Thrown inside a booking's transaction: the address has its maximum of open bookings. */
class TooManyOpen extends Error {}

/** Quarter hours: the unit in which consultants are busy, and the grain of every rule and duration. */
export const UNIT_MINUTES = 15;

/**
 * Topics, free slots, bookings and cancellations. The rules come from the content file; the
 * database holds bookings and, per consultant, the quarter hours they occupy, whose primary key
 * refuses a second booking of any of them.
 */
export class AppointmentService {
  constructor(
    private readonly storage: Storage,
    private readonly mailer: Mailer,
    private readonly settings: AppointmentSettings,
    private readonly logger: Logger,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** The content as it stands now (edited by staff; seen by every instance within seconds). */
  content(): Promise<AppointmentContent> {
    const source = this.settings.content;
    return 'current' in source ? source.current() : Promise.resolve(source);
  }

  /** The key of answers built from the content (the topics). */
  get contentVersion(): number {
    const source = this.settings.content;
    return 'current' in source ? source.version : 0;
  }

  topics(content: AppointmentContent, language: SupportedLocale): AppointmentTopic[] {
    return content.topics.map((topic) => ({
      id: topic.id,
      title: topic.title[language],
      description: topic.description[language],
      durationMinutes: topic.durationMinutes,
      languages: [...topic.languages],
    }));
  }

  /** Days after the appointment until its booking is deleted, for the consent text. */
  get retentionDays(): number {
    return this.settings.retentionDays;
  }

  /** The consultants' video room of a booking (VIDEO_ROOM_URL). */
  videoUrlOf(id: string): string {
    return videoUrl(this.settings.videoRoomUrl, id);
  }

  /** Host part of calendar UIDs. */
  get uidHost(): string {
    return this.settings.uidHost;
  }

  /** Minutes a booking waits for its confirm link, for the widget's "confirm within". */
  get holdMinutes(): number {
    return this.settings.holdMinutes;
  }

  /** Open bookings one address may have, for the widget's "already has 2". */
  get maxOpenPerAddress(): number {
    return this.settings.maxOpenPerAddress;
  }

  topic(content: AppointmentContent, id: string): ContentTopic | undefined {
    return content.topics.find((topic) => topic.id === id);
  }

  /** The zone of the topic's consultants, for "Berlin time" beside the viewer's. */
  timeZoneOf(content: AppointmentContent, topic: ContentTopic): string {
    return consultantsOf(content, topic)[0]?.timeZone ?? BERLIN;
  }

  /** Free slots of a topic in [from, to), the same way the mocks compute them (domain's topicSlots). */
  async slots(content: AppointmentContent, topic: ContentTopic, from: Date, to: Date): Promise<Slot[]> {
    const busy = await this.busyIntervals(
      consultantsOf(content, topic).map((c) => c.id),
      from,
      to,
    );
    return topicSlots(content, topic, { from, to, now: this.now(), busy: (id) => busy.get(id) ?? [] });
  }

  async book(input: BookingRequest, context: RequestContext): Promise<BookingOutcome> {
    const fields: FieldErrors = {};
    const content = await this.content();
    const topic = this.topic(content, input.topic);
    const timeZone = input.timeZone ?? BERLIN;
    if (!isValidTimeZone(timeZone)) fields.timeZone = 'invalid';
    if (!topic) return { kind: 'invalid', fields: { topic: 'not_allowed', ...fields } };
    if (!topic.languages.includes(input.language)) fields.language = 'not_allowed';

    // On the grid, not a holiday or absence, inside the horizon: else it was never a slot (422).
    // Whether it is still free is for the database to say (409).
    const start = new Date(Date.parse(input.start));
    const now = this.now();
    const candidates = consultantsOf(content, topic).filter((consultant) =>
      consultantSlots(content, topic, consultant, {
        from: start,
        to: new Date(start.getTime() + 1),
        now,
        busy: [],
      }).some((slot) => slot.start.getTime() === start.getTime()),
    );
    if (candidates.length === 0) fields.start = 'not_allowed';
    if (Object.keys(fields).length > 0) return { kind: 'invalid', fields };

    const id = randomBytes(16).toString('base64url');
    // Two secrets: the cancel token goes back to the browser that booked (it can cancel, read and
    // download the tentative calendar file); the mail token goes only into the hold mail, and only
    // it confirms, so whoever did not get the mail cannot make the booking stand.
    const cancelToken = newToken();
    const mailToken = newToken();
    const end = new Date(start.getTime() + minutes(topic.durationMinutes));
    const holdExpiresAt = new Date(now.getTime() + minutes(this.settings.holdMinutes));
    const mailLanguage: SupportedLocale =
      input.mailLanguage ?? (isSupportedLocale(input.language) ? input.language : FALLBACK_LOCALE);
    const nowIso = isoInstant(now);
    const units = unitsOf(occupied(start, topic.durationMinutes, content.bufferMinutes));
    const address = addressHash(input.email);

    for (const consultant of candidates) {
      const row: AppointmentBookingTable = {
        id,
        topic: topic.id,
        consultant_id: consultant.id,
        start_utc: isoInstant(start),
        end_utc: isoInstant(end),
        name: input.name,
        email: input.email,
        language: input.language,
        mail_language: mailLanguage,
        time_zone: timeZone,
        message: input.message?.trim() || null,
        consent_version: input.consentVersion ?? 'unversioned',
        requested_at: now.toISOString(),
        cancelled_at: null,
        cancel_token_hash: hashToken(cancelToken),
        confirm_token_hash: hashToken(mailToken),
        source_page: sourcePage(input.page),
        source_origin: context.origin,
        widget_version: input.widgetVersion ?? null,
        status: 'held',
        hold_expires_at: isoInstant(holdExpiresAt),
        confirmed_at: null,
        address_hash: address,
      };
      const hold = holdMail(this.factsOf(content, row), this.linksOf(row, mailToken), this.mailSettings(), {
        minutes: this.settings.holdMinutes,
        expiresAt: holdExpiresAt,
      });
      try {
        // The booking, its quarter hours and its mail commit together, or none of them.
        await this.storage.db.transaction().execute(async (trx) => {
          // Counting, then inserting: another booking by this address waits until this one commits.
          await lockTransaction(trx, this.storage.engine, 'address', address);
          if ((await openBookingsOf(trx, address, nowIso)) >= this.settings.maxOpenPerAddress) throw new TooManyOpen();
          await releaseLapsedHolds(trx, nowIso);
          await trx.insertInto('appointment_bookings').values(row).execute();
          await trx
            .insertInto('consultant_busy_units')
            .values(units.map((unit) => ({ consultant_id: consultant.id, unit_start_utc: unit, booking_id: id })))
            .execute();
          const queued = await this.mailer.send(
            { ...this.envelope(row, hold), keepUntil: holdExpiresAt, kind: 'appointment-hold' },
            { db: trx },
          );
          if (queued === 'over-limit') throw new MailLimitReached();
        });
        this.mailer.poke();
        return {
          kind: 'held',
          booking: {
            id,
            topic: topic.id,
            start: row.start_utc,
            end: row.end_utc,
            status: 'held',
            holdExpiresAt: row.hold_expires_at!,
            language: row.language,
            cancelToken,
          },
        };
      } catch (error) {
        if (error instanceof TooManyOpen) return { kind: 'invalid', fields: { email: 'too_many_open' } };
        if (error instanceof MailLimitReached) {
          return {
            kind: 'mail-limit',
            retryAfterSeconds: Math.max(1, await this.mailer.retryAfterSeconds(input.email)),
          };
        }
        // This consultant's time was taken (or is held): try the topic's next one.
        if (!isUniqueViolation(error)) throw error;
      }
    }
    return { kind: 'conflict' };
  }

  /**
   * The link in the hold mail: the booking stands from now on and the confirmation (calendar
   * file, room and cancel links) is mailed once. A second click answers the same, mailing nothing.
   */
  async confirm(id: string, token: string): Promise<ConfirmOutcome> {
    const row = await this.find(id, token, 'mail');
    if (!row) return { kind: 'unknown' };
    if (row.cancelled_at) return { kind: 'cancelled' };
    if (row.status === 'booked') return { kind: 'confirmed', details: this.detailsOf(row) };
    const now = this.now();
    const nowIso = isoInstant(now);
    if (row.hold_expires_at !== null && row.hold_expires_at <= nowIso) return { kind: 'expired' };

    const content = await this.content();
    const confirmed: AppointmentBookingTable = {
      ...row,
      status: 'booked',
      hold_expires_at: null,
      confirmed_at: now.toISOString(),
    };
    const changed = await this.storage.db.transaction().execute(async (trx) => {
      const result = await trx
        .updateTable('appointment_bookings')
        .set({ status: 'booked', hold_expires_at: null, confirmed_at: confirmed.confirmed_at })
        .where('id', '=', id)
        .where('status', '=', 'held')
        .where('cancelled_at', 'is', null)
        .where('hold_expires_at', '>', nowIso)
        .executeTakeFirst();
      if (Number(result.numUpdatedRows) === 0) return false;
      await this.queueMail(
        trx,
        confirmed,
        confirmationMail(this.factsOf(content, confirmed), this.linksOf(confirmed, token), this.mailSettings()),
        'appointment-confirmation',
      );
      return true;
    });
    if (changed) {
      this.mailer.poke();
      return { kind: 'confirmed', details: this.detailsOf(confirmed) };
    }
    // Two clicks racing, or the hold lapsed or was cancelled a moment ago: the row says which.
    const current = await this.find(id, token, 'mail');
    if (!current) return { kind: 'unknown' };
    if (current.cancelled_at) return { kind: 'cancelled' };
    return current.status === 'booked' ? { kind: 'confirmed', details: this.detailsOf(current) } : { kind: 'expired' };
  }

  /**
   * What the room and cancel views show: the appointment, its state and, while it stands, the
   * consultants' video room. Never the name or address. `undefined` for a wrong id or token.
   */
  async details(id: string, token: string): Promise<BookingDetails | undefined> {
    const row = await this.find(id, token);
    return row ? this.detailsOf(row) : undefined;
  }

  /**
   * Frees the slot and sends the cancellation mail once; repeating it with the token is harmless.
   * A hold that was never confirmed is released without a mail: its address was never proven, and
   * a second mail to it would only serve whoever typed someone else's address.
   */
  async cancel(id: string, token: string): Promise<CancelOutcome> {
    const row = await this.find(id, token);
    if (!row) return 'unknown';
    if (row.cancelled_at) return 'already-cancelled';
    const now = this.now();
    if (Date.parse(row.start_utc) <= now.getTime()) return 'started';

    const content = await this.content();
    const cancelledAt = now.toISOString();
    const changed = await this.storage.db.transaction().execute(async (trx) => {
      const result = await trx
        .updateTable('appointment_bookings')
        .set({ cancelled_at: cancelledAt })
        .where('id', '=', id)
        .where('cancelled_at', 'is', null)
        .executeTakeFirst();
      if (Number(result.numUpdatedRows) === 0) return false;
      await trx.deleteFrom('consultant_busy_units').where('booking_id', '=', id).execute();
      // The row as it is now: a confirm may have come between reading it and this transaction.
      const current = await trx
        .selectFrom('appointment_bookings')
        .select('status')
        .where('id', '=', id)
        .executeTakeFirstOrThrow();
      if (current.status === 'booked') {
        const cancelled = { ...row, status: 'booked' as const, cancelled_at: cancelledAt };
        await this.queueMail(
          trx,
          cancelled,
          cancellationMail(this.factsOf(content, cancelled), this.linksOf(cancelled, token), this.mailSettings()),
          'appointment-cancellation',
        );
      }
      return true;
    });
    if (!changed) return 'already-cancelled'; // two clicks racing: only the one that changed the row mails
    this.mailer.poke();
    return 'cancelled';
  }

  /**
   * Staff cancel (the console): like the booker's cancel, with a reason the mail quotes. `mayCancel`
   * says whether this actor may cancel a booking of that consultant (a consultant only their own;
   * `unknown` otherwise, so a consultant learns nothing of others' bookings); `audit` writes the
   * audit entry in the same transaction.
   */
  async cancelByStaff(
    id: string,
    reason: string,
    mayCancel: (consultantId: string) => boolean,
    audit: (trx: Transaction<Database>, before: AppointmentBookingTable) => Promise<void>,
  ): Promise<StaffCancelOutcome> {
    const row = await this.storage.db
      .selectFrom('appointment_bookings')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    if (!row || !mayCancel(row.consultant_id)) return { kind: 'unknown' };
    if (row.cancelled_at) return { kind: 'already-cancelled' };
    const now = this.now();
    if (Date.parse(row.start_utc) <= now.getTime()) return { kind: 'started' };
    const content = await this.content();
    const cancelledAt = now.toISOString();
    const cancelled = await this.storage.db.transaction().execute(async (trx) => {
      const result = await trx
        .updateTable('appointment_bookings')
        .set({ cancelled_at: cancelledAt, cancel_reason: reason })
        .where('id', '=', id)
        .where('cancelled_at', 'is', null)
        .executeTakeFirst();
      if (Number(result.numUpdatedRows) === 0) return undefined;
      await trx.deleteFrom('consultant_busy_units').where('booking_id', '=', id).execute();
      const current = await trx
        .selectFrom('appointment_bookings')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirstOrThrow();
      // As for the booker's own cancel: an unconfirmed hold's address was never proven, so no mail.
      if (current.status === 'booked') {
        await this.queueMail(
          trx,
          current,
          cancellationMail(this.factsOf(content, current), this.linksOf(current), this.mailSettings(), reason),
          'appointment-cancellation',
        );
      }
      await audit(trx, row);
      return current;
    });
    if (!cancelled) return { kind: 'already-cancelled' };
    this.mailer.poke();
    return { kind: 'cancelled', row: cancelled };
  }

  /**
   * The calendar file for download; a cancelled booking gives its cancelled version, a hold a
   * tentative one (the confirmation mail's file replaces it: same UID).
   */
  async ics(id: string, token: string): Promise<string | undefined> {
    const row = await this.find(id, token);
    if (!row) return undefined;
    return bookingIcs(
      this.factsOf(await this.content(), row),
      this.linksOf(row, token),
      this.mailSettings(),
      'PUBLISH',
    );
  }

  /**
   * Deletes bookings (personal data) some days after they ended, and at once the holds nobody
   * confirmed; their busy units go with them.
   */
  async purgeExpired(): Promise<number> {
    const cutoff = isoInstant(this.now().getTime() - this.settings.retentionDays * 86_400_000);
    const result = await this.storage.db
      .deleteFrom('appointment_bookings')
      .where('end_utc', '<', cutoff)
      .executeTakeFirst();
    return Number(result.numDeletedRows) + (await purgeUnconfirmed(this.storage.db, isoInstant(this.now())));
  }

  /**
   * The booking with this id, if the token is one of its secrets (compared in constant time): the
   * cancel token the booking's answer gave, or the token of the hold mail's links. Confirming
   * takes only the mail's (`only: 'mail'`). Bookings from before there were two secrets had one.
   */
  private async find(id: string, token: string, only?: 'mail'): Promise<AppointmentBookingTable | undefined> {
    const row = await this.storage.db
      .selectFrom('appointment_bookings')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    if (!row) return undefined;
    const hash = hashToken(token);
    const mailSecret = row.confirm_token_hash ?? row.cancel_token_hash;
    const matches =
      only === 'mail'
        ? sameSecret(hash, mailSecret)
        : sameSecret(hash, row.cancel_token_hash) || sameSecret(hash, mailSecret);
    return matches ? row : undefined;
  }

  private detailsOf(row: AppointmentBookingTable): BookingDetails {
    const status = row.cancelled_at !== null ? 'cancelled' : row.status;
    return {
      id: row.id,
      topic: row.topic,
      start: row.start_utc,
      end: row.end_utc,
      status,
      ...(status === 'held' && row.hold_expires_at ? { holdExpiresAt: row.hold_expires_at } : {}),
      language: row.language,
      ...(status === 'booked' ? { videoUrl: videoUrl(this.settings.videoRoomUrl, row.id) } : {}),
    };
  }

  /**
   * Queues a mail in the transaction that changes the booking. Over the recipient's daily limit
   * the change stands all the same (the address is proven and the widget shows the outcome); only
   * the hold mail, without which nobody could confirm, rolls its booking back.
   */
  private async queueMail(
    trx: Transaction<Database>,
    row: AppointmentBookingTable,
    mail: MailContent,
    kind: 'appointment-confirmation' | 'appointment-cancellation',
  ): Promise<void> {
    const queued = await this.mailer.send({ ...this.envelope(row, mail), kind }, { db: trx });
    if (queued === 'over-limit') this.logger.warn('booking mail over the daily limit, not sent', { kind });
  }

  /** The sender for bookings, and how long a copy may be kept: as long as the booking itself. */
  private envelope(row: AppointmentBookingTable, mail: MailContent): MailContent {
    return {
      ...mail,
      ...(this.settings.from ? { from: this.settings.from } : {}),
      keepUntil: new Date(Date.parse(row.end_utc) + this.settings.retentionDays * 86_400_000),
    };
  }

  /** The quarter hours each consultant is busy around [from, to), as intervals. */
  private async busyIntervals(consultantIds: string[], from: Date, to: Date): Promise<Map<string, Interval[]>> {
    const margin = minutes(24 * 60);
    const rows = await this.storage.db
      .selectFrom('consultant_busy_units')
      .innerJoin('appointment_bookings', 'appointment_bookings.id', 'consultant_busy_units.booking_id')
      .select(['consultant_busy_units.consultant_id', 'consultant_busy_units.unit_start_utc'])
      .where('consultant_busy_units.consultant_id', 'in', consultantIds)
      .where('unit_start_utc', '>=', isoInstant(from.getTime() - margin))
      .where('unit_start_utc', '<', isoInstant(to.getTime() + margin))
      // A lapsed hold is free the moment it lapses, before anyone deletes its quarter hours.
      .where(stillHolding(isoInstant(this.now())))
      .execute();
    const busy = new Map<string, Interval[]>();
    for (const row of rows) {
      const start = Date.parse(row.unit_start_utc);
      const list = busy.get(row.consultant_id) ?? [];
      list.push({ start, end: start + minutes(UNIT_MINUTES) });
      busy.set(row.consultant_id, list);
    }
    return busy;
  }

  factsOf(content: AppointmentContent, row: AppointmentBookingTable): BookingFacts {
    const topic = this.topic(content, row.topic);
    const mailLanguage = isSupportedLocale(row.mail_language) ? row.mail_language : FALLBACK_LOCALE;
    return {
      id: row.id,
      topicTitle: topic?.title[mailLanguage] ?? row.topic,
      start: new Date(row.start_utc),
      end: new Date(row.end_utc),
      language: row.language,
      mailLanguage,
      timeZone: row.time_zone,
      consultantTimeZone: content.consultants.find((c) => c.id === row.consultant_id)?.timeZone ?? BERLIN,
      name: row.name,
      email: row.email,
      requestedAt: new Date(row.requested_at),
      cancelledAt: row.cancelled_at ? new Date(row.cancelled_at) : null,
      held: row.status === 'held',
    };
  }

  /** Without a token (staff cancelling: only its hash is stored) every link is the booking page. */
  private linksOf(row: AppointmentBookingTable, token?: string): BookingLinks {
    const page = (parameters: Record<string, string>) => {
      const url = new URL(this.settings.pageUrl);
      for (const [name, value] of Object.entries(parameters)) url.searchParams.set(name, value);
      return url.href;
    };
    if (token === undefined) {
      const rebook = page({ topic: row.topic, lang: row.mail_language });
      return { confirm: rebook, room: rebook, cancel: rebook, rebook, ics: rebook };
    }
    return {
      // The hold mail's token: it confirms, and the later mails' links reuse the token they were
      // reached with (a mail's own, or the cancel token of the browser that booked).
      confirm: page({ appointment: row.id, 'appointment-confirm': token, lang: row.mail_language }),
      // The booking page's room view: at the time it shows the consultants' room (from `details`).
      room: page({ appointment: row.id, 'appointment-room': token, lang: row.mail_language }),
      cancel: page({ appointment: row.id, 'appointment-cancel': token, lang: row.mail_language }),
      rebook: page({ topic: row.topic, lang: row.mail_language }),
      ics: `${this.settings.apiUrl}/v1/appointments/${encodeURIComponent(row.id)}/ics?token=${encodeURIComponent(token)}`,
    };
  }

  private mailSettings() {
    return {
      publisher: this.settings.publisher,
      uidHost: this.settings.uidHost,
      ...(this.settings.organizer ? { organizer: this.settings.organizer } : {}),
    };
  }
}

/** The topic's consultants as the content has them (a topic names only existing ones: the schema checks). */
function consultantsOf(content: AppointmentContent, topic: ContentTopic): ContentConsultant[] {
  return topic.consultants.flatMap((id) => content.consultants.filter((c) => c.id === id));
}

export function videoUrl(template: string, room: string): string {
  return template.replaceAll('{room}', encodeURIComponent(room));
}

/** The quarter hours (ISO instants) an occupied span covers. */
export function unitsOf(span: Interval): string[] {
  const units: string[] = [];
  for (let at = span.start; at < span.end; at += minutes(UNIT_MINUTES)) units.push(isoInstant(at));
  return units;
}

/** SQLite (better-sqlite3) and PostgreSQL (23505) report a duplicate key differently. */
export function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === '23505';
}

import type { StaffBooking } from '@welcome-widgets/domain';
import { buildIcsFeed } from '@welcome-widgets/domain/appointments';
import { isoInstant } from '@welcome-widgets/domain/time';
import type { Kysely } from 'kysely';
import { hashToken, newToken } from '../newsletter/tokens.js';
import type { Storage } from '../storage/database.js';
import type { AppointmentBookingTable, Database } from '../storage/schema.js';
import type { AppointmentService } from './appointment-service.js';

const DAY_MS = 86_400_000;
/** The feed shows the last weeks too: a consultant looks back at who came. */
const FEED_PAST_DAYS = 30;
/** Calendar apps ask again about this often (they may ask less often; Google does). */
const FEED_REFRESH_MINUTES = 15;

/** A booking row as staff see it; a hold whose time ran out is no booking any more. */
export function staffBookingOf(row: AppointmentBookingTable): StaffBooking {
  return {
    id: row.id,
    consultantId: row.consultant_id,
    topic: row.topic,
    start: row.start_utc,
    end: row.end_utc,
    name: row.name,
    email: row.email,
    timeZone: row.time_zone,
    language: row.language,
    question: row.message,
    status: row.cancelled_at !== null ? 'cancelled' : row.status,
    cancelReason: row.cancel_reason ?? null,
  };
}

/** Bookings starting in [from, to), of one consultant or all; lapsed holds left out. */
export async function bookingsBetween(
  db: Kysely<Database>,
  range: { from: Date; to: Date; now: Date; consultantId?: string },
): Promise<StaffBooking[]> {
  let query = db
    .selectFrom('appointment_bookings')
    .selectAll()
    .where('start_utc', '>=', isoInstant(range.from))
    .where('start_utc', '<', isoInstant(range.to))
    .where((eb) =>
      eb.or([
        eb('status', '=', 'booked'),
        eb('cancelled_at', 'is not', null),
        eb('hold_expires_at', '>', isoInstant(range.now)),
      ]),
    )
    .orderBy('start_utc')
    .orderBy('id');
  if (range.consultantId !== undefined) query = query.where('consultant_id', '=', range.consultantId);
  return (await query.execute()).map(staffBookingOf);
}

/**
 * A consultant's private calendar feed (ADR 0018, "Consultants' calendars"): a URL with a secret
 * that calendar apps fetch without a session. Only the secret's SHA-256 is stored; a new secret
 * replaces the old, so rotating revokes.
 */
export class CalendarFeeds {
  constructor(
    private readonly storage: Storage,
    private readonly service: AppointmentService,
    private readonly feedUrl: (secret: string) => string,
    private readonly now: () => Date,
  ) {}

  /** A new secret URL for the consultant; the old one stops working in the same step. `audit` runs in it. */
  async rotate(consultantId: string, audit: (trx: Kysely<Database>) => Promise<void>): Promise<string> {
    const secret = newToken();
    await this.storage.db.transaction().execute(async (trx) => {
      await audit(trx);
      await trx.deleteFrom('consultant_calendar_feeds').where('consultant_id', '=', consultantId).execute();
      await trx
        .insertInto('consultant_calendar_feeds')
        .values({ consultant_id: consultantId, secret_hash: hashToken(secret), created_at: this.now().toISOString() })
        .execute();
    });
    return this.feedUrl(secret);
  }

  /** When the consultant's current feed was made; undefined when there is none. */
  async createdAt(consultantId: string): Promise<string | undefined> {
    const row = await this.storage.db
      .selectFrom('consultant_calendar_feeds')
      .select('created_at')
      .where('consultant_id', '=', consultantId)
      .executeTakeFirst();
    return row?.created_at;
  }

  /** `audit` runs in the same transaction, when there was a feed to revoke. */
  async revoke(consultantId: string, audit: (trx: Kysely<Database>) => Promise<void>): Promise<void> {
    await this.storage.db.transaction().execute(async (trx) => {
      const result = await trx
        .deleteFrom('consultant_calendar_feeds')
        .where('consultant_id', '=', consultantId)
        .executeTakeFirst();
      if (Number(result.numDeletedRows) > 0) await audit(trx);
    });
  }

  /**
   * The feed for a secret, or undefined. Confirmed bookings from 30 days back, each with what the
   * consultant needs in their calendar app to hold the talk: topic, the booker's name, the
   * language, the booker's time zone, the question and the video room. Not the booker's address:
   * calendar apps sync to services outside the county's care, and the console has it.
   */
  async ics(secret: string): Promise<string | undefined> {
    const feed = await this.storage.db
      .selectFrom('consultant_calendar_feeds')
      .select('consultant_id')
      .where('secret_hash', '=', hashToken(secret))
      .executeTakeFirst();
    if (!feed) return undefined;
    const content = await this.service.content();
    const now = this.now();
    const rows = await this.storage.db
      .selectFrom('appointment_bookings')
      .selectAll()
      .where('consultant_id', '=', feed.consultant_id)
      .where('status', '=', 'booked')
      .where('cancelled_at', 'is', null)
      .where('end_utc', '>=', isoInstant(now.getTime() - FEED_PAST_DAYS * DAY_MS))
      .orderBy('start_utc')
      .execute();
    const consultant = content.consultants.find((c) => c.id === feed.consultant_id);
    const titleOf = (topic: string) => content.topics.find((t) => t.id === topic)?.title.de ?? topic;
    return buildIcsFeed(
      { name: `Beratungen – ${consultant?.name ?? feed.consultant_id}`, refreshMinutes: FEED_REFRESH_MINUTES },
      rows.map((row) => {
        const room = this.service.videoUrlOf(row.id);
        return {
          uid: `${row.id}-consultant@${this.service.uidHost}`,
          stamp: new Date(row.confirmed_at ?? row.requested_at),
          start: new Date(row.start_utc),
          end: new Date(row.end_utc),
          summary: `${titleOf(row.topic)} – ${row.name}`,
          description: [
            `Thema: ${titleOf(row.topic)}`,
            `Name: ${row.name}`,
            `Sprache: ${row.language}`,
            `Zeitzone: ${row.time_zone}`,
            ...(row.message ? [`Frage: ${row.message}`] : []),
            `Videoraum: ${room}`,
          ].join('\n'),
          url: room,
          status: 'CONFIRMED' as const,
          sequence: 0,
          language: 'de',
        };
      }),
    );
  }
}

import type { ExpressionBuilder, Kysely, Transaction } from 'kysely';
import type { Database } from '../storage/schema.js';

/**
 * The rules of held bookings in storage. A booking is held until its link in the mail confirms
 * it; a hold whose time ran out ("lapsed") never blocks anyone: its quarter hours stop counting
 * at once, are deleted by the next booking, and the hourly purge deletes the whole row.
 */

type Db = Kysely<Database> | Transaction<Database>;

/** Bookings that still occupy their slot: confirmed ones, and holds whose time has not run out. */
export function stillHolding(now: string) {
  return (eb: ExpressionBuilder<Database, 'appointment_bookings'>) =>
    eb.or([eb('appointment_bookings.status', '=', 'booked'), eb('appointment_bookings.hold_expires_at', '>', now)]);
}

/**
 * How many open bookings an address has: held or confirmed, not cancelled, not yet ended. Asked
 * inside the booking's transaction, so two requests at once cannot both take the last place.
 */
export async function openBookingsOf(db: Db, addressHash: string, now: string): Promise<number> {
  const row = await db
    .selectFrom('appointment_bookings')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('address_hash', '=', addressHash)
    .where('end_utc', '>', now)
    .where('cancelled_at', 'is', null)
    .where(stillHolding(now))
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

/**
 * Frees the quarter hours of lapsed holds, so a new booking of the same time does not collide
 * with them. The rows stay until the purge: confirming late then says "expired", not "unknown".
 */
export async function releaseLapsedHolds(db: Db, now: string): Promise<void> {
  await db
    .deleteFrom('consultant_busy_units')
    .where('booking_id', 'in', (eb) =>
      eb
        .selectFrom('appointment_bookings')
        .select('id')
        .where('status', '=', 'held')
        .where('hold_expires_at', '<=', now),
    )
    .execute();
}

/**
 * Deletes holds nobody confirmed (lapsed, or cancelled before confirming): their name, address
 * and message were never confirmed and are not kept. Their quarter hours go with them.
 */
export async function purgeUnconfirmed(db: Db, now: string): Promise<number> {
  const result = await db
    .deleteFrom('appointment_bookings')
    .where('status', '=', 'held')
    .where((eb) => eb.or([eb('hold_expires_at', '<=', now), eb('cancelled_at', 'is not', null)]))
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

import { createHash } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { Database } from './schema.js';

/** What a lock serialises; each kind is its own key space, so keys of two kinds never collide. */
const LOCK_KINDS = {
  /** Everything one address may do a limited number of times: open bookings, mails a day. */
  address: 1,
  /** Writing the dashboard's seed at start, which two instances starting together would both do. */
  'dashboard-seed': 2,
  /** Seeding and editing the appointments content: each edit reads it whole, then writes it whole. */
  'appointment-content': 3,
  /** Seeding, editing and importing the FAQ: two instances starting together seed once. */
  'faq-content': 4,
} as const;

export type LockKind = keyof typeof LOCK_KINDS;

/**
 * Makes the rest of the caller's transaction run alone among transactions that take the same
 * lock, until it commits or rolls back. Transactions that count something and then insert (the
 * open bookings of an address, its mails today) need that: under PostgreSQL's READ COMMITTED two
 * of them would both count below the limit and both insert.
 *
 * PostgreSQL: a transaction-scoped advisory lock on two int4 keys (kind, first 32 bits of the
 * key's SHA-256). Two keys sharing 32 bits only wait for each other a moment; never a wrong answer.
 * Taking it again in the same transaction is allowed (a booking, then its mail): such locks stack.
 * SQLite: nothing to do; its one connection runs one transaction at a time (Kysely's driver
 * holds a mutex around it), so the transaction runs alone already.
 */
export async function lockTransaction(
  trx: Kysely<Database>,
  engine: 'sqlite' | 'postgres',
  kind: LockKind,
  key = '',
): Promise<void> {
  if (engine !== 'postgres') return;
  const digest = createHash('sha256').update(key).digest();
  await sql`select pg_advisory_xact_lock(${LOCK_KINDS[kind]}::int4, ${digest.readInt32BE(0)}::int4)`.execute(trx);
}

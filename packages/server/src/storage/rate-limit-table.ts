import { createHash } from 'node:crypto';
import type { RateCounter } from '../http/rate-limit.js';
import type { Storage } from './database.js';

/**
 * Rate-limit counts in the `rate_limit_counts` table, shared by every instance on one PostgreSQL
 * database: one atomic upsert per limited request. Rows hold a hash of bucket, window and client,
 * never an address, and one window's row cannot be linked to the next. An instance that sees a
 * new window of a bucket first deletes the bucket's rows older than the window before, so at most
 * two windows of rows exist (the previous one is kept for instances whose clocks lag a little).
 */
export class TableCounter implements RateCounter {
  private readonly currentWindow = new Map<string, number>();

  constructor(private readonly storage: Storage) {}

  async hit(bucket: string, client: string, windowStartMs: number, windowMs: number): Promise<number> {
    const windowStart = new Date(windowStartMs).toISOString();
    if (this.currentWindow.get(bucket) !== windowStartMs) {
      this.currentWindow.set(bucket, windowStartMs);
      await this.storage.db
        .deleteFrom('rate_limit_counts')
        .where('bucket', '=', bucket)
        .where('window_start', '<', new Date(windowStartMs - windowMs).toISOString())
        .execute();
    }
    const row = await this.storage.db
      .insertInto('rate_limit_counts')
      .values({
        bucket,
        client_hash: createHash('sha256').update(`${bucket}|${windowStart}|${client}`).digest('hex'),
        window_start: windowStart,
        hits: 1,
      })
      .onConflict((oc) =>
        oc.columns(['bucket', 'client_hash', 'window_start']).doUpdateSet((eb) => ({
          hits: eb('rate_limit_counts.hits', '+', 1),
        })),
      )
      .returning('hits')
      .executeTakeFirstOrThrow();
    return row.hits;
  }
}

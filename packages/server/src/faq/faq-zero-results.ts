import { normaliseFaqQuery, type FaqZeroResultList, type SupportedLocale } from '@welcome-widgets/domain';
import { BERLIN, addDays, zonedDate } from '@welcome-widgets/domain/time';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../storage/schema.js';

/** Kept this long, then purged: enough for the console's 30 days and a look back at the quarter. */
export const ZERO_RESULT_RETENTION_DAYS = 90;

/**
 * People type their own details into search boxes. A query with an e-mail address or a run of six
 * or more digits (phone, file or customer numbers; paragraphs, years, postcodes and salaries have
 * fewer), spaces, dots, slashes and hyphens between them allowed, is not kept.
 */
const PERSONAL = [/@/u, /\d(?:[\s./-]?\d){5,}/u];

/**
 * Counts a search that found nothing: one more for (Berlin day, language, normalised query).
 * Nothing else: no time of day, no address, no session. Returns whether it was counted.
 */
export async function countZeroResult(
  db: Kysely<Database>,
  report: { query: string; language: SupportedLocale },
  now: Date,
): Promise<boolean> {
  const query = normaliseFaqQuery(report.query);
  if (!query || PERSONAL.some((pattern) => pattern.test(query))) return false;
  await db
    .insertInto('faq_zero_results')
    .values({ day: zonedDate(now, BERLIN), language: report.language, query, count: 1 })
    .onConflict((oc) =>
      oc.columns(['day', 'language', 'query']).doUpdateSet({ count: sql`${sql.ref('faq_zero_results.count')} + 1` }),
    )
    .execute();
  return true;
}

/** The most reported of the last `days` Berlin days (today included), most first. */
export async function topZeroResults(
  db: Kysely<Database>,
  options: { days: number; limit: number; now: Date },
): Promise<FaqZeroResultList> {
  const to = zonedDate(options.now, BERLIN);
  const from = addDays(to, 1 - options.days);
  const rows = await db
    .selectFrom('faq_zero_results')
    .select((eb) => [
      'query',
      'language',
      eb.fn.sum<number | string>('count').as('total'),
      eb.fn.max<string>('day').as('last_day'),
    ])
    .where('day', '>=', from)
    .groupBy(['language', 'query'])
    .orderBy('total', 'desc')
    .orderBy('last_day', 'desc')
    .orderBy('query')
    .limit(options.limit)
    .execute();
  return {
    from,
    to,
    searches: rows.map((row) => ({
      query: row.query,
      language: row.language as SupportedLocale,
      // PostgreSQL returns sums as strings.
      count: Number(row.total),
      lastDay: row.last_day,
    })),
  };
}

/** Deletes the counts of days before the retention period. */
export async function purgeZeroResults(db: Kysely<Database>, now: Date): Promise<number> {
  const oldest = addDays(zonedDate(now, BERLIN), -ZERO_RESULT_RETENTION_DAYS);
  const result = await db.deleteFrom('faq_zero_results').where('day', '<', oldest).executeTakeFirst();
  return Number(result.numDeletedRows);
}

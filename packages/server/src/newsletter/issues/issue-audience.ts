import {
  SUPPORTED_LOCALES,
  type NewsletterAudience,
  type NewsletterTopic,
  type SupportedLocale,
} from '@welcome-widgets/domain';
import type { ExpressionBuilder, Kysely } from 'kysely';
import type { Database } from '../../storage/schema.js';

/**
 * Subscribers whose topics (a JSON array of fixed names, none with a LIKE wildcard) include one of
 * `topics`: the same test on both engines, without JSON functions.
 */
export function hasAnyTopic(topics: readonly NewsletterTopic[]) {
  return (eb: ExpressionBuilder<Database, 'newsletter_subscribers'>) =>
    eb.or(topics.map((topic) => eb('newsletter_subscribers.topics', 'like', `%"${topic}"%`)));
}

/**
 * Who an issue about `topics` with texts in `languages` reaches now: confirmed subscribers of one
 * of its topics in one of its languages. Those of its topics in another language get nothing (an
 * issue in a language they did not choose would be a mail they cannot read) and are counted apart.
 */
export async function audienceOf(
  db: Kysely<Database>,
  topics: readonly NewsletterTopic[],
  languages: readonly SupportedLocale[],
): Promise<NewsletterAudience> {
  const rows = await db
    .selectFrom('newsletter_subscribers')
    .select((eb) => ['language', eb.fn.countAll<number>().as('count')])
    .where('status', '=', 'confirmed')
    .where(hasAnyTopic(topics))
    .groupBy('language')
    .execute();
  const counts = new Map(rows.map((row) => [row.language, Number(row.count)]));
  const ordered = SUPPORTED_LOCALES.filter((language) => (counts.get(language) ?? 0) > 0).map((language) => ({
    language,
    count: counts.get(language)!,
  }));
  const byLanguage = ordered.filter((row) => languages.includes(row.language));
  return {
    recipients: byLanguage.reduce((sum, row) => sum + row.count, 0),
    byLanguage,
    withoutText: ordered.filter((row) => !languages.includes(row.language)),
  };
}

import {
  NEWSLETTER_TOPICS,
  SUPPORTED_LOCALES,
  type NewsletterSubscriberCounts,
  type NewsletterTopic,
  type SupportedLocale,
} from '@welcome-widgets/domain';
import type { Storage } from '../../storage/database.js';

/** Confirmed subscribers by topic and language: one row per subscriber is read, the rest is counting. */
export async function subscriberCounts(storage: Storage): Promise<NewsletterSubscriberCounts> {
  const rows = await storage.db
    .selectFrom('newsletter_subscribers')
    .select(['topics', 'language'])
    .where('status', '=', 'confirmed')
    .execute();
  const byTopic = new Map<NewsletterTopic, number>();
  const byLanguage = new Map<SupportedLocale, number>();
  const byBoth = new Map<string, number>();
  for (const row of rows) {
    const language = row.language as SupportedLocale;
    byLanguage.set(language, (byLanguage.get(language) ?? 0) + 1);
    for (const topic of JSON.parse(row.topics) as NewsletterTopic[]) {
      byTopic.set(topic, (byTopic.get(topic) ?? 0) + 1);
      byBoth.set(`${topic} ${language}`, (byBoth.get(`${topic} ${language}`) ?? 0) + 1);
    }
  }
  return {
    confirmed: rows.length,
    byTopic: NEWSLETTER_TOPICS.map((topic) => ({ topic, count: byTopic.get(topic) ?? 0 })),
    byLanguage: SUPPORTED_LOCALES.map((language) => ({ language, count: byLanguage.get(language) ?? 0 })),
    byTopicAndLanguage: NEWSLETTER_TOPICS.flatMap((topic) =>
      SUPPORTED_LOCALES.map((language) => ({ topic, language, count: byBoth.get(`${topic} ${language}`) ?? 0 })),
    ),
  };
}

/** The byte order mark: without it Excel reads UTF-8 as the old Windows code page. */
const BOM = '\uFEFF';

/**
 * Confirmed subscribers as CSV (RFC 4180: comma, CRLF, quotes doubled), one per line, oldest first:
 * `email,topics,language,confirmedAt`, topics separated by spaces. A cell starting with = + - @ (or
 * a tab or CR) gets a leading apostrophe, so a spreadsheet shows it instead of running it as a formula.
 */
export async function subscribersCsv(storage: Storage): Promise<string> {
  const rows = await storage.db
    .selectFrom('newsletter_subscribers')
    .select(['email', 'topics', 'language', 'confirmed_at'])
    .where('status', '=', 'confirmed')
    .orderBy('confirmed_at')
    .orderBy('id')
    .execute();
  const lines = [['email', 'topics', 'language', 'confirmedAt'].join(',')];
  for (const row of rows) {
    const topics = (JSON.parse(row.topics) as string[]).join(' ');
    lines.push([row.email, topics, row.language, row.confirmed_at].map(csvCell).join(','));
  }
  return `${BOM}${lines.join('\r\n')}\r\n`;
}

export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

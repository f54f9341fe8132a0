import {
  SOURCE_LOCALE,
  SUPPORTED_LOCALES,
  isSupportedLocale,
  type FaqAdminEntry,
  type FaqAdminEntryList,
  type FaqAdminListItem,
  type FaqHelpfulCounts,
  type FaqTextStatus,
  type SupportedLocale,
} from '@welcome-widgets/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../storage/schema.js';
import type { FaqSource, FaqSourceEntry } from './faq-source.js';

/** The FAQ as the console shows it: states per language beside the German reference, helpful counts. */

export type HelpfulCounts = Map<string, Record<SupportedLocale, FaqHelpfulCounts>>;

/** The "Was this helpful?" counts per entry and language (faq_feedback). */
export async function helpfulCounts(db: Kysely<Database>, entryId?: string): Promise<HelpfulCounts> {
  const rows = await db
    .selectFrom('faq_feedback')
    .selectAll()
    .$if(entryId !== undefined, (q) => q.where('entry_id', '=', entryId!))
    .execute();
  const counts: HelpfulCounts = new Map();
  for (const row of rows) {
    if (!isSupportedLocale(row.language)) continue;
    const entry = counts.get(row.entry_id) ?? noVotes();
    entry[row.language] = { yes: row.helpful, no: row.not_helpful };
    counts.set(row.entry_id, entry);
  }
  return counts;
}

function noVotes(): Record<SupportedLocale, FaqHelpfulCounts> {
  return Object.fromEntries(SUPPORTED_LOCALES.map((l) => [l, { yes: 0, no: 0 }])) as Record<
    SupportedLocale,
    FaqHelpfulCounts
  >;
}

export function textStatus(entry: FaqSourceEntry, language: SupportedLocale): FaqTextStatus {
  const text = entry.texts[language];
  if (!text) return 'missing';
  if (language === SOURCE_LOCALE) return 'current';
  return text.updatedAt < entry.texts.de.updatedAt ? 'outdated' : 'current';
}

export function entryList(source: FaqSource, helpful: HelpfulCounts, version: number): FaqAdminEntryList {
  const categoryOrder = source.categories.map((c) => c.id);
  const weight = (entry: FaqSourceEntry) => entry.weight ?? Number.POSITIVE_INFINITY;
  const entries = [...source.entries].sort(
    (a, b) =>
      weight(a) - weight(b) ||
      categoryOrder.indexOf(a.category) - categoryOrder.indexOf(b.category) ||
      a.texts.de.title.localeCompare(b.texts.de.title, SOURCE_LOCALE),
  );
  return {
    version,
    categories: source.categories,
    entries: entries.map((entry): FaqAdminListItem => {
      const votes = helpful.get(entry.id) ?? noVotes();
      const total = Object.values(votes).reduce((sum, v) => ({ yes: sum.yes + v.yes, no: sum.no + v.no }), {
        yes: 0,
        no: 0,
      });
      const languages = Object.fromEntries(
        SUPPORTED_LOCALES.map((language) => {
          const text = entry.texts[language];
          return [
            language,
            {
              status: textStatus(entry, language),
              title: text?.title ?? null,
              updatedAt: text?.updatedAt ?? null,
              helpful: votes[language],
            },
          ];
        }),
      ) as FaqAdminListItem['languages'];
      return { id: entry.id, category: entry.category, weight: entry.weight, languages, helpful: total };
    }),
  };
}

export function adminEntry(entry: FaqSourceEntry, helpful: HelpfulCounts, version: number): FaqAdminEntry {
  const texts = Object.fromEntries(
    SUPPORTED_LOCALES.map((language) => {
      const text = entry.texts[language];
      const status = textStatus(entry, language);
      return [language, text && status !== 'missing' ? { ...text, status } : null];
    }),
  ) as FaqAdminEntry['texts'];
  return {
    version,
    id: entry.id,
    category: entry.category,
    weight: entry.weight,
    related: entry.related,
    texts,
    helpful: helpful.get(entry.id) ?? noVotes(),
  };
}

import { SOURCE_LOCALE, SUPPORTED_LOCALES, type FaqImportResult } from '@welcome-widgets/domain';
import type { Kysely } from 'kysely';
import type { AuditRecord } from '../staff/audit-log.js';
import type { Database } from '../storage/schema.js';
import type { FaqSource, FaqSourceEntry } from './faq-source.js';
import { writeFaqSource, type FaqContentStore } from './faq-store.js';

/**
 * Replaces the whole FAQ with `next` (checked whole by the caller) in one transaction with its
 * audit entry. The entry keeps what a reader of the log needs without the whole FAQ twice: the
 * counts before and after, and which entries were added, removed or changed.
 */
export async function importFaq(
  store: FaqContentStore,
  next: FaqSource,
  audit: (trx: Kysely<Database>, record: AuditRecord) => Promise<void>,
): Promise<FaqImportResult> {
  await store.edit(async (trx, before) => {
    await writeFaqSource(trx, next);
    const old = new Map(before.entries.map((entry) => [entry.id, canonical(entry)]));
    const now = new Map(next.entries.map((entry) => [entry.id, canonical(entry)]));
    await audit(trx, {
      action: 'faq.import',
      target: 'faq',
      before: summary(before),
      after: {
        ...summary(next),
        added: [...now.keys()].filter((id) => !old.has(id)),
        removed: [...old.keys()].filter((id) => !now.has(id)),
        changed: [...now].filter(([id, json]) => old.has(id) && old.get(id) !== json).map(([id]) => id),
        categoriesChanged: JSON.stringify(before.categories) !== JSON.stringify(next.categories),
        synonymsChanged: JSON.stringify(before.synonyms) !== JSON.stringify(next.synonyms),
      },
    });
  });
  return { version: store.version, ...summary(next) };
}

function summary(source: FaqSource) {
  return {
    entries: source.entries.length,
    translations: source.entries.reduce(
      (sum, entry) => sum + Object.keys(entry.texts).filter((language) => language !== SOURCE_LOCALE).length,
      0,
    ),
    categories: source.categories.length,
    synonymGroups: source.synonyms.length,
  };
}

/** The same entry gives the same text, however its languages were read. */
function canonical(entry: FaqSourceEntry): string {
  return JSON.stringify([
    entry.category,
    entry.weight,
    entry.related,
    SUPPORTED_LOCALES.map((l) => entry.texts[l] ?? null),
  ]);
}

import { SUPPORTED_LOCALES, isSupportedLocale, type SupportedLocale } from '@welcome-widgets/domain';
import type { Kysely, Transaction } from 'kysely';
import type { Logger } from '../http/logger.js';
import type { ContentVersions } from '../storage/content-versions.js';
import type { Storage } from '../storage/database.js';
import type { Database } from '../storage/schema.js';
import { SeededContent } from '../storage/seeded-content.js';
import { buildFaqContent, type FaqContent } from './faq-content.js';
import type { FaqSource, FaqSourceEntry, FaqSourceText } from './faq-source.js';

/**
 * The FAQ in the database (ADR 0018, "FAQ in the database"): the folder named by FAQ_CONTENT_DIR
 * seeds an empty database once; from then on staff edit it through the admin API. Readers get the
 * rendered FAQ; editors and `edit` the FAQ as stored, unrendered.
 */
export class FaqContentStore extends SeededContent<FaqSource, FaqContent> {
  constructor(
    storage: Storage,
    versions: ContentVersions,
    private readonly seed: FaqSource,
    private readonly logger: Logger,
  ) {
    super(storage, versions, { version: 'faq', lock: 'faq-content' });
  }

  /** The FAQ as stored, unrendered (what editors see). */
  source(): Promise<FaqSource> {
    return readFaqSource(this.storage.db);
  }

  protected read(db: Kysely<Database>): Promise<FaqSource> {
    return readFaqSource(db);
  }

  protected build(source: FaqSource): FaqContent {
    return buildFaqContent(source);
  }

  protected async isSeeded(trx: Transaction<Database>): Promise<boolean> {
    return (await trx.selectFrom('faq_synonyms').select('id').executeTakeFirst()) !== undefined;
  }

  protected writeSeed(trx: Transaction<Database>): Promise<void> {
    return writeFaqSource(trx, this.seed);
  }

  protected seededNow(): void {
    this.logger.info('FAQ seeded from FAQ_CONTENT_DIR', { entries: this.seed.entries.length });
  }
}

/** The FAQ as stored; an empty database (not yet seeded) has none. */
export async function readFaqSource(db: Kysely<Database>): Promise<FaqSource> {
  const synonyms = await db.selectFrom('faq_synonyms').select('groups').executeTakeFirst();
  if (!synonyms) throw new Error('The FAQ has not been seeded');
  const categories = await db.selectFrom('faq_categories').selectAll().orderBy('position').execute();
  const entries = await db.selectFrom('faq_entries').selectAll().orderBy('id').execute();
  const texts = await db.selectFrom('faq_texts').selectAll().execute();
  const byEntry = new Map<string, Partial<Record<SupportedLocale, FaqSourceText>>>();
  for (const row of texts) {
    if (!isSupportedLocale(row.language)) continue;
    const entryTexts = byEntry.get(row.entry_id) ?? {};
    entryTexts[row.language] = { title: row.title, body: row.body, updatedAt: row.updated_at };
    byEntry.set(row.entry_id, entryTexts);
  }
  return {
    categories: categories.map((row) => ({
      id: row.id,
      title: JSON.parse(row.titles) as Record<SupportedLocale, string>,
    })),
    synonyms: JSON.parse(synonyms.groups) as string[][],
    entries: entries.flatMap((row): FaqSourceEntry[] => {
      const entryTexts = byEntry.get(row.id);
      // Every entry is written with its German text; one without would be a hand edit gone wrong.
      if (!entryTexts?.de) throw new Error(`FAQ entry ${row.id} has no German text`);
      return [
        {
          id: row.id,
          category: row.category,
          weight: row.weight,
          related: JSON.parse(row.related) as string[],
          texts: { ...entryTexts, de: entryTexts.de },
        },
      ];
    }),
  };
}

/** Replaces the whole FAQ with `source` (checked by the caller). Helpful counts of entries kept stay. */
export async function writeFaqSource(trx: Kysely<Database>, source: FaqSource): Promise<void> {
  await trx.deleteFrom('faq_texts').execute();
  await trx.deleteFrom('faq_entries').execute();
  await trx.deleteFrom('faq_categories').execute();
  await trx.deleteFrom('faq_synonyms').execute();
  if (source.categories.length > 0)
    await trx
      .insertInto('faq_categories')
      .values(source.categories.map((c, position) => ({ id: c.id, position, titles: JSON.stringify(c.title) })))
      .execute();
  for (const entry of source.entries) await insertEntry(trx, entry);
  await writeSynonyms(trx, source.synonyms, newestOf(source));
  const ids = source.entries.map((entry) => entry.id);
  await trx
    .deleteFrom('faq_feedback')
    .$if(ids.length > 0, (q) => q.where('entry_id', 'not in', ids))
    .execute();
}

export async function insertEntry(trx: Kysely<Database>, entry: FaqSourceEntry): Promise<void> {
  await trx
    .insertInto('faq_entries')
    .values({
      id: entry.id,
      category: entry.category,
      weight: entry.weight,
      related: JSON.stringify(entry.related),
    })
    .execute();
  const rows = SUPPORTED_LOCALES.flatMap((language) => {
    const text = entry.texts[language];
    return text
      ? [{ entry_id: entry.id, language, title: text.title, body: text.body, updated_at: text.updatedAt }]
      : [];
  });
  await trx.insertInto('faq_texts').values(rows).execute();
}

export async function writeSynonyms(trx: Kysely<Database>, groups: string[][], now: string): Promise<void> {
  await trx.deleteFrom('faq_synonyms').execute();
  await trx
    .insertInto('faq_synonyms')
    .values({ id: 'current', groups: JSON.stringify(groups), updated_at: now })
    .execute();
}

/** The newest text's instant: when a seed or an import last changed the FAQ, as far as it says. */
function newestOf(source: FaqSource): string {
  let newest = '1970-01-01T00:00:00.000Z';
  for (const entry of source.entries)
    for (const text of Object.values(entry.texts)) if (text.updatedAt > newest) newest = text.updatedAt;
  return newest;
}

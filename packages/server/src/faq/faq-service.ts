import { FaqSearch } from '@welcome-widgets/domain/faq-search';
import type { FaqEntry, FaqResponse, SupportedLocale } from '@welcome-widgets/domain';
import { sql } from 'kysely';
import type { ContentVersions } from '../storage/content-versions.js';
import type { Storage } from '../storage/database.js';
import type { FaqContentStore } from './faq-store.js';

/**
 * Serves the FAQ as stored (faq-store.ts), searches it with the widget's own ranking, and counts feedback.
 * Entries come most asked first: by the anonymous "helpful" counts of all languages (a question
 * people need in Arabic is needed in German too, and all languages together say more than one),
 * then in the editor's order. Searching uses the same order to break ties, in the browser as here.
 */
export class FaqService {
  private readonly searches = new Map<SupportedLocale, { order: string; synonyms: string[][]; search: FaqSearch }>();

  constructor(
    private readonly store: FaqContentStore,
    private readonly storage: Storage,
    private readonly versions: ContentVersions,
  ) {}

  async response(
    language: SupportedLocale,
    options: { q?: string | undefined; category?: string | undefined },
  ): Promise<FaqResponse> {
    const content = await this.store.current();
    const all = await this.mostAskedFirst(content.entries[language]);
    const inCategory = options.category ? all.filter((e) => e.category === options.category) : all;
    const base = { language, categories: content.categories[language], synonyms: content.synonyms };
    if (!options.q?.trim()) return { ...base, entries: inCategory };
    const matches = this.searchFor(language, all, content.synonyms).search(options.q, { category: options.category });
    const byId = new Map(all.map((entry) => [entry.id, entry]));
    return { ...base, entries: matches.map((m) => byId.get(m.id)!), matches };
  }

  /**
   * Changes with every edit and every vote, through any instance, since a vote may change the
   * order; prebuilt answers are rebuilt for a new version (content-versions.ts).
   */
  get contentVersion(): string {
    return `${this.store.version}.${this.versions.version('faq-feedback')}`;
  }

  async hasEntry(id: string): Promise<boolean> {
    return (await this.store.current()).entries.de.some((entry) => entry.id === id);
  }

  async hasCategory(id: string): Promise<boolean> {
    return (await this.store.current()).categories.de.some((category) => category.id === id);
  }

  async countFeedback(id: string, language: SupportedLocale, helpful: boolean): Promise<void> {
    const column = helpful ? 'helpful' : 'not_helpful';
    const version = await this.storage.db.transaction().execute(async (trx) => {
      await trx
        .insertInto('faq_feedback')
        .values({ entry_id: id, language, helpful: helpful ? 1 : 0, not_helpful: helpful ? 0 : 1 })
        .onConflict((oc) =>
          oc.columns(['entry_id', 'language']).doUpdateSet({ [column]: sql`${sql.ref(`faq_feedback.${column}`)} + 1` }),
        )
        .execute();
      return this.versions.bump(trx, 'faq-feedback');
    });
    this.versions.seen('faq-feedback', version);
  }

  /** The language's entries by helpful votes, ties in the editor's order (a stable sort keeps it). */
  private async mostAskedFirst(entries: FaqEntry[]): Promise<FaqEntry[]> {
    const rows = await this.storage.db
      .selectFrom('faq_feedback')
      .select(['entry_id', (eb) => eb.fn.sum<number | string>('helpful').as('helpful')])
      .groupBy('entry_id')
      .execute();
    // PostgreSQL returns sums as strings.
    const votes = new Map(rows.map((row) => [row.entry_id, Number(row.helpful)]));
    return [...entries].sort((a, b) => (votes.get(b.id) ?? 0) - (votes.get(a.id) ?? 0));
  }

  /** One search per language, rebuilt only when the content or the order changed (it breaks ties). */
  private searchFor(language: SupportedLocale, entries: FaqEntry[], synonyms: string[][]): FaqSearch {
    const order = entries.map((entry) => entry.id).join(',');
    let cached = this.searches.get(language);
    // Each content version is built anew, synonyms too: the same array means the same content.
    if (cached?.order !== order || cached.synonyms !== synonyms) {
      cached = { order, synonyms, search: new FaqSearch(entries, synonyms, { language }) };
      this.searches.set(language, cached);
    }
    return cached.search;
  }
}

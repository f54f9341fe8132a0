import { FaqSearch } from '@welcome-widgets/domain/faq-search';
import type { FaqEntry, FaqResponse, FaqSearchResponse, SupportedLocale } from '@welcome-widgets/domain';
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
  /** Per language, the search of one content version: built once, not per request (issue 15). */
  private readonly searches = new Map<SupportedLocale, { version: string; built: Promise<LanguageSearch> }>();

  constructor(
    private readonly store: FaqContentStore,
    private readonly storage: Storage,
    private readonly versions: ContentVersions,
  ) {}

  /** All entries of a language (of a category), most asked first. */
  async response(language: SupportedLocale, options: { category?: string | undefined }): Promise<FaqResponse> {
    const content = await this.store.current();
    const all = await this.mostAskedFirst(content.entries[language]);
    const entries = options.category ? all.filter((e) => e.category === options.category) : all;
    return { language, categories: content.categories[language], synonyms: content.synonyms, entries };
  }

  /**
   * Ranked matches for `q`: ids, titles, highlight ranges and scores only. Whoever shows them has
   * the entries already (the widget) or fetches the one it opens; 50 full entries were 53 kB.
   */
  async search(language: SupportedLocale, q: string, category?: string): Promise<FaqSearchResponse> {
    const { search, titles } = await this.searchFor(language);
    const matches = search.search(q, { category }).map((match) => ({
      id: match.id,
      title: titles.get(match.id)!,
      score: match.score,
      highlights: match.highlights,
    }));
    return { language, matches };
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

  /**
   * The language's search as of the content version this instance knows: a new version (an edit,
   * or a vote, which may change the order that breaks ties) builds it anew, once.
   */
  private searchFor(language: SupportedLocale): Promise<LanguageSearch> {
    const version = this.contentVersion;
    const cached = this.searches.get(language);
    if (cached?.version === version) return cached.built;
    const built = this.buildSearch(language);
    const entry = { version, built };
    this.searches.set(language, entry);
    // A failed build (database away) is tried again by the next request, not remembered.
    built.catch(() => {
      if (this.searches.get(language) === entry) this.searches.delete(language);
    });
    return built;
  }

  private async buildSearch(language: SupportedLocale): Promise<LanguageSearch> {
    const content = await this.store.current();
    const entries = await this.mostAskedFirst(content.entries[language]);
    return {
      search: new FaqSearch(entries, content.synonyms, { language }),
      titles: new Map(entries.map((entry) => [entry.id, entry.question])),
    };
  }
}

interface LanguageSearch {
  search: FaqSearch;
  titles: ReadonlyMap<string, string>;
}

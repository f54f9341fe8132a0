import { FaqSearch } from '@welcome-widgets/faq-search/search';
import type { FaqResponse, SupportedLocale } from '@welcome-widgets/core';
import { sql } from 'kysely';
import type { Storage } from '../storage/database.js';
import type { FaqContent } from './faq-content.js';

/** Serves the imported FAQ, searches it with the widget's own ranking, and counts feedback. */
export class FaqService {
  private readonly searches = new Map<SupportedLocale, FaqSearch>();

  constructor(
    private readonly content: FaqContent,
    private readonly storage: Storage,
  ) {}

  response(language: SupportedLocale, options: { q?: string | undefined; category?: string | undefined }): FaqResponse {
    const all = this.content.entries[language];
    const inCategory = options.category ? all.filter((e) => e.category === options.category) : all;
    const base = { language, categories: this.content.categories[language], synonyms: this.content.synonyms };
    if (!options.q?.trim()) return { ...base, entries: inCategory };
    const matches = this.searchFor(language).search(options.q, { category: options.category });
    const byId = new Map(all.map((entry) => [entry.id, entry]));
    return { ...base, entries: matches.map((m) => byId.get(m.id)!), matches };
  }

  hasEntry(id: string): boolean {
    return this.content.entries.de.some((entry) => entry.id === id);
  }

  hasCategory(id: string): boolean {
    return this.content.categories.de.some((category) => category.id === id);
  }

  async countFeedback(id: string, language: SupportedLocale, helpful: boolean): Promise<void> {
    const column = helpful ? 'helpful' : 'not_helpful';
    await this.storage.db
      .insertInto('faq_feedback')
      .values({ entry_id: id, language, helpful: helpful ? 1 : 0, not_helpful: helpful ? 0 : 1 })
      .onConflict((oc) =>
        oc.columns(['entry_id', 'language']).doUpdateSet({ [column]: sql`${sql.ref(`faq_feedback.${column}`)} + 1` }),
      )
      .execute();
  }

  private searchFor(language: SupportedLocale): FaqSearch {
    let search = this.searches.get(language);
    if (!search) {
      search = new FaqSearch(this.content.entries[language], this.content.synonyms);
      this.searches.set(language, search);
    }
    return search;
  }
}

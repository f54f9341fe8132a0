import MiniSearch, { type SearchResult } from 'minisearch';
import { lightStem } from './light-stem.js';
import { fold, foldText } from './fold.js';
import { expandSynonyms, type SynonymGroups } from './synonyms.js';
import { tokenize, withCompoundParts } from './tokenize.js';

/** What the search reads of an entry. */
export interface SearchableEntry {
  id: string;
  category: string;
  question: string;
  /** The answer as plain text (no markup). */
  answerText: string;
}

/** Where a query matched, as [start, end) ranges in the original question and answer text. */
export interface FaqMatch {
  id: string;
  score: number;
  highlights: { question: Array<[number, number]>; answer: Array<[number, number]> };
}

/**
 * Edits allowed per word: none below 4 letters, one for 4 or 5, two from 6 (a swapped pair of
 * letters, "Gehlat" for "Gehalt", is two edits).
 */
export function editsFor(term: string): number {
  return term.length >= 6 ? 2 : term.length >= 4 ? 1 : 0;
}

/**
 * The FAQ search, the same in the browser (typing costs no request) and on the server (for
 * clients without the widget): MiniSearch with our folding, compound parts, synonyms, prefix
 * and typo tolerance; questions weigh three times the answers.
 */
export class FaqSearch {
  private readonly index: MiniSearch<SearchableEntry>;
  private readonly entries = new Map<string, SearchableEntry>();

  constructor(
    entries: readonly SearchableEntry[],
    private readonly synonyms: SynonymGroups = [],
  ) {
    this.index = new MiniSearch<SearchableEntry>({
      fields: ['question', 'answerText'],
      storeFields: [],
      tokenize,
      processTerm: (term) => withCompoundParts(lightStem(foldText(term))),
      searchOptions: {
        processTerm: (term) => lightStem(foldText(term)),
        boost: { question: 3 },
        prefix: (term) => term.length >= 3,
        fuzzy: (term) => editsFor(term),
        maxFuzzy: 2,
        combineWith: 'OR',
      },
    });
    this.index.addAll(entries);
    for (const entry of entries) this.entries.set(entry.id, entry);
  }

  /** The index as JSON: what it would cost to ship it prebuilt instead of building it in the browser. */
  serializedIndex(): string {
    return JSON.stringify(this.index);
  }

  /** Ranked matches, best first; `category` restricts them. */
  search(query: string, options: { category?: string | undefined; limit?: number } = {}): FaqMatch[] {
    if (!query.trim()) return [];
    const filter = options.category
      ? (result: SearchResult) => this.entries.get(result.id)?.category === options.category
      : undefined;
    // Words added from the synonym list help, but weigh less than what the person typed.
    const typedWords = tokenize(query).length;
    const boostTerm = (_term: string, index: number) => (index < typedWords ? 1 : 0.3);
    const results = this.index.search(expandSynonyms(query, this.synonyms), {
      boostTerm,
      ...(filter ? { filter } : {}),
    });
    return results.slice(0, options.limit ?? 50).map((result) => {
      const entry = this.entries.get(result.id)!;
      // A prefix match highlights what was typed ("einwanderung"), not the whole indexed word.
      const typed = result.queryTerms.map((term) => lightStem(foldText(term)));
      const terms = Object.keys(result.match).map((term) => typed.find((q) => term.startsWith(q)) ?? term);
      return {
        id: entry.id,
        score: Math.round(result.score * 1000) / 1000,
        highlights: { question: highlight(entry.question, terms), answer: highlight(entry.answerText, terms) },
      };
    });
  }
}

/** Ranges of the original text where a matched (folded) index term occurs; merged and sorted. */
export function highlight(text: string, terms: readonly string[]): Array<[number, number]> {
  const folded = fold(text);
  const ranges: Array<[number, number]> = [];
  for (const term of terms) {
    if (term.length < 2) continue;
    for (let at = folded.text.indexOf(term); at !== -1; at = folded.text.indexOf(term, at + term.length)) {
      const start = folded.source[at]!;
      const lastSource = folded.source[at + term.length - 1]!;
      // The last folded character may stand for a longer original one (ä → ae): end after it.
      const end = lastSource + (text.codePointAt(lastSource)! > 0xffff ? 2 : 1);
      ranges.push([start, end]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const range of ranges) {
    const last = merged.at(-1);
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([...range]);
  }
  return merged;
}

import { fold, type Folded } from './fold.js';
import { highlight } from './highlight.js';
import { normaliseWord } from './normalise.js';
import { planQuery, type WordSpec } from './query-plan.js';
import { stopwordsFor } from './stopwords.js';
import { prepareSynonyms, type SynonymGroups, type SynonymPhrase } from './synonyms.js';
import { TermIndex } from './term-index.js';
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

export interface FaqSearchOptions {
  /** The content's language: which stopwords to ignore. */
  language?: string | undefined;
}

/**
 * Edits allowed per word: none below 4 letters, one for 4 or 5, two from 6 ("Vorraussetzungen").
 */
export function editsFor(term: string): number {
  return term.length >= 6 ? 2 : term.length >= 4 ? 1 : 0;
}

/** A typed beginning counts less the more of the word is still missing ("anmeld" → "anmelden"). */
const PREFIX_WEIGHT = 0.9;
/** A typo counts less than the right word. */
const FUZZY_WEIGHT = 0.6;
/** Entries that match only some of the typed words fall behind those that match all. */
const COVERAGE_EXPONENT = 1.5;
/** Weaker matches than this share of the best are not worth showing ("ten results" of noise). */
const RELATIVE_FLOOR = 0.3;
/** Scores this close are a tie: then the entries' own order (most asked, then the editor's) decides. */
const TIE = 0.15;
/** Words whose hits are kept between searches (each at most one hit per entry: a megabyte or two at most). */
const MAX_REMEMBERED_WORDS = 512;

interface WordHit {
  score: number;
  /** What to mark in the text: the typed beginning for a prefix, else the matched term. */
  mark: string;
}

/**
 * The FAQ search, the same in the browser (typing costs no request) and on the server (for
 * clients without the widget). Each typed word is a concept; its alternatives (as typed, with
 * typos or as a beginning, as a split or joined compound, as a synonym) compete, the best one
 * counts, so synonyms and prefixes never pile up. Entries that cover more of the typed words come
 * first, ties keep the order the entries came in (most asked first), and weak tails are dropped.
 */
export class FaqSearch {
  private readonly index: TermIndex;
  private readonly entries: readonly SearchableEntry[];
  private readonly stopwords: ReadonlySet<string>;
  private readonly synonyms: SynonymPhrase[][];
  /** Question and answer of each entry folded once, for highlights: typing would fold them on every keystroke. */
  private readonly folded: Array<{ question: Folded; answer: Folded }>;
  /** How each typed word matched, kept between keystrokes: typing changes only the last word. */
  private readonly hitsByWord = new Map<string, Map<number, WordHit>>();

  constructor(entries: readonly SearchableEntry[], synonyms: SynonymGroups = [], options: FaqSearchOptions = {}) {
    this.entries = entries;
    this.stopwords = stopwordsFor(options.language);
    const words = (text: string) => tokenize(text).map((word) => normaliseWord(word));
    this.index = new TermIndex(
      entries.map((e) => ({ question: words(e.question), answer: words(e.answerText) })),
      withCompoundParts,
    );
    this.synonyms = prepareSynonyms(synonyms, this.stopwords);
    this.folded = entries.map((e) => ({ question: fold(e.question), answer: fold(e.answerText) }));
  }

  /** The index as JSON: what it would cost to ship it prebuilt instead of building it in the browser. */
  serializedIndex(): string {
    return JSON.stringify(this.index);
  }

  /** Ranked matches, best first; `category` restricts them. */
  search(query: string, options: { category?: string | undefined; limit?: number } = {}): FaqMatch[] {
    const plan = planQuery(query, {
      vocabulary: this.index.vocabulary,
      stopwords: this.stopwords,
      synonyms: this.synonyms,
    });
    if (plan.concepts.length === 0) return [];
    const allowed = (doc: number) => !options.category || this.entries[doc]!.category === options.category;

    const conceptScores = plan.concepts.map(() => new Map<number, number>());
    const marks = new Map<number, Set<string>>();
    for (const alternative of plan.alternatives) {
      const perWord = alternative.words.map((spec) => this.wordHits(spec));
      for (const [doc] of perWord[0]!) {
        if (!allowed(doc)) continue;
        const hits = perWord.map((hitsOfWord) => hitsOfWord.get(doc));
        if (hits.some((hit) => !hit)) continue;
        const score = (alternative.weight * hits.reduce((sum, hit) => sum + hit!.score, 0)) / hits.length;
        for (const concept of alternative.covers) {
          const scores = conceptScores[concept]!;
          if (score > (scores.get(doc) ?? 0)) scores.set(doc, score);
        }
        let docMarks = marks.get(doc);
        if (!docMarks) marks.set(doc, (docMarks = new Set()));
        for (const hit of hits) docMarks.add(hit!.mark);
      }
    }

    const ranked: Array<{ doc: number; score: number }> = [];
    for (const doc of marks.keys()) {
      let sum = 0;
      let covered = 0;
      for (const scores of conceptScores) {
        const score = scores.get(doc);
        if (score) {
          sum += score;
          covered++;
        }
      }
      ranked.push({ doc, score: sum * (covered / plan.concepts.length) ** COVERAGE_EXPONENT });
    }
    const floor = Math.max(0, ...ranked.map((r) => r.score)) * RELATIVE_FLOOR;
    return breakTies(ranked.filter((r) => r.score >= floor))
      .slice(0, options.limit ?? 50)
      .map(({ doc, score }) => {
        const entry = this.entries[doc]!;
        const folded = this.folded[doc]!;
        const terms = [...marks.get(doc)!].filter((term) => !this.stopwords.has(term));
        return {
          id: entry.id,
          score: Math.round(score * 1000) / 1000,
          highlights: {
            question: highlight(entry.question, terms, folded.question),
            answer: highlight(entry.answerText, terms, folded.answer),
          },
        };
      });
  }

  /** How well one word (in any of its forms) matches each entry: its best matching term counts. */
  private wordHits(spec: WordSpec): Map<number, WordHit> {
    const key = `${spec.forms.join('|')}:${spec.prefix}:${spec.fuzzy}`;
    const cached = this.hitsByWord.get(key);
    if (cached) return cached;
    const hits = new Map<number, WordHit>();
    const vocabulary = this.index.vocabulary;
    const consider = (term: string, weight: number, mark: string) => {
      for (const [doc, score] of this.index.weights(term)) {
        const weighted = weight * score;
        if (weighted > (hits.get(doc)?.score ?? 0)) hits.set(doc, { score: weighted, mark });
      }
    };
    for (const form of spec.forms) {
      consider(form, 1, form);
      if (spec.prefix)
        for (const term of vocabulary.extending(form))
          consider(term, PREFIX_WEIGHT * Math.sqrt(form.length / term.length), form);
      if (spec.fuzzy)
        for (const [term, distance] of vocabulary.near(form, editsFor(form)))
          consider(term, FUZZY_WEIGHT * (1 - distance / form.length), term);
    }
    // The typed word's rarity, not that of whatever longer word it happened to begin.
    const idf = this.index.idf(hits.size);
    for (const hit of hits.values()) hit.score *= idf;
    // The index never changes, so neither do a word's hits; the bound keeps a server's memory flat.
    if (this.hitsByWord.size >= MAX_REMEMBERED_WORDS) this.hitsByWord.clear();
    this.hitsByWord.set(key, hits);
    return hits;
  }
}

/**
 * Best first; runs of near-equal scores (within `TIE` of the run's best) in the entries' order,
 * so that "blue card" lists the general entry before the special cases that mention it as often.
 */
function breakTies<T extends { doc: number; score: number }>(ranked: T[]): T[] {
  const sorted = [...ranked].sort((a, b) => b.score - a.score || a.doc - b.doc);
  const out: T[] = [];
  for (let start = 0; start < sorted.length;) {
    let end = start + 1;
    while (end < sorted.length && sorted[end]!.score >= sorted[start]!.score * (1 - TIE)) end++;
    out.push(...sorted.slice(start, end).sort((a, b) => a.doc - b.doc));
    start = end;
  }
  return out;
}

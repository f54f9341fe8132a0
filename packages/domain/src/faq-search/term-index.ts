import { Vocabulary } from './vocabulary.js';

/** A document as the index sees it: the normalised words of its question and of its answer. */
export interface AnalysedDoc {
  question: readonly string[];
  answer: readonly string[];
}

/** Field weights: the question says what an entry is about; the answer mentions much in passing. */
export const FIELD_WEIGHT = { question: 8, answer: 1 } as const;
/** Parts of compounds count half a word: "karte" in "Chancenkarte" is less than the word "Karte". */
const PART_WEIGHT = 0.5;
const K1 = 1.2;
const B = 0.75;

interface Posting {
  doc: number;
  question: number;
  answer: number;
}

/**
 * BM25F over question and answer: how well one indexed term describes each document. Compound
 * parts (longer words' tails) are indexed too, at half weight.
 */
export class TermIndex {
  readonly vocabulary: Vocabulary;
  private readonly postings = new Map<string, Posting[]>();
  private readonly lengths: Array<{ question: number; answer: number }>;
  private readonly average: { question: number; answer: number };

  constructor(docs: readonly AnalysedDoc[], compoundParts: (word: string) => readonly string[]) {
    this.lengths = docs.map((d) => ({ question: d.question.length, answer: d.answer.length }));
    const total = (field: 'question' | 'answer') => this.lengths.reduce((sum, l) => sum + l[field], 0);
    this.average = {
      question: Math.max(1, total('question') / Math.max(1, docs.length)),
      answer: Math.max(1, total('answer') / Math.max(1, docs.length)),
    };
    docs.forEach((doc, index) => {
      const counts = new Map<string, Posting>();
      const add = (term: string, field: 'question' | 'answer', weight: number) => {
        let posting = counts.get(term);
        if (!posting) counts.set(term, (posting = { doc: index, question: 0, answer: 0 }));
        posting[field] += weight;
      };
      for (const field of ['question', 'answer'] as const) {
        for (const word of doc[field]) {
          add(word, field, 1);
          for (const part of compoundParts(word)) if (part !== word) add(part, field, PART_WEIGHT);
        }
      }
      for (const [term, posting] of counts) {
        let list = this.postings.get(term);
        if (!list) this.postings.set(term, (list = []));
        list.push(posting);
      }
    });
    this.vocabulary = new Vocabulary(this.postings.keys());
  }

  /**
   * How much `term` weighs in each document that contains it (BM25F without the idf: the caller
   * weighs what was typed by how many entries it finds, however many terms it expanded to).
   */
  weights(term: string): Map<number, number> {
    const out = new Map<number, number>();
    const list = this.postings.get(term);
    if (!list) return out;
    for (const posting of list) {
      const length = this.lengths[posting.doc]!;
      let score = 0;
      for (const field of ['question', 'answer'] as const) {
        const tf = posting[field];
        if (tf === 0) continue;
        const norm = 1 - B + (B * length[field]) / this.average[field];
        score += (FIELD_WEIGHT[field] * (tf * (K1 + 1))) / (tf + K1 * norm);
      }
      out.set(posting.doc, score);
    }
    return out;
  }

  /** Inverse document frequency of something found in `documents` of the entries. */
  idf(documents: number): number {
    const n = this.lengths.length;
    return Math.log(1 + (n - documents + 0.5) / (documents + 0.5));
  }

  toJSON(): unknown {
    return { postings: [...this.postings], lengths: this.lengths };
  }
}

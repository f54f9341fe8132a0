import { normaliseWord } from './normalise.js';
import type { SynonymPhrase } from './synonyms.js';
import { tokenize } from './tokenize.js';
import type { Vocabulary } from './vocabulary.js';

/** One word the person typed that says what they look for (stopwords are left out). */
export interface Concept {
  norm: string;
  /** The last word may still be half typed. */
  last: boolean;
}

/** How one word of an alternative is looked up. */
export interface WordSpec {
  forms: readonly string[];
  prefix: boolean;
  fuzzy: boolean;
}

/**
 * One way to read some of the typed words: as typed, a compound split ("bluecard" → "blue card"),
 * two words joined ("Arbeits visum" → "arbeitsvisum"), or a synonym ("blue card" → "Blaue Karte").
 * All its words must match; it counts for the concepts it covers.
 */
export interface Alternative {
  covers: readonly number[];
  words: readonly WordSpec[];
  weight: number;
}

export interface QueryPlan {
  concepts: Concept[];
  alternatives: Alternative[];
}

/** Synonyms help, but weigh less than the words the person chose. */
export const SYNONYM_WEIGHT = 0.6;
/** A split compound is nearly what was typed. */
const SPLIT_WEIGHT = 0.9;
const MIN_PART = 3;
const MAX_SPAN = 3;

export function planQuery(
  query: string,
  context: { vocabulary: Vocabulary; stopwords: ReadonlySet<string>; synonyms: readonly SynonymPhrase[][] },
): QueryPlan {
  const { vocabulary, stopwords, synonyms } = context;
  const words = tokenize(query);
  const content = words.filter((word) => !stopwords.has(normaliseWord(word, false)));
  const concepts: Concept[] = content.map((word, index) => ({
    norm: normaliseWord(word),
    last: index === content.length - 1,
  }));
  const alternatives: Alternative[] = [];

  concepts.forEach((concept, index) => {
    alternatives.push({ covers: [index], words: [asTyped(concept.norm, vocabulary)], weight: 1 });
    const split = splitCompound(concept, vocabulary);
    if (split) alternatives.push({ covers: [index], words: split, weight: SPLIT_WEIGHT });
    const next = concepts[index + 1];
    const joined = next ? concept.norm + next.norm : '';
    if (joined.length >= 6 && vocabulary.begins(joined))
      alternatives.push({
        covers: [index, index + 1],
        words: [{ forms: [joined], prefix: true, fuzzy: false }],
        weight: 1,
      });
  });

  for (let start = 0; start < concepts.length; start++) {
    for (let end = start + 1; end <= Math.min(concepts.length, start + MAX_SPAN); end++) {
      const span = concepts.slice(start, end);
      const key = span.map((c) => c.norm).join('');
      const covers = span.map((_, i) => start + i);
      for (const group of synonyms) {
        if (!group.some((phrase) => phrase.key === key)) continue;
        for (const phrase of group) {
          const same = phrase.words.join(' ') === span.map((c) => c.norm).join(' ');
          if (same || !phrase.words.every((w) => vocabulary.has(w) || (w.length >= 4 && vocabulary.begins(w))))
            continue;
          alternatives.push({
            covers,
            words: phrase.words.map((w) => ({ forms: [w], prefix: w.length >= 4, fuzzy: false })),
            weight: phrase.key === key ? 1 : SYNONYM_WEIGHT,
          });
        }
      }
    }
  }
  return { concepts, alternatives };
}

/** The typed word, and without a German linking "s" ("Arbeits" → "arbeit", which also finds "Arbeiten"). */
function asTyped(norm: string, vocabulary: Vocabulary): WordSpec {
  const forms = [norm];
  const stem = norm.slice(0, -1);
  if (norm.endsWith('s') && stem.length >= 4 && vocabulary.begins(stem)) forms.push(stem);
  return { forms, prefix: norm.length >= 3, fuzzy: true };
}

/**
 * A compound the content writes apart ("bluecard" → "blue" + "card", "arbeitsvisum" → "arbeit"
 * + "visum"): the split whose parts the vocabulary knows best, only when the word itself is unknown.
 */
function splitCompound(concept: Concept, vocabulary: Vocabulary): WordSpec[] | undefined {
  const { norm } = concept;
  if (norm.length < 2 * MIN_PART || vocabulary.has(norm) || !/^\p{L}+$/u.test(norm)) return undefined;
  let best: { head: string; tail: string; quality: number } | undefined;
  for (let cut = MIN_PART; norm.length - cut >= MIN_PART; cut++) {
    const head = norm.slice(0, cut);
    const tail = norm.slice(cut);
    const headForm = vocabulary.has(head)
      ? head
      : head.endsWith('s') && vocabulary.has(head.slice(0, -1))
        ? head.slice(0, -1)
        : undefined;
    const headQuality = headForm ? 2 : vocabulary.begins(head) ? 1 : 0;
    const tailQuality = vocabulary.has(tail) ? 2 : concept.last && vocabulary.begins(tail) ? 1 : 0;
    if (headQuality === 0 || tailQuality === 0) continue;
    const quality = headQuality + tailQuality + Math.min(head.length, tail.length) / norm.length;
    if (!best || quality > best.quality) best = { head: headForm ?? head, tail, quality };
  }
  return best
    ? [
        { forms: [best.head], prefix: true, fuzzy: false },
        { forms: [best.tail], prefix: true, fuzzy: false },
      ]
    : undefined;
}

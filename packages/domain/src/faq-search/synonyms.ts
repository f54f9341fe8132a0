import { normaliseWord } from './normalise.js';
import { tokenize } from './tokenize.js';

/** Groups of words that mean the same to a searcher ("Blaue Karte", "Blue Card", "EU-Karte"). */
export type SynonymGroups = readonly (readonly string[])[];

/** A synonym phrase as the search compares it: its content words, and them joined ("bluecard"). */
export interface SynonymPhrase {
  words: readonly string[];
  key: string;
}

/**
 * Prepares the county's synonym groups once: normalised like the index, stopwords left out, and
 * keyed by the words joined, so that "bluecard", "blue card" and "Blue-Card" are one phrase.
 */
export function prepareSynonyms(groups: SynonymGroups, stopwords: ReadonlySet<string>): SynonymPhrase[][] {
  return groups.map((group) =>
    group
      .map((phrase) => {
        const words = tokenize(phrase)
          .filter((word) => !stopwords.has(normaliseWord(word, false)))
          .map((word) => normaliseWord(word));
        return { words, key: words.join('') };
      })
      .filter((phrase) => phrase.words.length > 0),
  );
}

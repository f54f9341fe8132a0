import { foldText } from './fold.js';
import { lightStem } from './light-stem.js';

/** One word as index and query compare it: folded, and (unless `stem` is false) lightly stemmed. */
export function normaliseWord(word: string, stem = true): string {
  const folded = foldText(word);
  return stem ? lightStem(folded) : folded;
}

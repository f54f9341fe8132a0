import { fold, type Folded } from './fold.js';

const WORD_CHAR = /[\p{L}\p{N}§]/u;
/** Arabic writes the article and some prepositions onto the word: "البطاقة" begins the word "بطاقة". */
const ARABIC_CLITICS = new Set(['ال', 'لل', 'بال', 'وال', 'كال', 'فال', 'وبال', 'و', 'ب', 'ل', 'ف']);
/** Shortest match inside a word that is worth marking: a compound's part ("visum" in "Arbeitsvisum"). */
const MIN_INNER = 5;
/** Shortest beginning of a word worth marking; a whole word may be shorter ("EU", "IT"). */
const MIN_PREFIX = 3;

/**
 * Ranges of the original text where matched (folded) terms occur, merged and sorted. Only real
 * matches: at the beginning of a word (three letters at least, unless the whole word), or a
 * compound's part of five letters or more; never "de" inside "oder". `folded` is the text folded
 * once beforehand (typing highlights the same texts again and again).
 */
export function highlight(
  text: string,
  terms: readonly string[],
  folded: Folded = fold(text),
): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (const term of new Set(terms)) {
    if (!term) continue;
    for (let at = folded.text.indexOf(term); at !== -1; at = folded.text.indexOf(term, at + 1)) {
      if (!isRealMatch(folded.text, at, term.length)) continue;
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

function isRealMatch(text: string, at: number, length: number): boolean {
  let wordStart = at;
  while (wordStart > 0 && WORD_CHAR.test(text[wordStart - 1]!)) wordStart--;
  const beginsWord = wordStart === at || ARABIC_CLITICS.has(text.slice(wordStart, at));
  const endsWord = at + length >= text.length || !WORD_CHAR.test(text[at + length]!);
  if (beginsWord) return length >= MIN_PREFIX || endsWord;
  return length >= MIN_INNER;
}

/**
 * Folds text for matching, the same way for the index and the query: lower case, no diacritics,
 * German umlauts and ß spelled out (ä → ae, so "Fachkraefte" finds "Fachkräfte"), Cyrillic ё → е,
 * Arabic without short vowels and with one alef, Vietnamese without tones (đ → d).
 * Keeps a map from each folded character to its place in the original, for highlights.
 */
export interface Folded {
  text: string;
  /** `source[i]` is the index in the original text of folded character `i`. */
  source: number[];
}

const SPELLED_OUT: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss', ẞ: 'ss' };
const ARABIC: Record<string, string> = { أ: 'ا', إ: 'ا', آ: 'ا', ٱ: 'ا', ى: 'ي', ة: 'ه', ؤ: 'و', ئ: 'ي' };

export function fold(text: string): Folded {
  let out = '';
  const source: number[] = [];
  let index = 0;
  for (const char of text) {
    const lower = char.toLowerCase();
    let folded = SPELLED_OUT[lower] ?? ARABIC[lower];
    if (folded === undefined) {
      folded = lower
        .normalize('NFD')
        .replace(/[\u0300-\u036f\u064b-\u065f\u0670\u0640]/g, '') // Latin/Cyrillic marks, Arabic tashkeel and tatweel
        .replace('đ', 'd')
        .replace('ё', 'е')
        .replace('й', 'и');
    }
    for (const piece of folded) {
      out += piece;
      source.push(index);
    }
    index += char.length;
  }
  return { text: out, source };
}

export function foldText(text: string): string {
  return fold(text).text;
}

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

/**
 * Each character's folding, learnt once: normalising character by character cost most of the
 * time of a keystroke and of building the index. A page's texts use a few hundred characters.
 */
const known = new Map<string, string>();
/** Queries may bring any character (the server folds what strangers type): the memo stays bounded. */
const MAX_KNOWN = 4096;

function foldChar(char: string): string {
  let folded = known.get(char);
  if (folded !== undefined) return folded;
  const lower = char.toLowerCase();
  folded = SPELLED_OUT[lower] ?? ARABIC[lower];
  if (folded === undefined) {
    folded = lower
      .normalize('NFD')
      .replace(/[\u0300-\u036f\u064b-\u065f\u0670\u0640]/g, '') // Latin/Cyrillic marks, Arabic tashkeel and tatweel
      .replace('đ', 'd')
      .replace('ё', 'е')
      .replace('й', 'и');
  }
  if (known.size >= MAX_KNOWN) known.clear();
  known.set(char, folded);
  return folded;
}

export function fold(text: string): Folded {
  let out = '';
  const source: number[] = [];
  let index = 0;
  for (const char of text) {
    const folded = foldChar(char);
    if (folded.length === 1) {
      out += folded;
      source.push(index);
    } else {
      for (const piece of folded) {
        out += piece;
        source.push(index);
      }
    }
    index += char.length;
  }
  return { text: out, source };
}

/** The folded text alone, without the map back to the original (index and query words). */
export function foldText(text: string): string {
  let out = '';
  for (const char of text) out += foldChar(char);
  return out;
}

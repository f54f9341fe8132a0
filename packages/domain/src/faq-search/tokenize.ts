/** Words: runs of letters and digits in any script (Latin, Cyrillic, Arabic, Vietnamese), and "§". */
const WORD = /[\p{L}\p{N}§]+/gu;

export function tokenize(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** Where each word starts and ends, for highlights. */
export function wordSpans(text: string): Array<[number, number]> {
  return [...text.matchAll(WORD)].map((m) => [m.index, m.index + m[0].length]);
}

/** A compound shorter than this is not split. */
const COMPOUND_MIN = 10;
/** No part shorter than this is indexed on its own. */
const PART_MIN = 5;

/**
 * German compounds are found by their parts: "fachkraefteeinwanderung" is also indexed as
 * "einwanderung" (and the other tails), so that a search for the second part finds it; the
 * first part is found by prefix search anyway.
 */
export function withCompoundParts(term: string): string[] {
  if (term.length < COMPOUND_MIN) return [term];
  const parts = [term];
  for (let start = 3; term.length - start >= PART_MIN; start++) parts.push(term.slice(start));
  return parts;
}

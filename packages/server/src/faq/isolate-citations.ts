/**
 * German legal citations ("§ 18a Abs. 1 AufenthG") in right-to-left text: the "§" and the numbers
 * are weak characters, so Arabic text around them reorders the citation ("81a § AufenthG").
 * Wrapping each citation in Unicode isolates (LRI … PDI, invisible) keeps it reading left to right
 * without markup, in questions, answers and the search index alike.
 */
const LRI = '\u2066';
const PDI = '\u2069';

const PART = String.raw`\d+[a-z]?`;
const CITATION = new RegExp(
  String.raw`§{1,2}\s?${PART}` +
    String.raw`(?:\s(?:Abs\.|Satz|Nr\.)\s?${PART}(?:\s(?:und|bis)\s${PART})?)*` +
    String.raw`(?:\s(?:AufenthG|AufenthV|BeschV|BQFG|StAG|FreizügG/EU|BKGG|SGB\s[IVX]+))?`,
  'gu',
);

export function isolateCitations(text: string): string {
  return text.replace(CITATION, (citation) => `${LRI}${citation}${PDI}`);
}

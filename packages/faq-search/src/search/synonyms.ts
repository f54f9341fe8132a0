import { foldText } from './fold.js';

/** Groups of words that mean the same to a searcher ("Blaue Karte", "Blue Card", "EU-Karte"). */
export type SynonymGroups = readonly (readonly string[])[];

/**
 * Adds the other members of every group the query mentions, so that "blue card" finds the
 * German entry about the "Blaue Karte EU". Compared folded, as whole words.
 */
export function expandSynonyms(query: string, groups: SynonymGroups): string {
  const folded = ` ${foldText(query).replace(/[^\p{L}\p{N}§]+/gu, ' ')} `;
  const additions: string[] = [];
  for (const group of groups) {
    const mentioned = group.some((phrase) =>
      folded.includes(
        ` ${foldText(phrase)
          .replace(/[^\p{L}\p{N}§]+/gu, ' ')
          .trim()} `,
      ),
    );
    if (mentioned) additions.push(...group);
  }
  return additions.length > 0 ? `${query} ${additions.join(' ')}` : query;
}

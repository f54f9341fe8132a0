import { COUNTRY_CODES, type CountryCode } from '@welcome-widgets/domain';

/** The names people type besides the official ones (./country-aliases.ts, loaded with the later chunk). */
export type AliasesOf = (code: CountryCode, locale: string) => readonly string[];

export interface CountryOption {
  code: CountryCode;
  name: string;
  /** Name in the reader's language, English name, code and common aliases; lower-case, without diacritics. */
  keys: string[];
}

const cache = new Map<string, CountryOption[]>();

/**
 * All countries named in the reader's language, in that language's alphabetical order; searchable
 * by their aliases too once these are there (until then, by name and code).
 */
export function countryOptions(locale: string, aliasesOf?: AliasesOf): CountryOption[] {
  const key = aliasesOf ? locale : `${locale} without aliases`;
  let options = cache.get(key);
  if (!options) {
    const names = new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' });
    const english = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });
    const collator = new Intl.Collator(locale);
    options = COUNTRY_CODES.map((code) => {
      const name = names.of(code) ?? code;
      const aliases = (aliasesOf?.(code, locale) ?? []).map(fold);
      return { code, name, keys: [fold(name), fold(english.of(code) ?? ''), code.toLowerCase(), ...aliases] };
    }).sort((a, b) => collator.compare(a.name, b.name));
    cache.set(key, options);
  }
  return options;
}

/** Countries whose name (in the reader's language or English) or code starts a word with the query. */
export function filterCountries(options: readonly CountryOption[], query: string): CountryOption[] {
  const wanted = fold(query.trim());
  if (!wanted) return [...options];
  // Exact names and abbreviations first ("UK" is the United Kingdom before Ukraine), then names that
  // begin with the query, then names with a word that does, then the rest.
  const rankOf = (key: string) =>
    key === wanted ? 0 : key.startsWith(wanted) ? 1 : key.includes(` ${wanted}`) ? 2 : key.includes(wanted) ? 3 : 4;
  const rank = (o: CountryOption) => Math.min(...o.keys.map(rankOf));
  return options
    .map((option) => ({ option, rank: rank(option) }))
    .filter((entry) => entry.rank < 4)
    .sort((a, b) => a.rank - b.rank)
    .map((entry) => entry.option);
}

export function countryName(code: string, locale: string): string {
  return new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' }).of(code) ?? code;
}

/** Lower-case, without diacritics and without the dots of abbreviations ("U.S.A." = "USA"). */
function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[.\u2019']/g, '')
    .toLowerCase();
}

import { COUNTRY_CODES, type CountryCode } from '@welcome-widgets/core/contracts';

export interface CountryOption {
  code: CountryCode;
  name: string;
  /** Name in the reader's language, English name and code; lower-case, without diacritics. */
  keys: string[];
}

const cache = new Map<string, CountryOption[]>();

/** All countries named in the reader's language, in that language's alphabetical order. */
export function countryOptions(locale: string): CountryOption[] {
  let options = cache.get(locale);
  if (!options) {
    const names = new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' });
    const english = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });
    const collator = new Intl.Collator(locale);
    options = COUNTRY_CODES.map((code) => {
      const name = names.of(code) ?? code;
      return { code, name, keys: [fold(name), fold(english.of(code) ?? ''), code.toLowerCase()] };
    }).sort((a, b) => collator.compare(a.name, b.name));
    cache.set(locale, options);
  }
  return options;
}

/** Countries whose name (in the reader's language or English) or code starts a word with the query. */
export function filterCountries(options: readonly CountryOption[], query: string): CountryOption[] {
  const wanted = fold(query.trim());
  if (!wanted) return [...options];
  // Names that begin with the query first, then names with a word that does, then the rest.
  const rankOf = (key: string) =>
    key.startsWith(wanted) ? 0 : key.includes(` ${wanted}`) ? 1 : key.includes(wanted) ? 2 : 3;
  const rank = (o: CountryOption) => Math.min(...o.keys.map(rankOf));
  return options
    .map((option) => ({ option, rank: rank(option) }))
    .filter((entry) => entry.rank < 3)
    .sort((a, b) => a.rank - b.rank)
    .map((entry) => entry.option);
}

export function countryName(code: string, locale: string): string {
  return new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' }).of(code) ?? code;
}

function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { aliasesOf } from '../src/ui/country-aliases.js';
import { countryOptions, filterCountries } from '../src/ui/country-names.js';

const firstMatch = (locale: string, typed: string) =>
  filterCountries(countryOptions(locale, aliasesOf), typed)[0]?.code;

/** What people type, per language: abbreviations, everyday names, and Kosovo in its local spelling. */
const TYPED: Record<string, Array<[string, string]>> = {
  de: [
    ['USA', 'US'],
    ['UK', 'GB'],
    ['Großbritannien', 'GB'],
    ['Türkei', 'TR'],
    ['Turkey', 'TR'],
    ['Kosovo', 'XK'],
    ['Amerika', 'US'],
  ],
  en: [
    ['USA', 'US'],
    ['UK', 'GB'],
    ['Great Britain', 'GB'],
    ['Turkey', 'TR'],
    ['Kosovo', 'XK'],
    ['Holland', 'NL'],
  ],
  uk: [
    ['США', 'US'],
    ['UK', 'GB'],
    ['Британія', 'GB'],
    ['Туреччина', 'TR'],
    ['Turkey', 'TR'],
    ['Косово', 'XK'],
  ],
  ru: [
    ['США', 'US'],
    ['USA', 'US'],
    ['Англия', 'GB'],
    ['Турция', 'TR'],
    ['Косово', 'XK'],
  ],
  ar: [
    ['أمريكا', 'US'],
    ['USA', 'US'],
    ['بريطانيا', 'GB'],
    ['تركيا', 'TR'],
    ['كوسوفو', 'XK'],
  ],
  es: [
    ['EE. UU.', 'US'],
    ['EEUU', 'US'],
    ['Gran Bretaña', 'GB'],
    ['Turquía', 'TR'],
    ['Kosovo', 'XK'],
  ],
  vi: [
    ['Mỹ', 'US'],
    ['USA', 'US'],
    ['Anh', 'GB'],
    ['Thổ Nhĩ Kỳ', 'TR'],
    ['Kosovo', 'XK'],
    ['Vietnam', 'VN'],
  ],
};

describe('country search finds the names people type', () => {
  for (const [locale, typed] of Object.entries(TYPED)) {
    it(`in ${locale}`, () => {
      for (const [text, code] of typed) assert.equal(firstMatch(locale, text), code, `"${text}" finds ${code}`);
    });
  }

  it('an exact abbreviation comes before names that merely begin with it', () => {
    assert.equal(firstMatch('de', 'uk'), 'GB');
    assert.equal(firstMatch('de', 'ukr'), 'UA');
  });

  it('before the aliases arrive (they come with the later chunk), names and codes are found', () => {
    const withoutAliases = (typed: string) => filterCountries(countryOptions('de'), typed)[0]?.code;
    assert.equal(withoutAliases('Vereinigte Staaten'), 'US');
    assert.equal(withoutAliases('us'), 'US');
    assert.equal(withoutAliases('Großbritannien'), undefined);
    assert.equal(firstMatch('de', 'Großbritannien'), 'GB', 'the cache without aliases does not hide them later');
  });
});

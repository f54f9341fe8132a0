import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { countryOptions, filterCountries } from '../src/ui/country-names.js';
import { parseLocaleNumber } from '../src/ui/locale-number.js';

describe('parseLocaleNumber', () => {
  it('reads salaries as people type them in their language', () => {
    assert.equal(parseLocaleNumber('52.000', 'de'), 52_000);
    assert.equal(parseLocaleNumber('52.000,50 €', 'de'), 52_000.5);
    assert.equal(parseLocaleNumber('52,000', 'en'), 52_000);
    assert.equal(parseLocaleNumber('52 000', 'ru'), 52_000);
    assert.equal(parseLocaleNumber('52 000', 'uk'), 52_000);
    assert.equal(parseLocaleNumber('٥٢٠٠٠', 'ar'), 52_000);
    assert.equal(parseLocaleNumber('52.000', 'vi'), 52_000);
    assert.equal(parseLocaleNumber('52000', 'es'), 52_000);
    assert.equal(parseLocaleNumber('45934,2', 'de'), 45_934.2);
  });

  it('refuses what is not a number', () => {
    assert.equal(parseLocaleNumber('', 'de'), undefined);
    assert.equal(parseLocaleNumber('viel', 'de'), undefined);
    assert.equal(parseLocaleNumber('-5', 'de'), undefined);
    assert.equal(parseLocaleNumber('1e9', 'en'), undefined);
  });
});

describe('countries', () => {
  it('names all countries in the reader’s language and finds them by any word', () => {
    const german = countryOptions('de');
    assert.equal(german.length, 250);
    assert.equal(filterCountries(german, 'indi')[0]?.code, 'IN');
    assert.equal(filterCountries(german, 'vereinigte st')[0]?.code, 'US');
    assert.ok(
      filterCountries(german, 'turkei').some((c) => c.code === 'TR'),
      'diacritics folded',
    );
    assert.equal(filterCountries(countryOptions('ru'), 'Вьет')[0]?.code, 'VN');
    assert.equal(filterCountries(countryOptions('ar'), 'India')[0]?.code, 'IN', 'English names work everywhere');
    assert.equal(filterCountries(german, 'xk')[0]?.code, 'XK');
  });
});

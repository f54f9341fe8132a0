import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { textDirection, toSupportedLocale } from '../src/locale/supported-locale.js';

describe('toSupportedLocale', () => {
  it('keeps the seven languages and drops regions', () => {
    for (const tag of ['de', 'en', 'uk', 'ru', 'ar', 'es', 'vi']) assert.equal(toSupportedLocale(tag), tag);
    assert.equal(toSupportedLocale('de-AT'), 'de');
    assert.equal(toSupportedLocale('ar_EG'), 'ar');
    assert.equal(toSupportedLocale('ES-mx'), 'es');
  });

  it('falls back to English for unknown languages and to German when none is given', () => {
    assert.equal(toSupportedLocale('fr'), 'en');
    assert.equal(toSupportedLocale('pt-BR'), 'en');
    assert.equal(toSupportedLocale(''), 'de');
    assert.equal(toSupportedLocale(null), 'de');
    assert.equal(toSupportedLocale('  '), 'de');
  });

  it('writes Arabic right to left', () => {
    assert.equal(textDirection('ar'), 'rtl');
    assert.equal(textDirection('uk'), 'ltr');
  });
});

import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { formatCount } from '@welcome-widgets/core';
import { type QuickcheckNote, type SupportedLocale } from '@welcome-widgets/domain';
import { loadLocale } from '@welcome-widgets/core/locale/locale-catalog.js';
import { withLocale } from '@welcome-widgets/core/locale/per-element-msg.js';
import { noteFormat } from '../src/format/note-format.js';
import { localeLoaders } from '../src/generated/locale-loaders.js';
import { noteText } from '../src/texts/note-texts.js';

/** The note as the widget shows it to a person in that language (no-break spaces as spaces). */
function shown(note: QuickcheckNote, locale: SupportedLocale): string {
  return withLocale(locale, () => noteText(note, noteFormat(locale), 'worker', locale)).replace(/[\u00a0\u202f]/g, ' ');
}
const years = (count: number) => ({ code: 'experience', values: { years: count } });
const n = (count: number, locale: SupportedLocale) => formatCount(count, locale).replace(/[\u00a0\u202f]/g, ' ');

describe('counted notes follow the language’s plural rules', () => {
  before(async () => {
    await loadLocale('ru', localeLoaders);
    await loadLocale('ar', localeLoaders);
    await loadLocale('uk', localeLoaders);
  });

  it('Russian: 1 год, 2 and 3 года, 5 and 11 лет, 21 год of experience', () => {
    for (const [count, noun] of [
      [1, 'год'],
      [2, 'года'],
      [3, 'года'],
      [5, 'лет'],
      [11, 'лет'],
      [21, 'год'],
    ] as const) {
      assert.match(shown(years(count), 'ru'), new RegExp(`минимум ${count} ${noun} за последние`), `${count}`);
    }
  });

  it('Arabic: one year, two years (سنتان), 3 سنوات, 11 سنة, 100 سنة', () => {
    assert.match(shown(years(1), 'ar'), /: سنة واحدة \(/);
    assert.match(shown(years(2), 'ar'), /: سنتان \(/);
    assert.ok(shown(years(3), 'ar').includes(`: ${n(3, 'ar')} سنوات على`), shown(years(3), 'ar'));
    assert.ok(shown(years(11), 'ar').includes(`: ${n(11, 'ar')} سنة على`), shown(years(11), 'ar'));
    assert.ok(shown(years(100), 'ar').includes(`: ${n(100, 'ar')} سنة على`), shown(years(100), 'ar'));
  });

  it('Russian: the points reached pick the noun, the quota counts approvals', () => {
    assert.equal(
      shown({ code: 'points-reached', values: { points: 6, threshold: 6 } }, 'ru'),
      'Набрано 6 баллов; нужно 6.',
    );
    assert.equal(
      shown({ code: 'points-reached', values: { points: 21, threshold: 6 } }, 'ru'),
      'Набрано 21 балл; нужно 6.',
    );
    assert.match(shown({ code: 'quota', values: { quota: 50_000 } }, 'ru'), /квота — 50 000 согласий;/);
    assert.match(shown({ code: 'quota', values: { quota: 3 } }, 'ru'), /квота — 3 согласия;/);
  });

  it('Ukrainian and Arabic: the age-45 condition names the age in the right case', () => {
    const age = (count: number) => ({ code: 'age-45-salary', values: { age: count, threshold: 55_770 } });
    assert.match(shown(age(45), 'uk'), /^Від 45 років:/);
    assert.match(shown(age(21), 'uk'), /^Від 21 року:/);
    assert.ok(shown(age(45), 'ar').startsWith(`ابتداءً من عمر ${n(45, 'ar')} سنة:`), shown(age(45), 'ar'));
    assert.ok(shown(age(3), 'ar').startsWith(`ابتداءً من عمر ${n(3, 'ar')} سنوات:`), shown(age(3), 'ar'));
  });
});

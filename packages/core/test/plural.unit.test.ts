import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatCount, plural } from '../src/locale/plural.js';

const forms = {
  zero: () => 'zero',
  one: () => 'one',
  two: () => 'two',
  few: () => 'few',
  many: () => 'many',
  other: () => 'other',
};

describe('plural', () => {
  it('chooses each language’s own form', () => {
    assert.deepEqual(
      [0, 1, 2, 5].map((n) => plural(n, 'de', forms)),
      ['other', 'one', 'other', 'other'],
    );
    assert.deepEqual(
      [1, 2, 5, 21, 22, 11].map((n) => plural(n, 'ru', forms)),
      ['one', 'few', 'many', 'one', 'few', 'many'],
    );
    assert.deepEqual(
      [1, 3, 11].map((n) => plural(n, 'uk', forms)),
      ['one', 'few', 'many'],
    );
    assert.deepEqual(
      [0, 1, 2, 3, 11, 100].map((n) => plural(n, 'ar', forms)),
      ['zero', 'one', 'two', 'few', 'many', 'other'],
    );
    assert.equal(plural(1, 'vi', forms), 'other');
  });

  it('falls back to other where a form is not given', () => {
    assert.equal(plural(3, 'ar', { one: () => 'one', other: () => 'other' }), 'other');
  });

  it('writes the number the language’s way', () => {
    assert.equal(formatCount(1234, 'de'), '1.234');
    assert.equal(formatCount(1234, 'en'), '1,234');
  });
});

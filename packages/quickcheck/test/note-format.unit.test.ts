import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatMoney } from '../src/format/note-format.js';

const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('formatMoney: amounts keep their cents', () => {
  it('writes the lower Blue Card line with both decimals', () => {
    assert.equal(plain(formatMoney(45_934.2, 'de')), '45.934,20 €');
    assert.equal(plain(formatMoney(45_934.2, 'en')), '€45,934.20');
  });

  it('writes whole figures as whole euros', () => {
    assert.equal(plain(formatMoney(50_700, 'de')), '50.700 €');
    assert.equal(plain(formatMoney(411, 'en')), '€411');
  });
});

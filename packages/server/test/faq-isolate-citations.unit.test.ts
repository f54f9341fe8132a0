import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isolateCitations } from '../src/faq/isolate-citations.js';

const isolated = (citation: string) => `\u2066${citation}\u2069`;

describe('legal citations in right-to-left text', () => {
  it('isolates a whole citation, with paragraph, sentence and number', () => {
    assert.equal(
      isolateCitations('ما هو إجراء العمالة الماهرة المعجَّل وفق § 81a AufenthG؟'),
      `ما هو إجراء العمالة الماهرة المعجَّل وفق ${isolated('§ 81a AufenthG')}؟`,
    );
    assert.equal(isolateCitations('وفق § 18 Abs. 2 Nr. 5 AufenthG'), `وفق ${isolated('§ 18 Abs. 2 Nr. 5 AufenthG')}`);
    assert.equal(isolateCitations('§ 18g Abs. 1 und 2 AufenthG'), isolated('§ 18g Abs. 1 und 2 AufenthG'));
  });

  it('isolates each of two citations joined by an Arabic word, and leaves the word outside', () => {
    assert.equal(isolateCitations('§ 18a و § 18b AufenthG'), `${isolated('§ 18a')} و ${isolated('§ 18b AufenthG')}`);
  });

  it('keeps Markdown emphasis around a citation working', () => {
    assert.equal(isolateCitations('**§ 81a AufenthG:** نص'), `**${isolated('§ 81a AufenthG')}:** نص`);
  });

  it('leaves text without citations alone', () => {
    assert.equal(
      isolateCitations('البطاقة الزرقاء للاتحاد الأوروبي 50,700 يورو'),
      'البطاقة الزرقاء للاتحاد الأوروبي 50,700 يورو',
    );
  });
});

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { FaqSearch, foldText, highlight } from '../src/search/index.js';

const entries = [
  {
    id: 'skilled-immigration',
    category: 'work-visa',
    question: 'Was regelt das Fachkräfteeinwanderungsgesetz?',
    answerText: 'Es öffnet Wege für Fachkräfte aus Drittstaaten.',
  },
  {
    id: 'blue-card',
    category: 'blue-card',
    question: 'Wie hoch muss das Gehalt für die Blaue Karte EU sein?',
    answerText: 'Stand 2026: 50.700 Euro im Jahr, in Engpassberufen 45.934,20 Euro.',
  },
  {
    id: 'registration',
    category: 'arrival',
    question: 'Wann muss ich meine Wohnung anmelden?',
    answerText: 'Innerhalb von zwei Wochen beim Bürgeramt.',
  },
  {
    id: 'ru',
    category: 'arrival',
    question: 'Где зарегистрировать место жительства?',
    answerText: 'В течение двух недель в Бюро по делам граждан.',
  },
  {
    id: 'ar',
    category: 'blue-card',
    question: 'ما هي البطاقة الزرقاء للاتحاد الأوروبي؟',
    answerText: 'تصريح إقامة لأصحاب الشهادات الجامعية.',
  },
  {
    id: 'vi',
    category: 'opportunity-card',
    question: 'Thẻ Cơ hội là gì?',
    answerText: 'Thẻ cho phép tìm việc tại Đức.',
  },
];
const search = new FaqSearch(entries, [['Blaue Karte', 'Blue Card', 'EU-Karte']]);
const first = (q: string, category?: string) => search.search(q, { category })[0]?.id;

describe('FAQ search', () => {
  it('folds umlauts, ß, diacritics and scripts the same way on both sides', () => {
    assert.equal(foldText('Fachkräfte Straße'), 'fachkraefte strasse');
    assert.equal(foldText('Thẻ Cơ hội Đức'), 'the co hoi duc');
    assert.equal(foldText('Ёлка'), 'елка');
    assert.equal(foldText('الأوروبي'), 'الاوروبي');
  });

  it('finds German compounds by their parts and by other spellings', () => {
    assert.equal(first('einwanderung'), 'skilled-immigration');
    assert.equal(first('fachkraefte'), 'skilled-immigration');
    assert.equal(first('Buergeramt'), 'registration');
  });

  it('forgives typos by word length and matches prefixes', () => {
    assert.equal(first('Gehlat'), 'blue-card');
    assert.equal(first('anmeld'), 'registration');
    assert.equal(first('Wohnugn anmelden'), 'registration');
  });

  it('uses the county’s synonyms', () => {
    assert.equal(first('blue card'), 'blue-card');
    assert.equal(first('EU-Karte'), 'blue-card');
  });

  it('handles Cyrillic, Arabic and Vietnamese', () => {
    assert.equal(first('зарегистрировать'), 'ru');
    assert.equal(first('البطاقة الزرقاء'), 'ar');
    assert.equal(first('the co hoi'), 'vi');
    assert.equal(first('thẻ cơ hội'), 'vi');
  });

  it('restricts to a category', () => {
    assert.equal(first('Wochen', 'arrival'), 'registration');
    const categories = search
      .search('Gehalt Wochen Karte', { category: 'arrival' })
      .map((m) => entries.find((e) => e.id === m.id)!.category);
    assert.ok(categories.length > 0 && categories.every((c) => c === 'arrival'));
  });

  it('returns highlight ranges in the original text', () => {
    const [match] = search.search('einwanderung');
    const question = entries[0]!.question;
    const [start, end] = match!.highlights.question[0]!;
    assert.equal(question.slice(start, end).toLowerCase(), 'einwanderung');
    assert.deepEqual(highlight('Fachkräfte', ['fachkraefte']), [[0, 10]]);
  });
});

describe('word forms in Russian, Ukrainian and Arabic', () => {
  it('meet across case endings', async () => {
    const { stemArabic, stemCyrillic } = await import('../src/search/light-stem.js');
    assert.equal(stemCyrillic('синяя'), stemCyrillic('синеи'));
    assert.equal(stemCyrillic('карта'), stemCyrillic('карты'));
    assert.equal(stemCyrillic('блакитна'), stemCyrillic('блакитну'));
    assert.equal(stemCyrillic('visa'), 'visa');
    assert.equal(stemArabic('الراتب'), 'راتب');
    assert.equal(stemArabic('للبطاقة'), stemArabic('البطاقة'));
    const search = new FaqSearch([
      { id: 'ru', category: 'x', question: 'Какой должна быть зарплата для Синей карты ЕС?', answerText: '' },
    ]);
    assert.equal(search.search('синяя карта')[0]?.id, 'ru');
  });
});

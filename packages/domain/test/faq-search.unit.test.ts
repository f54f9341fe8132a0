import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { FaqSearch, foldText, highlight } from '../src/faq-search/index.js';

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
const search = new FaqSearch(entries, [['Blaue Karte', 'Blue Card', 'EU-Karte']], { language: 'de' });
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

describe('ranking what a person wants first', () => {
  const visa = [
    {
      id: 'eu-free-movement',
      category: 'work-visa',
      question: 'Ich komme aus einem EU-Land. Brauche ich ein Visum oder eine Arbeitserlaubnis?',
      answerText:
        'Nein. Sie brauchen kein Visum und keine Arbeitserlaubnis. Das bedeutet freien Zugang zum Arbeitsmarkt.',
    },
    {
      id: 'visa-where-to-apply',
      category: 'work-visa',
      question: 'Wo beantrage ich mein Visum zum Arbeiten?',
      answerText: 'Das Visum beantragen Sie bei der deutschen Auslandsvertretung.',
    },
    {
      id: 'living',
      category: 'arrival',
      question: 'Was sollte ich über den Landkreis wissen?',
      answerText: 'Viele Betriebe suchen Arbeitskräfte; Arbeit gibt es in Industrie und Pflege.',
    },
  ];
  const german = new FaqSearch(visa, [['Visum', 'Arbeitsvisum', 'visa de trabajo']], { language: 'de' });
  const ids = (search: FaqSearch, q: string) => search.search(q).map((m) => m.id);

  it('puts the work-visa question before the EU answer that only mentions a visa, the compound joined or split', () => {
    assert.equal(ids(german, 'arbeitsvisum')[0], 'visa-where-to-apply');
    assert.equal(ids(german, 'Arbeits visum')[0], 'visa-where-to-apply');
  });

  it('finds a compound written apart, and words written apart as one ("bluecard" ⇔ "blue card")', () => {
    const english = new FaqSearch(
      [
        {
          id: 'salary',
          category: 'blue-card',
          question: 'How high must the salary be for the EU Blue Card?',
          answerText: '',
        },
        { id: 'flat', category: 'arrival', question: 'How do I register my flat?', answerText: 'At the town hall.' },
      ],
      [],
      { language: 'en' },
    );
    assert.deepEqual(ids(english, 'bluecard'), ['salary']);
    assert.deepEqual(ids(english, 'blue card'), ['salary']);
    const compound = new FaqSearch(
      [{ id: 'skilled', category: 'x', question: 'Was regelt das Fachkräfteeinwanderungsgesetz?', answerText: '' }],
      [],
      { language: 'de' },
    );
    assert.deepEqual(ids(compound, 'fachkräfte einwanderungsgesetz'), ['skilled']);
  });

  it('weighs the question over the answer', () => {
    const search = new FaqSearch(
      [
        {
          id: 'mentions',
          category: 'x',
          question: 'Was muss ich nach der Ankunft tun?',
          answerText: 'Gehalt, Gehalt, Gehalt und Steuern.',
        },
        {
          id: 'about',
          category: 'x',
          question: 'Wie hoch muss das Gehalt sein?',
          answerText: 'Es hängt vom Beruf ab.',
        },
      ],
      [],
      { language: 'de' },
    );
    assert.equal(ids(search, 'gehalt')[0], 'about');
  });

  it('drops weak tails instead of filling the list', () => {
    for (const q of ['arbeitsvisum', 'visum arbeiten']) {
      assert.equal(ids(german, q)[0], 'visa-where-to-apply');
      assert.ok(!ids(german, q).includes('living'), 'an answer that only says "Arbeit" is noise');
    }
  });

  it('keeps the given order (most asked first) where entries match equally', () => {
    const twins = (first: string, second: string) =>
      new FaqSearch(
        [
          { id: first, category: 'x', question: 'Was ist die Chancenkarte?', answerText: '' },
          { id: second, category: 'x', question: 'Was ist die Chancenkarte?', answerText: '' },
        ],
        [],
        { language: 'de' },
      );
    assert.deepEqual(ids(twins('a', 'b'), 'chancenkarte'), ['a', 'b']);
    assert.deepEqual(ids(twins('b', 'a'), 'chancenkarte'), ['b', 'a']);
  });

  it('highlights only real matches: no stopwords, no fragments under three letters', () => {
    const eu = visa[0]!;
    const marked = (q: string) =>
      german
        .search(q)
        .find((m) => m.id === eu.id)!
        .highlights.question.map(([start, end]) => eu.question.slice(start, end));
    assert.deepEqual(marked('arbeitsvisum'), ['Visum', 'Arbeit']);
    const spanish = new FaqSearch(
      [
        {
          id: 'es',
          category: 'x',
          question: '¿Dónde solicito mi visado de trabajo?',
          answerText: 'Depende de dónde viva.',
        },
      ],
      [],
      { language: 'es' },
    );
    const [match] = spanish.search('visado de trabajo');
    assert.deepEqual(
      match!.highlights.question.map(([s, e]) => '¿Dónde solicito mi visado de trabajo?'.slice(s, e)),
      ['visado', 'trabajo'],
    );
    assert.deepEqual(match!.highlights.answer, [], 'no "de" in "Depende" or "dónde"');
    assert.deepEqual(highlight('oder bedeutet', ['de']), []);
    assert.deepEqual(highlight('Arbeitsvisum', ['visum']), [[7, 12]], 'a compound’s part');
    assert.deepEqual(highlight('EU-Land', ['eu']), [[0, 2]], 'a short whole word');
  });
});

describe('word forms in Russian, Ukrainian and Arabic', () => {
  it('meet across case endings', async () => {
    const { stemArabic, stemCyrillic } = await import('../src/faq-search/light-stem.js');
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
    // Short nouns and verbs too: "віза" / "візу", "продовжити" / "продовжувати".
    assert.equal(stemCyrillic('віза'), stemCyrillic('візу'));
    assert.equal(stemCyrillic('продовжити'), stemCyrillic('продовжувати'));
  });
});

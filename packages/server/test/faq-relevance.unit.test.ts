import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SUPPORTED_LOCALES } from '@welcome-widgets/domain';
import { FaqSearch } from '@welcome-widgets/domain/faq-search';
import { SHIPPED_FAQ_DIR, loadFaqContent } from '../src/faq/faq-content.js';
import { RELEVANCE_SET } from './fixtures/faq-relevance-set.js';
import { relevanceReport } from './fixtures/faq-relevance.js';

const percent = (share: number) => `${(share * 100).toFixed(1)} %`;

describe('FAQ relevance on the shipped content (graded judgements)', () => {
  const content = loadFaqContent(SHIPPED_FAQ_DIR);
  const report = relevanceReport(
    content,
    (entries, synonyms, language) => new FaqSearch(entries, synonyms, { language }),
  );
  const misses = `\nmisses:\n${report.misses.join('\n')}`;

  it('has at least 15 realistic queries in each of the seven languages, judged against existing entries', () => {
    const ids = new Set(content.entries.de.map((e) => e.id));
    for (const lang of SUPPORTED_LOCALES)
      assert.ok(report.perLanguage[lang].cases >= 15, `${lang}: ${report.perLanguage[lang].cases} queries`);
    for (const { best, good = [] } of RELEVANCE_SET)
      for (const id of [best, ...good]) assert.ok(ids.has(id), `unknown entry ${id}`);
  });

  it('answers "work visa" in five languages with the work visa, not with EU free movement (issue 10)', () => {
    const cases = [
      ['de', 'arbeitsvisum'],
      ['en', 'work visa'],
      ['uk', 'робоча віза'],
      ['ar', 'تأشيرة عمل'],
      ['es', 'visado de trabajo'],
    ] as const;
    for (const [lang, q] of cases) {
      const first = new FaqSearch(content.entries[lang], content.synonyms, { language: lang }).search(q)[0]?.id;
      assert.equal(first, 'visa-where-to-apply', `${lang} "${q}"`);
    }
  });

  it('finds the Blue Card whether written "bluecard" or "blue card"', () => {
    const search = new FaqSearch(content.entries.en, content.synonyms, { language: 'en' });
    const top = (q: string) =>
      search
        .search(q)
        .slice(0, 3)
        .map((m) => m.id);
    assert.ok(top('bluecard').length > 0);
    assert.deepEqual(top('bluecard'), top('blue card'));
  });

  it('puts the best answer first for at least 85 % of the queries', () => {
    assert.ok(report.top1 >= 0.85, `top-1 ${percent(report.top1)}${misses}`);
  });

  it('has the best answer among the first three for at least 97 % of the queries', () => {
    assert.ok(report.top3 >= 0.97, `top-3 ${percent(report.top3)}${misses}`);
  });
});

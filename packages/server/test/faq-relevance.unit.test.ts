import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { FaqSearch } from '@welcome-widgets/faq-search/search';
import { SHIPPED_FAQ_DIR, loadFaqContent } from '../src/faq/faq-content.js';
import { relevanceHits } from './fixtures/faq-relevance.js';

describe('FAQ relevance on the shipped content', () => {
  const content = loadFaqContent(SHIPPED_FAQ_DIR);
  const { cases, hitRateTop3, misses } = relevanceHits(
    content,
    (entries, synonyms) => new FaqSearch(entries, synonyms),
  );

  it('has at least 30 realistic queries in several languages', () => {
    assert.ok(cases >= 30);
  });

  it('finds the right answer in the top three for at least 90 % of them', () => {
    assert.ok(hitRateTop3 >= 0.9, `hit rate ${(hitRateTop3 * 100).toFixed(1)} %; misses:\n${misses.join('\n')}`);
  });
});

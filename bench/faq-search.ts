// FAQ search on the shipped content, per language: what the widget downloads (entries JSON,
// gzip) and the size of the index it builds; the graded relevance set's top-1, top-3, MRR and
// nDCG@3 per language and overall; and the time from a keystroke to ranked results (every prefix
// of every relevance query, as typed), beside a plain linear scan of the same folded texts; in
// Chromium, the real widget (bundled from source) against the real server: keystroke → results in
// the DOM per language; and the server's search (`GET /api/v1/faq?q=`): its time and its bytes.
// Run: npm run bench:faq.
import { writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { SUPPORTED_LOCALES, type FaqEntry } from '@welcome-widgets/domain';
import { FaqSearch, foldText, tokenize } from '@welcome-widgets/domain/faq-search';
import { SHIPPED_FAQ_DIR, loadFaqContent } from '../packages/server/src/faq/faq-content.js';
import { relevanceReport } from '../packages/server/test/fixtures/faq-relevance.js';
import { RELEVANCE_SET } from '../packages/server/test/fixtures/faq-relevance-set.js';
import { widgetAndServer } from './support/faq-widget-and-server.js';

const content = loadFaqContent(SHIPPED_FAQ_DIR);

/** The naive alternative: fold every text and count the query words it contains. */
function linearScan(entries: { id: string; text: string }[], query: string): string[] {
  const words = tokenize(foldText(query));
  return entries
    .map((e) => ({ id: e.id, hits: words.filter((w) => e.text.includes(w)).length }))
    .filter((e) => e.hits > 0)
    .sort((a, b) => b.hits - a.hits)
    .map((e) => e.id);
}

const stats = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { medianMs: +at(0.5).toFixed(3), p95Ms: +at(0.95).toFixed(3), runs: values.length };
};

const perLanguage: Record<string, unknown> = {};
const typedSearch: number[] = [];
const typedLinear: number[] = [];
for (const language of SUPPORTED_LOCALES) {
  const entries: FaqEntry[] = content.entries[language];
  const started = performance.now();
  const search = new FaqSearch(entries, content.synonyms, { language });
  const buildMs = performance.now() - started;
  const serialized = search.serializedIndex();
  const folded = entries.map((e) => ({ id: e.id, text: foldText(`${e.question} ${e.answerText}`) }));
  for (const { q } of RELEVANCE_SET.filter((c) => c.lang === language)) {
    for (let n = 1; n <= q.length; n++) {
      const prefix = q.slice(0, n);
      let t = performance.now();
      search.search(prefix);
      typedSearch.push(performance.now() - t);
      t = performance.now();
      linearScan(folded, prefix);
      typedLinear.push(performance.now() - t);
    }
  }
  perLanguage[language] = {
    entries: entries.length,
    translated: entries.filter((e) => !e.fallback).length,
    downloadGzipBytes: gzipSync(
      JSON.stringify({ entries, categories: content.categories[language], synonyms: content.synonyms }),
      { level: 9 },
    ).length,
    indexBytes: serialized.length,
    indexBuildMs: +buildMs.toFixed(1),
  };
}

const relevance = relevanceReport(
  content,
  (entries, synonyms, language) => new FaqSearch(entries, synonyms, { language }),
);
const rounded = (scores: { cases: number; top1: number; top3: number; mrr: number; ndcg3: number }) => ({
  cases: scores.cases,
  top1: +scores.top1.toFixed(3),
  top3: +scores.top3.toFixed(3),
  mrr: +scores.mrr.toFixed(3),
  ndcg3: +scores.ndcg3.toFixed(3),
});
// The same relevance set through the linear scan: the price of its speed.
let linearTop3 = 0;
for (const { lang, q, best } of RELEVANCE_SET) {
  const folded = content.entries[lang].map((e) => ({ id: e.id, text: foldText(`${e.question} ${e.answerText}`) }));
  const at = linearScan(folded, q).indexOf(best);
  if (at >= 0 && at < 3) linearTop3++;
}
const result = {
  measuredAt: new Date().toISOString(),
  node: process.version,
  perLanguage,
  linearScanHitRateTop3: +(linearTop3 / RELEVANCE_SET.length).toFixed(3),
  relevance: {
    overall: rounded(relevance),
    perLanguage: Object.fromEntries(Object.entries(relevance.perLanguage).map(([l, s]) => [l, rounded(s)])),
    misses: relevance.misses,
  },
  keystrokeToResults: { faqSearch: stats(typedSearch), linearScan: stats(typedLinear) },
  // FAQ_BENCH_BEFORE=<git ref> types the same keys into that commit's widget too, interleaved.
  ...(await widgetAndServer(RELEVANCE_SET, process.env.FAQ_BENCH_BEFORE)),
};
writeFileSync('bench/results/faq-search.json', `${JSON.stringify(result, null, 2)}\n`);
console.log(JSON.stringify(result, null, 2));

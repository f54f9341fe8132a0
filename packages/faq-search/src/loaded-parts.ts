/**
 * What the widget needs once the entries are there, a chunk of its own fetched beside the
 * entries (so it adds no wait): the search engine (index, query plan, stemming, stopwords), the
 * answers' sanitiser and the zero-result report (with the contract's query normalisation, whose
 * module brought the whole staff FAQ contract along). Nothing here may import the localization runtime: a lazy chunk that
 * does makes the bundler split that runtime out of the common core (docs/adr/0019).
 */
export { FaqSearch } from '@welcome-widgets/domain/faq-search';
export { safeHtml } from './ui/safe-html.js';
export { answerView } from './answer-view.js';
export { ZeroResultReport } from './zero-result-report.js';

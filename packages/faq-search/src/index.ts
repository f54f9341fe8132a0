export { WelcomeFaqSearch, type FaqOpenDetail } from './faq-search.js';
export { FaqSearch, type FaqMatch, type SearchableEntry } from '@welcome-widgets/domain/faq-search';

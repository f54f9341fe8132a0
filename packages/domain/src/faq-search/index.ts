export { FaqSearch, editsFor, type FaqMatch, type FaqSearchOptions, type SearchableEntry } from './faq-index.js';
export { fold, foldText, type Folded } from './fold.js';
export { highlight } from './highlight.js';
export { stopwordsFor } from './stopwords.js';
export { type SynonymGroups } from './synonyms.js';
export { tokenize, withCompoundParts } from './tokenize.js';

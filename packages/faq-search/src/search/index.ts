export { FaqSearch, editsFor, highlight, type FaqMatch, type SearchableEntry } from './faq-index.js';
export { fold, foldText, type Folded } from './fold.js';
export { expandSynonyms, type SynonymGroups } from './synonyms.js';
export { tokenize, withCompoundParts } from './tokenize.js';

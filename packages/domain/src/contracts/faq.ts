import * as z from 'zod/mini';
import { SUPPORTED_LOCALES } from './locales.js';

const range = z.tuple([z.number(), z.number()]);

export const FaqEntry = z.object({
  id: z.string(),
  category: z.string(),
  question: z.string(),
  /** Sanitised on import: links allowed; scripts, event handlers and styles never. */
  answerHtml: z.string(),
  /** The answer as plain text, for search and snippets. */
  answerText: z.string(),
  related: z.array(z.string()),
  /** Last reviewed (ISO date). */
  updated: z.string(),
  /** The language of this text: German when a translation is missing (`fallback: true`). */
  language: z.enum(SUPPORTED_LOCALES),
  fallback: z.boolean(),
  /**
   * A translation saved before the German text last changed: it may miss what changed, and the
   * widget says so. Never with `fallback`. Answers of servers before it read as false.
   */
  outdated: z._default(z.boolean(), false),
});
export type FaqEntry = z.infer<typeof FaqEntry>;

export const FaqCategory = z.object({ id: z.string(), title: z.string() });
export type FaqCategory = z.infer<typeof FaqCategory>;

/** `GET /api/v1/faq` without `q`: everything a widget needs to search in the browser. */
export const FaqResponse = z.object({
  language: z.enum(SUPPORTED_LOCALES),
  entries: z.array(FaqEntry),
  categories: z.array(FaqCategory),
  synonyms: z.array(z.array(z.string())),
});
export type FaqResponse = z.infer<typeof FaqResponse>;

/**
 * One ranked match of a server-side search: what a result list shows (the title with its marks),
 * not the entry; a client that has the entries shows its own copy of the entry with this `id`.
 */
export const FaqSearchMatch = z.object({
  id: z.string(),
  /** The entry's question, in the language asked for (German where it is a fallback). */
  title: z.string(),
  score: z.number(),
  /** [start, end) ranges of what matched, in the title and in the entry's `answerText`. */
  highlights: z.object({ question: z.array(range), answer: z.array(range) }),
});
export type FaqSearchMatch = z.infer<typeof FaqSearchMatch>;

/** `GET /api/v1/faq?q=…`: ranked matches, best first, without the entries' texts (a few hundred bytes). */
export const FaqSearchResponse = z.object({
  language: z.enum(SUPPORTED_LOCALES),
  matches: z.array(FaqSearchMatch),
});
export type FaqSearchResponse = z.infer<typeof FaqSearchResponse>;

/** "Was this helpful?": counted per entry and language, nothing else stored. */
export const FaqFeedbackRequest = z.object({ helpful: z.boolean(), language: z.optional(z.enum(SUPPORTED_LOCALES)) });
export type FaqFeedbackRequest = z.infer<typeof FaqFeedbackRequest>;

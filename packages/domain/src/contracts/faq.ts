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

export const FaqMatchSchema = z.object({
  id: z.string(),
  score: z.number(),
  highlights: z.object({ question: z.array(range), answer: z.array(range) }),
});

/** `GET /api/v1/faq`: everything a widget needs to search in the browser; ranked when `q` is given. */
export const FaqResponse = z.object({
  language: z.enum(SUPPORTED_LOCALES),
  entries: z.array(FaqEntry),
  categories: z.array(FaqCategory),
  synonyms: z.array(z.array(z.string())),
  matches: z.optional(z.array(FaqMatchSchema)),
});
export type FaqResponse = z.infer<typeof FaqResponse>;

/** "Was this helpful?": counted per entry and language, nothing else stored. */
export const FaqFeedbackRequest = z.object({ helpful: z.boolean(), language: z.optional(z.enum(SUPPORTED_LOCALES)) });
export type FaqFeedbackRequest = z.infer<typeof FaqFeedbackRequest>;

export const FAQ_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

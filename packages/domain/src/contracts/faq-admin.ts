import * as z from 'zod/mini';
import {
  FAQ_BODY_MAX_LENGTH,
  FAQ_CATEGORY_TITLE_MAX_LENGTH,
  FAQ_ID_MAX_LENGTH,
  FAQ_ID_PATTERN,
  FAQ_SYNONYM_MAX_LENGTH,
  FAQ_TEXT_STATUSES,
  FAQ_TITLE_MAX_LENGTH,
  FAQ_TITLE_MIN_LENGTH,
  FAQ_ZERO_RESULT_QUERY_MAX_LENGTH,
} from './faq-values.js';
import { SUPPORTED_LOCALES } from './locales.js';
import { multiLineText, singleLineText } from './plain-text.js';

/**
 * The FAQ in the database and its admin API (docs/adr/0018-staff-console.md, "FAQ in the database").
 * Routes under `/api/v1/admin/faq`, roles editor and admin:
 *
 * - `GET    /entries`                         → FaqAdminEntryList (every entry, its state per language,
 *                                                helpful counts; the categories)
 * - `POST   /entries`                         FaqEntryCreate → 201 FaqAdminEntry (with its German text)
 * - `GET    /entries/{id}`                    → FaqAdminEntry (all seven languages)
 * - `PUT    /entries/{id}`                    FaqEntryUpdate → FaqAdminEntry (category, weight, related)
 * - `DELETE /entries/{id}`                    → 204 (all its languages; its helpful counts too)
 * - `PUT    /entries/{id}/texts/{language}`   FaqTextUpdate → FaqAdminEntry (saving sets `updatedAt`,
 *                                                even unchanged: "checked against the German, still right")
 * - `DELETE /entries/{id}/texts/{language}`   → FaqAdminEntry (a translation withdrawn: the German shows;
 *                                                never `de`, 422)
 * - `GET    /categories`                      → FaqCategoryList
 * - `PUT    /categories`                      FaqCategoryList → FaqCategoryList (the whole list, in order;
 *                                                leaving out a category that still has entries: 409)
 * - `GET    /synonyms`                        → FaqSynonyms
 * - `PUT    /synonyms`                        FaqSynonyms → FaqSynonyms (the whole list)
 * - `POST   /preview`                         FaqPreviewRequest → FaqPreview (stores nothing)
 * - `GET    /zero-results?days=&limit=`       FaqZeroResultQuery → FaqZeroResultList
 * - `GET    /export`                          → application/x-tar (`faq-<date>.tar`, the Markdown folder)
 * - `POST   /import`                          application/x-tar body → FaqImportResult; replaces the whole
 *                                                FAQ in one transaction, or 422 with `error.files`
 *                                                (`[{ file, message }]`, every problem by file)
 *
 * A 422 names each bad field by its path (`title`, `body`, `categories.2.title.uk`, `synonyms.0.1`).
 * Every change is in the audit log with before and after (`faq.entry.create`, `faq.entry.update`,
 * `faq.text.update`, `faq.text.delete`, `faq.entry.delete`, `faq.categories.update`,
 * `faq.synonyms.update`, `faq.import`).
 *
 * Public, under `/api/v1/faq`:
 * - `GET  /api/v1/faq` as before; each entry now says `outdated` (faq.ts).
 * - `POST /api/v1/faq/zero-results` FaqZeroResultReport → 204: a search that found nothing, counted
 *   per day, language and normalised query; nothing about the person; rate-limited per address (429).
 */

const language = z.enum(SUPPORTED_LOCALES);
const entryId = z.string().check(z.maxLength(FAQ_ID_MAX_LENGTH), z.regex(FAQ_ID_PATTERN));
const title = z
  .string()
  .check(z.trim(), z.minLength(FAQ_TITLE_MIN_LENGTH), z.maxLength(FAQ_TITLE_MAX_LENGTH), singleLineText());
/** Markdown, rendered and sanitised as the public answer is (render-answer.ts). */
const body = z.string().check(z.trim(), z.minLength(1), z.maxLength(FAQ_BODY_MAX_LENGTH), ...multiLineText());
/** The editor's order before anything is typed (lower first); entries without come after. */
const weight = z.nullable(z.number().check(z.int(), z.minimum(0), z.maximum(1_000_000)));

export const FaqHelpfulCounts = z.object({ yes: z.number(), no: z.number() });
export type FaqHelpfulCounts = z.infer<typeof FaqHelpfulCounts>;

/** One language of one entry in the list. `title` and `updatedAt` are null when `missing`. */
export const FaqAdminLanguageState = z.object({
  status: z.enum(FAQ_TEXT_STATUSES),
  title: z.nullable(z.string()),
  /** ISO instant of the last save of this language's text. */
  updatedAt: z.nullable(z.string()),
  /** Votes from readers of this language (a missing translation's readers saw the German text). */
  helpful: FaqHelpfulCounts,
});
export type FaqAdminLanguageState = z.infer<typeof FaqAdminLanguageState>;

export const FaqAdminCategory = z.object({
  id: z.string(),
  /** All seven languages. */
  title: z.record(language, z.string()),
});
export type FaqAdminCategory = z.infer<typeof FaqAdminCategory>;

export const FaqAdminListItem = z.object({
  id: z.string(),
  category: z.string(),
  weight: z.nullable(z.number()),
  languages: z.record(language, FaqAdminLanguageState),
  /** All languages together. */
  helpful: FaqHelpfulCounts,
});
export type FaqAdminListItem = z.infer<typeof FaqAdminListItem>;

/** In the editor's order (weight, then category order, then German title). */
export const FaqAdminEntryList = z.object({
  /** Grows with every change of the FAQ content. */
  version: z.number(),
  entries: z.array(FaqAdminListItem),
  categories: z.array(FaqAdminCategory),
});
export type FaqAdminEntryList = z.infer<typeof FaqAdminEntryList>;

export const FaqAdminText = z.object({
  title: z.string(),
  /** Markdown as the editor wrote it. */
  body: z.string(),
  updatedAt: z.string(),
  status: z.enum(['current', 'outdated']),
});
export type FaqAdminText = z.infer<typeof FaqAdminText>;

/** One entry with all seven languages side by side; a missing translation is null. */
export const FaqAdminEntry = z.object({
  version: z.number(),
  id: z.string(),
  category: z.string(),
  weight: z.nullable(z.number()),
  related: z.array(z.string()),
  texts: z.record(language, z.nullable(FaqAdminText)),
  helpful: z.record(language, FaqHelpfulCounts),
});
export type FaqAdminEntry = z.infer<typeof FaqAdminEntry>;

export const FaqEntryPath = z.object({ id: entryId });
export const FaqTextPath = z.object({ id: entryId, language });

/** One language's text; `title` and `body` both required. */
export const FaqTextUpdate = z.strictObject({
  title,
  body,
  /**
   * Optional: the `updatedAt` the editor started from. When the text changed since (someone else
   * saved), 409 `conflict` instead of overwriting their work.
   */
  baseUpdatedAt: z.optional(z.nullable(z.string())),
});
export type FaqTextUpdate = z.infer<typeof FaqTextUpdate>;

/** A new entry with its German text; translations follow through `PUT …/texts/{language}`. */
export const FaqEntryCreate = z.strictObject({
  id: entryId,
  category: z.string().check(z.maxLength(FAQ_ID_MAX_LENGTH)),
  weight: z.optional(weight),
  related: z.optional(z.array(z.string().check(z.maxLength(FAQ_ID_MAX_LENGTH)))),
  title,
  body,
});
export type FaqEntryCreate = z.infer<typeof FaqEntryCreate>;

/** What an entry is, beside its texts; fields left out stay. `related` must name existing entries. */
export const FaqEntryUpdate = z.strictObject({
  category: z.optional(z.string().check(z.maxLength(FAQ_ID_MAX_LENGTH))),
  weight: z.optional(weight),
  related: z.optional(z.array(z.string().check(z.maxLength(FAQ_ID_MAX_LENGTH)))),
});
export type FaqEntryUpdate = z.infer<typeof FaqEntryUpdate>;

const categoryTitle = z
  .string()
  .check(z.trim(), z.minLength(1), z.maxLength(FAQ_CATEGORY_TITLE_MAX_LENGTH), singleLineText());

/** The categories in their order (the public list and the editor's order follow it); titles in all seven languages. */
export const FaqCategoryList = z.strictObject({
  categories: z
    .array(
      z.strictObject({
        id: entryId,
        title: z.strictObject({
          de: categoryTitle,
          en: categoryTitle,
          uk: categoryTitle,
          ru: categoryTitle,
          ar: categoryTitle,
          es: categoryTitle,
          vi: categoryTitle,
        }),
      }),
    )
    .check(z.minLength(1), z.maxLength(100)),
});
export type FaqCategoryList = z.infer<typeof FaqCategoryList>;

/**
 * Groups of words that mean the same to a searcher, across languages ("Blaue Karte", "Blue Card",
 * "البطاقة الزرقاء"). They are for the whole FAQ, not per entry, as in `synonyms.json`.
 */
export const FaqSynonyms = z.strictObject({
  synonyms: z
    .array(
      z
        .array(z.string().check(z.trim(), z.minLength(1), z.maxLength(FAQ_SYNONYM_MAX_LENGTH), singleLineText()))
        .check(z.minLength(2), z.maxLength(50)),
    )
    .check(z.maxLength(1000)),
});
export type FaqSynonyms = z.infer<typeof FaqSynonyms>;

/** Markdown rendered exactly as the public answer will be (the same renderer and sanitiser). */
export const FaqPreviewRequest = z.strictObject({
  language,
  body: z.string().check(z.maxLength(FAQ_BODY_MAX_LENGTH), ...multiLineText()),
});
export type FaqPreviewRequest = z.infer<typeof FaqPreviewRequest>;

export const FaqPreview = z.object({
  /** Safe to show: the public answer's policy (no scripts, handlers, styles, images). */
  html: z.string(),
  /** The answer as plain text, as search sees it. */
  text: z.string(),
});
export type FaqPreview = z.infer<typeof FaqPreview>;

/** `days`: 1–90, default 30; `limit`: 1–500, default 50 (the most counted first). */
export const FaqZeroResultQuery = z.object({
  days: z.optional(z.string().check(z.regex(/^(?:[1-9]|[1-8]\d|90)$/))),
  limit: z.optional(z.string().check(z.regex(/^(?:[1-9]\d?|[1-4]\d\d|500)$/))),
});
export type FaqZeroResultQuery = z.infer<typeof FaqZeroResultQuery>;

export const FaqZeroResultSearch = z.object({
  /** As stored: normalised (`normaliseFaqQuery`). */
  query: z.string(),
  language,
  /** Reports in the period. */
  count: z.number(),
  /** The last day (Berlin, ISO date) it was reported. */
  lastDay: z.string(),
});
export type FaqZeroResultSearch = z.infer<typeof FaqZeroResultSearch>;

export const FaqZeroResultList = z.object({
  /** First and last day of the period (Berlin, ISO dates). */
  from: z.string(),
  to: z.string(),
  searches: z.array(FaqZeroResultSearch),
});
export type FaqZeroResultList = z.infer<typeof FaqZeroResultList>;

/** What an import replaced the FAQ with. */
export const FaqImportResult = z.object({
  version: z.number(),
  entries: z.number(),
  /** Texts other than German. */
  translations: z.number(),
  categories: z.number(),
  synonymGroups: z.number(),
});
export type FaqImportResult = z.infer<typeof FaqImportResult>;

/** The problems of a refused import, one per file (`de/visa.md`, `categories.json`): in `error.files`. */
export const FaqImportProblem = z.object({ file: z.string(), message: z.string() });
export type FaqImportProblem = z.infer<typeof FaqImportProblem>;

/**
 * `POST /api/v1/faq/zero-results`: the widget sends the normalised query and the widget's language,
 * nothing else. The server normalises again and stores only text, language and day; a query that
 * looks like an e-mail address or a phone number is answered 204 and dropped (people type their
 * own details into search boxes).
 */
export const FaqZeroResultReport = z.strictObject({
  /** Already normalised by the widget (`normaliseFaqQuery`), so at most 80 characters. */
  query: z.string().check(z.minLength(1), z.maxLength(FAQ_ZERO_RESULT_QUERY_MAX_LENGTH), singleLineText()),
  language,
});
export type FaqZeroResultReport = z.infer<typeof FaqZeroResultReport>;

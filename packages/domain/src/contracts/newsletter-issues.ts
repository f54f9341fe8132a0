import * as z from 'zod/mini';
import { SUPPORTED_LOCALES } from './locales.js';
import { EMAIL_MAX_LENGTH, NEWSLETTER_TOPICS } from './newsletter-values.js';
import { multiLineText, singleLineText } from './plain-text.js';

/**
 * Newsletter issues in the admin API (docs/adr/0018-staff-console.md, "Newsletter issues"). Routes,
 * all under `/api/v1/admin/newsletter`, roles editor and admin:
 *
 * - `GET    /subscribers/counts`          → NewsletterSubscriberCounts (confirmed subscribers only)
 * - `GET    /subscribers/export`          → text/csv: `email,topics,language,confirmedAt`
 * - `POST   /preview`                     NewsletterIssueInput → NewsletterIssuePreview (stores nothing)
 * - `GET    /issues`                      → NewsletterIssueList, newest first (drafts and the archive)
 * - `POST   /issues`                      NewsletterIssueInput → 201 NewsletterIssue (a draft)
 * - `GET    /issues/{id}`                 → NewsletterIssue with its progress
 * - `PUT    /issues/{id}`                 NewsletterIssueInput → NewsletterIssue (drafts only, else 409)
 * - `DELETE /issues/{id}`                 → 204 (drafts only, else 409)
 * - `POST   /issues/{id}/test-mail`       NewsletterTestMailRequest → 202 NewsletterTestMailResult
 * - `POST   /issues/{id}/send`            → 202 NewsletterIssue; again → 200, nothing sent twice
 * - `GET    /issues/{id}/recipients`      NewsletterRecipientQuery → NewsletterRecipientPage
 */

export const NEWSLETTER_ISSUE_STATUSES = ['draft', 'sending', 'sent'] as const;
export type NewsletterIssueStatus = (typeof NEWSLETTER_ISSUE_STATUSES)[number];

export const NEWSLETTER_RECIPIENT_STATUSES = ['queued', 'sent', 'failed'] as const;
export type NewsletterRecipientStatus = (typeof NEWSLETTER_RECIPIENT_STATUSES)[number];

export const NEWSLETTER_SUBJECT_MAX_LENGTH = 200;
export const NEWSLETTER_MARKDOWN_MAX_LENGTH = 50_000;

/** One language's text of an issue: a subject line and the body in Markdown. */
export const NewsletterIssueText = z.strictObject({
  language: z.enum(SUPPORTED_LOCALES),
  subject: z.string().check(z.trim(), z.minLength(1), z.maxLength(NEWSLETTER_SUBJECT_MAX_LENGTH), singleLineText()),
  markdown: z.string().check(z.minLength(1), z.maxLength(NEWSLETTER_MARKDOWN_MAX_LENGTH), ...multiLineText()),
});
export type NewsletterIssueText = z.infer<typeof NewsletterIssueText>;

const distinct = <T>(key: (item: T) => unknown) =>
  z.refine<T[]>((items) => new Set(items.map(key)).size === items.length, { message: 'Each value only once.' });

/**
 * What an editor composes: the topics it is about and a text per language (only the languages
 * given; subscribers of other languages get nothing, and the preview counts them).
 */
export const NewsletterIssueInput = z.strictObject({
  topics: z.array(z.enum(NEWSLETTER_TOPICS)).check(
    z.minLength(1),
    z.maxLength(NEWSLETTER_TOPICS.length),
    distinct((topic) => topic),
  ),
  texts: z.array(NewsletterIssueText).check(
    z.minLength(1),
    z.maxLength(SUPPORTED_LOCALES.length),
    distinct((text) => text.language),
  ),
});
export type NewsletterIssueInput = z.infer<typeof NewsletterIssueInput>;

/** A count of confirmed subscribers by language. */
export const LanguageCount = z.object({ language: z.enum(SUPPORTED_LOCALES), count: z.number() });

/**
 * Who an issue reaches: confirmed subscribers of at least one of its topics, in a language it has
 * a text for. `withoutText`: subscribers of its topics whose language has no text; they get nothing.
 */
export const NewsletterAudience = z.object({
  recipients: z.number(),
  byLanguage: z.array(LanguageCount),
  withoutText: z.array(LanguageCount),
});
export type NewsletterAudience = z.infer<typeof NewsletterAudience>;

/**
 * Delivery of a sent issue, from the mail queue: `recipients` mails stored so far (all of them once
 * the status is `sent`), of which `queued` wait or are being tried again, `sent` reached the mail
 * server, `failed` were refused for good.
 */
export const NewsletterIssueProgress = z.object({
  recipients: z.number(),
  queued: z.number(),
  sent: z.number(),
  failed: z.number(),
});
export type NewsletterIssueProgress = z.infer<typeof NewsletterIssueProgress>;

export const NewsletterIssue = z.object({
  id: z.number(),
  /** `draft` (editable), `sending` (mails being stored in the queue), `sent` (all stored). */
  status: z.enum(NEWSLETTER_ISSUE_STATUSES),
  topics: z.array(z.enum(NEWSLETTER_TOPICS)),
  texts: z.array(z.object({ language: z.enum(SUPPORTED_LOCALES), subject: z.string(), markdown: z.string() })),
  createdAt: z.string(),
  /** The account's e-mail address at the time, or `api-token`. */
  createdBy: z.string(),
  updatedAt: z.string(),
  updatedBy: z.string(),
  /** When sending was started, and by whom; null for drafts. */
  sendStartedAt: z.nullable(z.string()),
  sentBy: z.nullable(z.string()),
  /** When the last mail was stored in the queue; null until then. */
  sentAt: z.nullable(z.string()),
  /** Fixed when sending starts; null for drafts (the preview counts them). */
  audience: z.nullable(NewsletterAudience),
  progress: z.nullable(NewsletterIssueProgress),
});
export type NewsletterIssue = z.infer<typeof NewsletterIssue>;

export const NewsletterIssueList = z.object({ issues: z.array(NewsletterIssue) });
export type NewsletterIssueList = z.infer<typeof NewsletterIssueList>;

export const NewsletterIssuePreview = z.object({
  languages: z.array(
    z.object({
      language: z.enum(SUPPORTED_LOCALES),
      subject: z.string(),
      /** The body as sanitised HTML (the FAQ answers' policy): for showing inside the console. */
      html: z.string(),
      /** The whole mail as subscribers get it (the unsubscribe link a placeholder), HTML and plain text. */
      mailHtml: z.string(),
      mailText: z.string(),
    }),
  ),
  /** Who would get it if it were sent now. */
  audience: NewsletterAudience,
});
export type NewsletterIssuePreview = z.infer<typeof NewsletterIssuePreview>;

/**
 * A test mail of one language (default: the first text) to the signed-in account's own address;
 * `to` only with the API token (a session may mail only itself).
 */
export const NewsletterTestMailRequest = z.strictObject({
  language: z.optional(z.enum(SUPPORTED_LOCALES)),
  to: z.optional(z.string().check(z.trim(), z.maxLength(EMAIL_MAX_LENGTH), z.email())),
});
export type NewsletterTestMailRequest = z.infer<typeof NewsletterTestMailRequest>;

export const NewsletterTestMailResult = z.object({
  status: z.literal('queued'),
  to: z.string(),
  language: z.enum(SUPPORTED_LOCALES),
});
export type NewsletterTestMailResult = z.infer<typeof NewsletterTestMailResult>;

export const NewsletterSubscriberCounts = z.object({
  /** Confirmed subscribers; unconfirmed requests and unsubscribed addresses are not counted. */
  confirmed: z.number(),
  byTopic: z.array(z.object({ topic: z.enum(NEWSLETTER_TOPICS), count: z.number() })),
  byLanguage: z.array(LanguageCount),
  byTopicAndLanguage: z.array(
    z.object({ topic: z.enum(NEWSLETTER_TOPICS), language: z.enum(SUPPORTED_LOCALES), count: z.number() }),
  ),
});
export type NewsletterSubscriberCounts = z.infer<typeof NewsletterSubscriberCounts>;

export const NewsletterIssuePath = z.object({ id: z.string().check(z.regex(/^\d{1,15}$/)) });

export const NewsletterRecipientQuery = z.object({
  /** Only recipients in this state. */
  status: z.optional(z.enum(NEWSLETTER_RECIPIENT_STATUSES)),
  /** Recipients after this subscriber id (the previous page's `nextAfter`). */
  after: z.optional(z.string().check(z.regex(/^\d{1,15}$/))),
  /** Page size, 1–500; default 100. */
  limit: z.optional(z.string().check(z.regex(/^(?:[1-9]\d?|[1-4]\d\d|500)$/))),
});
export type NewsletterRecipientQuery = z.infer<typeof NewsletterRecipientQuery>;

export const NewsletterRecipient = z.object({
  subscriberId: z.number(),
  /** The subscriber's address; a subscriber deleted after unsubscribing leaves the list with it. */
  email: z.string(),
  language: z.enum(SUPPORTED_LOCALES),
  status: z.enum(NEWSLETTER_RECIPIENT_STATUSES),
  /** Attempts so far and the last failure's SMTP code or error kind, while the queue still has the mail. */
  attempts: z.nullable(z.number()),
  lastError: z.nullable(z.string()),
});
export type NewsletterRecipient = z.infer<typeof NewsletterRecipient>;

export const NewsletterRecipientPage = z.object({
  recipients: z.array(NewsletterRecipient),
  /** Pass as `after` for the next page; null on the last one. */
  nextAfter: z.nullable(z.number()),
});
export type NewsletterRecipientPage = z.infer<typeof NewsletterRecipientPage>;

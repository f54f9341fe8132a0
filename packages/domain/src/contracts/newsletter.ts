import * as z from 'zod/mini';
import { SUPPORTED_LOCALES } from './locales.js';
import { singleLineText } from './plain-text.js';
import {
  EMAIL_MAX_LENGTH,
  NEWSLETTER_CONSENT_VERSIONS,
  NEWSLETTER_TOPICS,
  TOKEN_PATTERN,
} from './newsletter-values.js';

export const NewsletterSubscriptionRequest = z.object({
  email: z.string().check(z.trim(), z.maxLength(EMAIL_MAX_LENGTH), z.email()),
  topics: z.array(z.enum(NEWSLETTER_TOPICS)).check(z.minLength(1), z.maxLength(NEWSLETTER_TOPICS.length)),
  language: z.enum(SUPPORTED_LOCALES),
  consent: z.literal(true),
  consentVersion: z.optional(z.enum(NEWSLETTER_CONSENT_VERSIONS)),
  /**
   * Honeypot: people never see this field; bots fill it in. Any value is refused without a reason and
   * never stored, so it gets no text check (a field code would tell the bot which field gave it away).
   */
  website: z.optional(z.string().check(z.maxLength(500))),
  /** The page the form was on (proof of consent: where it was given). */
  page: z.optional(z.string().check(z.maxLength(2000), singleLineText())),
  widgetVersion: z.optional(z.string().check(z.maxLength(40), singleLineText())),
});
export type NewsletterSubscriptionRequest = z.infer<typeof NewsletterSubscriptionRequest>;

export const NewsletterSubscriptionAccepted = z.object({ status: z.literal('pending') });
export type NewsletterSubscriptionAccepted = z.infer<typeof NewsletterSubscriptionAccepted>;

/**
 * `already-confirmed`: the confirm link was used before and the subscription it confirmed is
 * active (a second click). `already-unsubscribed`: the unsubscribe link was used before.
 */
export const NewsletterTokenResult = z.object({
  status: z.enum(['confirmed', 'unsubscribed', 'already-confirmed', 'already-unsubscribed']),
  topics: z.optional(z.array(z.enum(NEWSLETTER_TOPICS))),
  language: z.optional(z.enum(SUPPORTED_LOCALES)),
});
export type NewsletterTokenResult = z.infer<typeof NewsletterTokenResult>;

export const TokenQuery = z.object({ token: z.string().check(z.regex(TOKEN_PATTERN)) });

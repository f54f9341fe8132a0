import {
  NEWSLETTER_CONSENT_VERSION,
  NewsletterSubscriptionRequest,
  WIDGETS_VERSION,
  fieldErrorsFromIssues,
  type FieldErrors,
  type NewsletterTopic,
  type SupportedLocale,
} from '@welcome-widgets/domain';
import * as z from 'zod/mini';

/** What the person has typed and chosen; kept across every error so nothing is lost. */
export interface SignupFormValues {
  email: string;
  topics: NewsletterTopic[];
  language: SupportedLocale;
  consent: boolean;
  website: string;
}

/** The form's fields in the order they appear: the first one with an error gets the focus. */
export const FORM_FIELDS = ['email', 'topics', 'language', 'consent'] as const;
export type FormField = (typeof FORM_FIELDS)[number];

export type ValidatedForm = { ok: true; request: NewsletterSubscriptionRequest } | { ok: false; errors: FieldErrors };

/** Validates with the same contract the server uses, so both agree on every field. */
export function validateSignupForm(values: SignupFormValues, page: string): ValidatedForm {
  const input = {
    email: values.email,
    topics: values.topics,
    language: values.language,
    consent: values.consent,
    consentVersion: NEWSLETTER_CONSENT_VERSION,
    website: values.website,
    page,
    widgetVersion: WIDGETS_VERSION,
  };
  const result = z.safeParse(NewsletterSubscriptionRequest, input);
  return result.success
    ? { ok: true, request: result.data }
    : { ok: false, errors: fieldErrorsFromIssues(result.error.issues, input) };
}

/** Proof of consent records the page, without query or fragment: those may hold tokens or personal data. */
export function pageOfConsent(href: string): string {
  const url = new URL(href);
  return `${url.origin}${url.pathname}`;
}

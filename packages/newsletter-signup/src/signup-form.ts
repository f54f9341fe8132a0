import {
  NEWSLETTER_CONSENT_VERSION,
  NewsletterSubscriptionRequestCheck,
  WIDGETS_VERSION,
  check,
  fieldErrorsFromIssues,
  type FieldErrors,
  type NewsletterSubscriptionRequest,
  type NewsletterTopic,
  type SupportedLocale,
} from '@welcome-widgets/domain';

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

/** Validates with the check generated from the server's contract, so both agree on every field. */
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
  const result = check(NewsletterSubscriptionRequestCheck, input);
  return result.issues
    ? { ok: false, errors: fieldErrorsFromIssues(result.issues, input) }
    : { ok: true, request: result.value };
}

/** Proof of consent records the page, without query or fragment: those may hold tokens or personal data. */
export function pageOfConsent(href: string): string {
  const url = new URL(href);
  return `${url.origin}${url.pathname}`;
}

import {
  APPOINTMENT_CONSENT_VERSION,
  BookingRequestCheck,
  WIDGETS_VERSION,
  check,
  fieldErrorsFromIssues,
  type BookingRequest,
  type FieldErrors,
  type SupportedLocale,
} from '@welcome-widgets/domain';

/** What the person has typed; kept across every error, a taken slot and a lost connection. */
export interface BookingFormValues {
  name: string;
  email: string;
  language: string;
  message: string;
  consent: boolean;
  website: string;
}

export const emptyForm = (): BookingFormValues => ({
  name: '',
  email: '',
  language: '',
  message: '',
  consent: false,
  website: '',
});

/** The fields in the order they appear: the first one with an error gets the focus. */
export const BOOKING_FIELDS = ['name', 'email', 'language', 'message', 'consent'] as const;
export type BookingField = (typeof BOOKING_FIELDS)[number];

export type ValidatedBooking = { ok: true; request: BookingRequest } | { ok: false; errors: FieldErrors };

/** Validates with the check generated from the server's contract, so both agree on every field. */
export function validateBooking(
  values: BookingFormValues,
  slot: { topic: string; start: string },
  context: { timeZone: string; mailLanguage: SupportedLocale; page: string },
): ValidatedBooking {
  const input = {
    topic: slot.topic,
    start: slot.start,
    name: values.name,
    email: values.email,
    language: values.language,
    ...(values.message.trim() ? { message: values.message } : {}),
    consent: values.consent,
    consentVersion: APPOINTMENT_CONSENT_VERSION,
    timeZone: context.timeZone,
    mailLanguage: context.mailLanguage,
    website: values.website,
    page: context.page,
    widgetVersion: WIDGETS_VERSION,
  };
  const result = check(BookingRequestCheck, input);
  return result.issues
    ? { ok: false, errors: fieldErrorsFromIssues(result.issues, input) }
    : { ok: true, request: result.value };
}

/** Proof of consent records the page without query or fragment: those may hold tokens. */
export function pageOfConsent(href: string): string {
  const url = new URL(href);
  return `${url.origin}${url.pathname}`;
}

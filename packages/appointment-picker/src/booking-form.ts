import {
  APPOINTMENT_CONSENT_VERSION,
  BookingRequest,
  WIDGETS_VERSION,
  fieldErrorsFromIssues,
  type FieldErrors,
  type SupportedLocale,
} from '@welcome-widgets/domain';
import * as z from 'zod/mini';

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

/** Validates with the contract the server uses, so both agree on every field. */
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
  const result = z.safeParse(BookingRequest, input);
  return result.success
    ? { ok: true, request: result.data }
    : { ok: false, errors: fieldErrorsFromIssues(result.error.issues, input) };
}

/** Proof of consent records the page without query or fragment: those may hold tokens. */
export function pageOfConsent(href: string): string {
  const url = new URL(href);
  return `${url.origin}${url.pathname}`;
}

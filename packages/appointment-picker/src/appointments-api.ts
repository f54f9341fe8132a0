import {
  AppointmentSlotsResponseCheck,
  AppointmentTopicsResponseCheck,
  BookingCancelledCheck,
  BookingDetailsCheck,
  HeldBookingCheck,
  type BookingRequest,
  type SupportedLocale,
} from '@welcome-widgets/domain';
import { type ApiClient } from '@welcome-widgets/core';
import type { BookingRef } from './link-params.js';

export function loadTopics(client: ApiClient, language: SupportedLocale, signal?: AbortSignal) {
  return client.get('v1/appointments/topics', AppointmentTopicsResponseCheck, {
    searchParams: { lang: language },
    ...(signal ? { signal } : {}),
  });
}

/** Free slots between two days (YYYY-MM-DD, inclusive), as UTC instants. */
export function loadSlots(client: ApiClient, topic: string, fromDay: string, toDay: string, signal?: AbortSignal) {
  const to = new Date(`${toDay}T00:00:00Z`);
  to.setUTCDate(to.getUTCDate() + 1);
  return client.get('v1/appointments/slots', AppointmentSlotsResponseCheck, {
    searchParams: { topic, from: `${fromDay}T00:00:00Z`, to: to.toISOString().replace('.000Z', 'Z') },
    ...(signal ? { signal } : {}),
  });
}

/** What and when a booking is (never who), opened with the token from the mail. */
export function loadBookingDetails(client: ApiClient, { id, token }: BookingRef, signal?: AbortSignal) {
  return client.get(`v1/appointments/${encodeURIComponent(id)}`, BookingDetailsCheck, {
    searchParams: { token },
    ...(signal ? { signal } : {}),
  });
}

/** Holds the slot (201) until the person confirms with the link in the mail; the answer's cancel token can release it. */
export function book(client: ApiClient, request: BookingRequest) {
  return client.post('v1/appointments', request, HeldBookingCheck);
}

/** The link in the hold mail: books the held booking. Repeating it answers the same. */
export function confirmBooking(client: ApiClient, { id, token }: BookingRef) {
  return client.post(`v1/appointments/${encodeURIComponent(id)}/confirm`, { token }, BookingDetailsCheck);
}

// Two pickers on one page must not both spend a cancel link.
const cancellations = new Map<string, ReturnType<typeof sendCancel>>();

export function cancelBooking(client: ApiClient, { id, token }: BookingRef) {
  const key = `${id}:${token}`;
  let request = cancellations.get(key);
  if (!request) {
    request = sendCancel(client, id, token);
    cancellations.set(key, request);
    request.catch(() => cancellations.delete(key));
  }
  return request;
}

function sendCancel(client: ApiClient, id: string, token: string) {
  return client.delete(`v1/appointments/${encodeURIComponent(id)}`, BookingCancelledCheck, { searchParams: { token } });
}

/** The calendar file's address; a plain link, so the browser downloads it. */
export function icsUrl(apiBase: string, { id, token }: BookingRef): string {
  const base = new URL(apiBase.replace(/\/?$/, '/'), location.href);
  const url = new URL(`v1/appointments/${encodeURIComponent(id)}/ics`, base);
  url.searchParams.set('token', token);
  return url.href;
}

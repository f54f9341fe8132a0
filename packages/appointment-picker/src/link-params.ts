/** A booking the page was opened for, with the token from the mail that proves it is the person's. */
export interface BookingRef {
  id: string;
  token: string;
}

/**
 * What the address says: `?topic=` from the quickcheck; from the hold mail
 * `?appointment=<id>&appointment-confirm=<token>` (confirming the held booking); from the
 * confirmation mail and the calendar file `?appointment=<id>&appointment-cancel=<token>` (the
 * cancel link) or `?appointment=<id>&appointment-room=<token>` (the link to join at the time).
 */
export interface LinkParams {
  topic?: string;
  confirm?: BookingRef;
  cancel?: BookingRef;
  room?: BookingRef;
}

const TOKEN_PARAMS = ['appointment-confirm', 'appointment-cancel', 'appointment-room'] as const;

export function linkParams(href: string): LinkParams {
  const params = new URL(href).searchParams;
  const id = params.get('appointment');
  const confirm = params.get('appointment-confirm');
  const cancel = params.get('appointment-cancel');
  const room = params.get('appointment-room');
  return {
    ...(params.get('topic') ? { topic: params.get('topic')! } : {}),
    ...(id && confirm ? { confirm: { id, token: confirm } } : {}),
    ...(id && cancel ? { cancel: { id, token: cancel } } : {}),
    ...(id && room && !cancel ? { room: { id, token: room } } : {}),
  };
}

/**
 * A token must not linger in the address bar, the history or a link shared from it: whoever
 * holds it can cancel. The mail keeps the link for the next visit.
 */
export function forgetBookingLink(): void {
  const url = new URL(location.href);
  if (!TOKEN_PARAMS.some((name) => url.searchParams.has(name))) return;
  for (const name of ['appointment', ...TOKEN_PARAMS]) url.searchParams.delete(name);
  history.replaceState(history.state, '', url.href);
}

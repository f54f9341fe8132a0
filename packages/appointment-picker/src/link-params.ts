/** `?topic=` from the quickcheck; `?appointment=<id>&appointment-cancel=<token>` from the confirmation mail. */
export interface LinkParams {
  topic?: string;
  cancel?: { id: string; token: string };
}

export function linkParams(href: string): LinkParams {
  const params = new URL(href).searchParams;
  const id = params.get('appointment');
  const token = params.get('appointment-cancel');
  return {
    ...(params.get('topic') ? { topic: params.get('topic')! } : {}),
    ...(id && token ? { cancel: { id, token } } : {}),
  };
}

/** A cancel token must not linger in the address bar, the history or a shared link. */
export function forgetCancelLink(): void {
  const url = new URL(location.href);
  if (!url.searchParams.has('appointment-cancel')) return;
  url.searchParams.delete('appointment');
  url.searchParams.delete('appointment-cancel');
  history.replaceState(history.state, '', url.href);
}

import type { TokenAction } from './newsletter-api.js';

/** Query parameters of the links in our mails; the server builds the same names. */
export const TOKEN_PARAMETERS: Record<TokenAction, string> = {
  confirm: 'newsletter-confirm',
  unsubscribe: 'newsletter-unsubscribe',
};

export interface TokenFromUrl {
  action: TokenAction;
  token: string;
}

export function tokenFromUrl(url: URL): TokenFromUrl | undefined {
  for (const action of ['confirm', 'unsubscribe'] as const) {
    const token = url.searchParams.get(TOKEN_PARAMETERS[action]);
    if (token) return { action, token };
  }
  return undefined;
}

/** Removes the token from the address bar so it does not end up in bookmarks, history or a Referer. */
export function forgetTokenInUrl(): void {
  const url = new URL(location.href);
  let changed = false;
  for (const name of Object.values(TOKEN_PARAMETERS)) {
    if (url.searchParams.has(name)) {
      url.searchParams.delete(name);
      changed = true;
    }
  }
  if (changed) history.replaceState(history.state, '', url);
}

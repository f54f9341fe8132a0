import { msg } from '@lit/localize';
import { problemNotice, type LoadController } from '@welcome-widgets/core';
import type { SupportedLocale } from '@welcome-widgets/domain';
import { html, nothing } from 'lit';
import { isSessionLost } from '../admin-api.js';

/**
 * A load as the console shows it: a status while it runs; on a problem, its notice with a retry,
 * or nothing when the session ended (the console asks to sign in again instead).
 */
export function renderLoad<T, A extends readonly unknown[]>(
  load: LoadController<T, A>,
  locale: SupportedLocale,
  complete: (value: T) => unknown,
): unknown {
  return load.render({
    pending: () => html`<p role="status">${msg('Wird geladen …', { id: 'admin.loading' })}</p>`,
    error: (problem) =>
      isSessionLost(load.error) ? nothing : problemNotice(problem, { locale, retry: () => load.run() }),
    complete,
  });
}

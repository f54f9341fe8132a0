import { QuickcheckDefinitionCheck, type Audience, type SupportedLocale } from '@welcome-widgets/domain';
import { type ApiClient } from '@welcome-widgets/core';

/** Questions and rule sets; only the language and audience are sent, never an answer. */
export function loadDefinition(client: ApiClient, language: SupportedLocale, audience: Audience, signal?: AbortSignal) {
  return client.get('v1/quickcheck', QuickcheckDefinitionCheck, {
    searchParams: { lang: language, audience },
    ...(signal ? { signal } : {}),
  });
}

import {
  FaqResponseCheck,
  NoContentCheck,
  type FaqResponse,
  type FaqZeroResultReport,
  type SupportedLocale,
} from '@welcome-widgets/domain';
import { type ApiClient } from '@welcome-widgets/core';

// One request per backend and language for every widget on the page: typing never asks the server.
const loads = new Map<string, Promise<FaqResponse>>();

export function loadFaq(client: ApiClient, api: string, language: SupportedLocale): Promise<FaqResponse> {
  const key = `${api}|${language}`;
  let load = loads.get(key);
  if (!load) {
    load = client.get('v1/faq', FaqResponseCheck, { searchParams: { lang: language } });
    loads.set(key, load);
    load.catch(() => loads.delete(key));
  }
  return load;
}

/** A search that found nothing: its normalised text and the language, nothing about the person. */
export function sendZeroResult(client: ApiClient, query: string, language: SupportedLocale) {
  const report: FaqZeroResultReport = { query, language };
  return client.post('v1/faq/zero-results', report, NoContentCheck);
}

export function sendFeedback(client: ApiClient, id: string, helpful: boolean, language: SupportedLocale) {
  return client.post(`v1/faq/${encodeURIComponent(id)}/feedback`, { helpful, language }, NoContentCheck);
}

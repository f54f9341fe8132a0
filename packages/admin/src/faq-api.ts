import { ApiError, type RequestOptions } from '@welcome-widgets/core';
import {
  ErrorEnvelope,
  FaqAdminEntry,
  FaqAdminEntryList,
  FaqImportResult,
  FaqPreview,
  FaqSynonyms,
  FaqZeroResultList,
  type FaqEntryUpdate,
  type FaqEntryCreate,
  type FaqTextUpdate,
  type SupportedLocale,
} from '@welcome-widgets/domain';
import * as z from 'zod/mini';
import type { AdminApi } from './admin-api.js';

// The FAQ's admin API (packages/domain/src/contracts/faq-admin.ts) through the console's session.

const BASE = 'v1/admin/faq';

export function faqEntries(api: AdminApi, options: RequestOptions = {}): Promise<FaqAdminEntryList> {
  return api.request((client) => client.get(`${BASE}/entries`, FaqAdminEntryList, options));
}

export function faqEntry(api: AdminApi, id: string, options: RequestOptions = {}): Promise<FaqAdminEntry> {
  return api.request((client) => client.get(`${BASE}/entries/${encodeURIComponent(id)}`, FaqAdminEntry, options));
}

export function createFaqEntry(api: AdminApi, entry: FaqEntryCreate): Promise<FaqAdminEntry> {
  return api.request((client) => client.post(`${BASE}/entries`, entry, FaqAdminEntry));
}

export function saveFaqText(
  api: AdminApi,
  id: string,
  language: SupportedLocale,
  text: FaqTextUpdate,
): Promise<FaqAdminEntry> {
  return api.request((client) =>
    client.put(`${BASE}/entries/${encodeURIComponent(id)}/texts/${language}`, text, FaqAdminEntry),
  );
}

/** Category, weight or related entries of an entry; what is left out stays. */
export function updateFaqEntry(api: AdminApi, id: string, update: FaqEntryUpdate): Promise<FaqAdminEntry> {
  return api.request((client) => client.put(`${BASE}/entries/${encodeURIComponent(id)}`, update, FaqAdminEntry));
}

export function faqSynonyms(api: AdminApi, options: RequestOptions = {}): Promise<FaqSynonyms> {
  return api.request((client) => client.get(`${BASE}/synonyms`, FaqSynonyms, options));
}

export function saveFaqSynonyms(api: AdminApi, synonyms: string[][]): Promise<FaqSynonyms> {
  return api.request((client) => client.put(`${BASE}/synonyms`, { synonyms }, FaqSynonyms));
}

export function previewFaqAnswer(
  api: AdminApi,
  language: SupportedLocale,
  body: string,
  options: RequestOptions = {},
): Promise<FaqPreview> {
  return api.request((client) => client.post(`${BASE}/preview`, { language, body }, FaqPreview, options));
}

export function zeroResultSearches(
  api: AdminApi,
  days: number,
  options: RequestOptions = {},
): Promise<FaqZeroResultList> {
  return api.request((client) =>
    client.get(`${BASE}/zero-results`, FaqZeroResultList, { ...options, searchParams: { days: String(days) } }),
  );
}

/**
 * The Markdown folder as a tar file to save. Fetched, not linked: a lapsed session then brings the
 * sign-in (as every request does) instead of a failed download the console never hears of.
 */
export function exportFaq(api: AdminApi, baseUrl: string): Promise<Blob> {
  return api.request(async () => (await rawRequest(baseUrl, `${BASE}/export`, { method: 'GET' })).blob());
}

/** Replaces the whole FAQ with a tar of the Markdown folder; a refusal names its problems by file. */
export function importFaq(api: AdminApi, baseUrl: string, file: Blob): Promise<FaqImportResult> {
  return api.request(async () => {
    const response = await rawRequest(baseUrl, `${BASE}/import`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-tar', ...api.csrfHeader() },
      body: file,
    });
    const parsed = z.safeParse(FaqImportResult, await response.json().catch(() => undefined));
    if (!parsed.success) throw new ApiError('invalid-response', 'Import answer does not match its contract', 200);
    return parsed.data;
  });
}

/** A request the JSON client cannot make (a file in or out), failing as the client's do. */
async function rawRequest(baseUrl: string, path: string, init: RequestInit): Promise<Response> {
  const base = new URL(baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`, location.href);
  let response: Response;
  try {
    response = await fetch(new URL(path, base), { ...init, credentials: 'same-origin' });
  } catch (error) {
    throw new ApiError('network', error instanceof Error ? error.message : 'Network error');
  }
  if (!response.ok) throw await httpError(response);
  return response;
}

async function httpError(response: Response): Promise<ApiError> {
  let envelope: unknown;
  try {
    envelope = await response.json();
  } catch {
    envelope = undefined;
  }
  const parsed = z.safeParse(ErrorEnvelope, envelope);
  return new ApiError('http', `HTTP ${response.status}`, response.status, parsed.success ? parsed.data : undefined);
}

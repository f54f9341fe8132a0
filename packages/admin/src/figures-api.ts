import { ApiError, type RequestOptions } from '@welcome-widgets/core';
import {
  DashboardAdminList,
  DashboardAdminMetric,
  DashboardDraft,
  DashboardImportResult,
  DashboardMetric,
  ErrorEnvelope,
  type DashboardTextsUpdate,
  type SupportedLocale,
} from '@welcome-widgets/domain';
import * as z from 'zod/mini';
import type { AdminApi } from './admin-api.js';

// The figures' admin API (packages/domain/src/contracts/dashboard-admin.ts) through the console's session.

const BASE = 'v1/admin/dashboard/metrics';
const NoContent = z.object({});
const path = (id: string, rest = '') => `${BASE}/${encodeURIComponent(id)}${rest}`;

export function figures(api: AdminApi, options: RequestOptions = {}): Promise<DashboardAdminList> {
  return api.request((client) => client.get(BASE, DashboardAdminList, options));
}

export function saveFigureTexts(api: AdminApi, id: string, texts: DashboardTextsUpdate): Promise<DashboardAdminMetric> {
  return api.request((client) => client.put(path(id, '/texts'), texts, DashboardAdminMetric));
}

export function previewDraft(
  api: AdminApi,
  id: string,
  language: SupportedLocale,
  options: RequestOptions = {},
): Promise<DashboardMetric> {
  return api.request((client) =>
    client.get(path(id, '/draft/preview'), DashboardMetric, { ...options, searchParams: { lang: language } }),
  );
}

export function publishDraft(api: AdminApi, id: string): Promise<DashboardImportResult> {
  return api.request((client) => client.post(path(id, '/draft/publish'), {}, DashboardImportResult));
}

export async function discardDraft(api: AdminApi, id: string): Promise<void> {
  await api.request((client) => client.delete(path(id, '/draft'), NoContent));
}

/**
 * Sends the file's bytes as they are (the JSON client cannot): the server checks UTF-8 itself and
 * names a file in another encoding. A refusal is an ApiError whose envelope has `error.lines`.
 */
export function uploadDraft(api: AdminApi, baseUrl: string, id: string, file: Blob): Promise<DashboardDraft> {
  return api.request(async () => {
    const base = new URL(baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`, location.href);
    let response: Response;
    try {
      response = await fetch(new URL(path(id, '/draft'), base), {
        method: 'PUT',
        credentials: 'same-origin',
        // Read inside the request: a retry after a stale CSRF token sends the new one.
        headers: { 'content-type': 'text/csv; charset=utf-8', ...api.csrfHeader() },
        body: file,
      });
    } catch (error) {
      throw new ApiError('network', error instanceof Error ? error.message : 'Network error');
    }
    const body: unknown = await response.json().catch(() => undefined);
    if (!response.ok) {
      const envelope = z.safeParse(ErrorEnvelope, body);
      throw new ApiError(
        'http',
        `HTTP ${response.status}`,
        response.status,
        envelope.success ? envelope.data : undefined,
      );
    }
    const parsed = z.safeParse(DashboardDraft, body);
    if (!parsed.success) throw new ApiError('invalid-response', 'Draft answer does not match its contract', 200);
    return parsed.data;
  });
}

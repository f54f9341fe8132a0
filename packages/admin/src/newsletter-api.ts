import { ApiError, type RequestOptions } from '@welcome-widgets/core';
import {
  NewsletterIssue,
  NewsletterIssueList,
  NewsletterIssuePreview,
  NewsletterRecipientPage,
  NewsletterSubscriberCounts,
  NewsletterTestMailResult,
  type NewsletterIssueInput,
  type NewsletterRecipientStatus,
  type SupportedLocale,
} from '@welcome-widgets/domain';
import * as z from 'zod/mini';
import type { AdminApi } from './admin-api.js';

// The newsletter's admin API (packages/domain/src/contracts/newsletter-issues.ts) as the console speaks it.

const BASE = 'v1/admin/newsletter';
const NoContent = z.object({});

export function subscriberCounts(api: AdminApi, options: RequestOptions = {}): Promise<NewsletterSubscriberCounts> {
  return api.request((client) => client.get(`${BASE}/subscribers/counts`, NewsletterSubscriberCounts, options));
}

/**
 * The confirmed subscribers' CSV as a file to save. Fetched, not linked: a lapsed session then brings
 * the sign-in (as every request does) instead of a failed download the console never hears of.
 */
export function subscribersCsv(api: AdminApi, baseUrl: string): Promise<Blob> {
  return api.request(async () => {
    const base = new URL(baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`, location.href);
    let response: Response;
    try {
      response = await fetch(new URL(`${BASE}/subscribers/export`, base), { credentials: 'same-origin' });
    } catch (error) {
      throw new ApiError('network', error instanceof Error ? error.message : 'Network error');
    }
    if (!response.ok) throw new ApiError('http', `HTTP ${response.status}`, response.status);
    return response.blob();
  });
}

export function issues(api: AdminApi, options: RequestOptions = {}): Promise<NewsletterIssueList> {
  return api.request((client) => client.get(`${BASE}/issues`, NewsletterIssueList, options));
}

export function issue(api: AdminApi, id: number, options: RequestOptions = {}): Promise<NewsletterIssue> {
  return api.request((client) => client.get(`${BASE}/issues/${id}`, NewsletterIssue, options));
}

export function createIssue(api: AdminApi, input: NewsletterIssueInput): Promise<NewsletterIssue> {
  return api.request((client) => client.post(`${BASE}/issues`, input, NewsletterIssue));
}

export function updateIssue(api: AdminApi, id: number, input: NewsletterIssueInput): Promise<NewsletterIssue> {
  return api.request((client) => client.put(`${BASE}/issues/${id}`, input, NewsletterIssue));
}

export async function deleteIssue(api: AdminApi, id: number): Promise<void> {
  await api.request((client) => client.delete(`${BASE}/issues/${id}`, NoContent));
}

export function preview(
  api: AdminApi,
  input: NewsletterIssueInput,
  options: RequestOptions = {},
): Promise<NewsletterIssuePreview> {
  return api.request((client) => client.post(`${BASE}/preview`, input, NewsletterIssuePreview, options));
}

/** One language's mail to the signed-in account's own address (a session may name no other). */
export function testMail(api: AdminApi, id: number, language: SupportedLocale): Promise<NewsletterTestMailResult> {
  return api.request((client) => client.post(`${BASE}/issues/${id}/test-mail`, { language }, NewsletterTestMailResult));
}

export function sendIssue(api: AdminApi, id: number): Promise<NewsletterIssue> {
  return api.request((client) => client.post(`${BASE}/issues/${id}/send`, {}, NewsletterIssue));
}

export function recipients(
  api: AdminApi,
  id: number,
  query: { status?: NewsletterRecipientStatus; after?: number },
  options: RequestOptions = {},
): Promise<NewsletterRecipientPage> {
  return api.request((client) =>
    client.get(`${BASE}/issues/${id}/recipients`, NewsletterRecipientPage, {
      ...options,
      searchParams: { status: query.status, after: query.after, limit: 50 },
    }),
  );
}

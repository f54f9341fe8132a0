import {
  NewsletterSubscriptionAcceptedCheck,
  NewsletterTokenResultCheck,
  type NewsletterSubscriptionRequest,
  type NewsletterTokenResult,
} from '@welcome-widgets/domain';
import { type ApiClient } from '@welcome-widgets/core';

export type TokenAction = 'confirm' | 'unsubscribe';
/** What redeeming a link did: now, or already on an earlier click. */
export type TokenOutcome = NewsletterTokenResult['status'];

export function requestSubscription(client: ApiClient, request: NewsletterSubscriptionRequest) {
  return client.post('v1/newsletter/subscriptions', request, NewsletterSubscriptionAcceptedCheck);
}

// Two signup widgets on one confirmation page must not both spend the single-use token.
const tokenRequests = new Map<string, ReturnType<typeof sendToken>>();

export function redeemToken(client: ApiClient, action: TokenAction, token: string) {
  const key = `${action}:${token}`;
  let request = tokenRequests.get(key);
  if (!request) {
    request = sendToken(client, action, token);
    tokenRequests.set(key, request);
    // A failed attempt may be retried; only a success is remembered.
    request.catch(() => tokenRequests.delete(key));
  }
  return request;
}

async function sendToken(client: ApiClient, action: TokenAction, token: string): Promise<TokenOutcome> {
  const result = await client.get(`v1/newsletter/${action}`, NewsletterTokenResultCheck, { searchParams: { token } });
  return result.status;
}

import {
  FIELD_ERROR_MESSAGES,
  NewsletterSubscriptionAccepted,
  NewsletterTokenResult,
  type NewsletterTokenResult as TokenResult,
} from '@welcome-widgets/domain';
import { HttpResponse, http, type HttpHandler } from 'msw';
import { checked, scenarioResponse } from './respond.js';
import type { Scenario } from './scenarios.js';

/** A token the mock accepts; any other but the one below is treated as unknown or expired. */
export const MOCK_VALID_TOKEN = 'mock-valid-token-0123456789abcdefghijklmnopq';
/** A link clicked a second time: confirm says `already-confirmed`, unsubscribe `already-unsubscribed`. */
export const MOCK_USED_TOKEN = 'mock-used-token-0123456789abcdefghijklmnopq';

export function newsletterHandlers(scenario: Scenario = 'ok'): HttpHandler[] {
  return [
    http.post('*/api/v1/newsletter/subscriptions', async () => {
      const special = await scenarioResponse(scenario);
      if (special) return special;
      if (scenario === 'validation') {
        return HttpResponse.json(
          {
            error: {
              code: 'validation_failed',
              message: 'Some fields are not valid.',
              fields: { email: FIELD_ERROR_MESSAGES.invalid },
              fieldCodes: { email: 'invalid' },
            },
            requestId: 'mock-422',
          },
          { status: 422 },
        );
      }
      return HttpResponse.json(checked(NewsletterSubscriptionAccepted, { status: 'pending' }), { status: 202 });
    }),
    ...(['confirm', 'unsubscribe'] as const).map((action) =>
      http.get(`*/api/v1/newsletter/${action}`, async ({ request }) => {
        const special = await scenarioResponse(scenario);
        if (special) return special;
        const token = new URL(request.url).searchParams.get('token');
        if (token === MOCK_USED_TOKEN) {
          const body: TokenResult =
            action === 'confirm'
              ? { status: 'already-confirmed', topics: ['events'], language: 'de' }
              : { status: 'already-unsubscribed' };
          return HttpResponse.json(checked(NewsletterTokenResult, body));
        }
        if (token !== MOCK_VALID_TOKEN) {
          return HttpResponse.json(
            {
              error: { code: 'token_invalid', message: 'This link is invalid, used or expired.' },
              requestId: 'mock-404',
            },
            { status: 404 },
          );
        }
        const body: TokenResult =
          action === 'confirm'
            ? { status: 'confirmed', topics: ['events'], language: 'de' }
            : { status: 'unsubscribed' };
        return HttpResponse.json(checked(NewsletterTokenResult, body));
      }),
    ),
  ];
}

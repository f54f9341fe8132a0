import {
  NewsletterSubscriptionAccepted,
  NewsletterSubscriptionRequest,
  NewsletterTokenResult,
  TokenQuery,
} from '@welcome-widgets/domain';
import { Hono, type Context, type MiddlewareHandler } from 'hono';
import { HttpError } from '../http/api-error.js';
import type { Logger } from '../http/logger.js';
import type { ApiDocs } from '../openapi/api-docs.js';
import { ApiRoutes, type RouteInput } from '../openapi/api-routes.js';
import type { NewsletterService } from './newsletter-service.js';

const TAG = 'Newsletter';
/** A forged token of the wrong shape gets the same answer as an unknown one. */
const invalidToken = () => new HttpError(404, 'token_invalid', 'This link is invalid, used or expired.');

export function newsletterRoutes(options: {
  service: NewsletterService;
  docs: ApiDocs;
  logger: Logger;
  subscriptionLimit: MiddlewareHandler;
}): Hono {
  const { service, docs, logger } = options;
  const app = new Hono();
  const routes = new ApiRoutes(app, docs, '/api/v1/newsletter');

  routes.add(
    {
      method: 'post',
      path: '/api/v1/newsletter/subscriptions',
      operationId: 'requestNewsletterSubscription',
      tag: TAG,
      security: 'public',
      summary: 'Request a subscription; sends the confirmation mail (double opt-in).',
      body: { json: NewsletterSubscriptionRequest },
      middleware: [options.subscriptionLimit],
      responses: {
        202: {
          description: 'Accepted; the same answer whether or not the address is known.',
          schema: NewsletterSubscriptionAccepted,
        },
        400: { description: 'Malformed JSON' },
        413: { description: 'Body too large' },
        415: { description: 'Not application/json' },
        422: { description: 'Field errors' },
        429: { description: 'Too many requests (Retry-After)' },
        503: { description: 'Mail could not be sent' },
      },
    },
    async (c, { body: input }) => {
      if (input.website) {
        // A bot filled the honeypot: answer as usual so it learns nothing, store and send nothing.
        logger.info('newsletter honeypot triggered');
        return c.json({ status: 'pending' as const }, 202);
      }
      try {
        await service.request(input, { origin: c.req.header('origin') ?? null });
      } catch (error) {
        logger.error('newsletter request failed', { error: String(error) });
        throw new HttpError(503, 'mail_unavailable', 'The confirmation mail could not be sent; try again later.');
      }
      return c.json({ status: 'pending' as const }, 202);
    },
  );

  routes.add(
    {
      method: 'get',
      path: '/api/v1/newsletter/confirm',
      operationId: 'confirmNewsletterSubscription',
      tag: TAG,
      security: 'public',
      summary: 'Confirm a subscription with the single-use token from the mail.',
      query: TokenQuery,
      rejectInvalid: { query: invalidToken },
      responses: {
        200: {
          description:
            '`confirmed`, with the topics and language; `already-confirmed` when the same link is used again while the subscription it made is active (nothing is sent or recorded again)',
          schema: NewsletterTokenResult,
        },
        404: { description: 'Token unknown or expired, or its subscription has ended since (code `token_invalid`)' },
      },
    },
    async (c, { query }) => {
      const outcome = await service.confirm(query.token);
      if (outcome.kind === 'invalid') throw invalidToken();
      return c.json({ status: outcome.kind, ...outcome.preferences } satisfies NewsletterTokenResult);
    },
  );

  const unsubscribe = async (c: Context, { query }: RouteInput<undefined, { token: string }, undefined>) => {
    const outcome = await service.unsubscribe(query.token);
    if (outcome === 'unknown') throw invalidToken();
    return c.json({ status: outcome } satisfies NewsletterTokenResult);
  };
  routes.add(
    {
      method: 'get',
      path: '/api/v1/newsletter/unsubscribe',
      operationId: 'unsubscribeFromNewsletter',
      tag: TAG,
      security: 'public',
      summary: 'Unsubscribe with the token from any newsletter mail; repeating it is harmless.',
      query: TokenQuery,
      rejectInvalid: { query: invalidToken },
      responses: {
        200: {
          description: '`unsubscribed`; `already-unsubscribed` when it had been done before',
          schema: NewsletterTokenResult,
        },
        404: { description: 'Token unknown (code `token_invalid`)' },
      },
    },
    unsubscribe,
  );
  routes.add(
    {
      method: 'post',
      path: '/api/v1/newsletter/unsubscribe',
      operationId: 'unsubscribeFromNewsletterOneClick',
      tag: TAG,
      security: 'public',
      summary: 'One-click unsubscribe for mail clients (RFC 8058).',
      query: TokenQuery,
      rejectInvalid: { query: invalidToken },
      responses: {
        200: { description: '`unsubscribed` or `already-unsubscribed`', schema: NewsletterTokenResult },
        404: { description: 'Token unknown' },
      },
    },
    unsubscribe,
  );

  return app;
}

import {
  FAQ_ID_PATTERN,
  FaqFeedbackRequest,
  FaqResponse,
  FaqSearchResponse,
  FaqZeroResultReport,
  toSupportedLocale,
  type SupportedLocale,
} from '@welcome-widgets/domain';
import { Hono, type Context, type MiddlewareHandler } from 'hono';
import type { Kysely } from 'kysely';
import * as z from 'zod/mini';
import { HttpError, validationFailed } from '../http/api-error.js';
import { PrebuiltAnswers, servePrebuiltJson } from '../http/prebuilt-answer.js';
import type { ApiDocs } from '../openapi/api-docs.js';
import { ApiRoutes } from '../openapi/api-routes.js';
import type { Database } from '../storage/schema.js';
import type { FaqService } from './faq-service.js';
import { countZeroResult } from './faq-zero-results.js';

const TAG = 'FAQ';
/** Votes through another instance (same PostgreSQL) reorder this one's answers within this time. */
const RECHECK_MS = 30_000;

export const FaqQuery = z.object({
  /** BCP 47 tag; unknown languages → English, none → German. */
  lang: z.optional(z.string()),
  q: z.optional(z.string().check(z.maxLength(200))),
  category: z.optional(z.string().check(z.regex(FAQ_ID_PATTERN), z.maxLength(64))),
});

const noEntry = () => new HttpError(404, 'not_found', 'No FAQ entry with this id.');

/**
 * The FAQ in one language, searched with the widget's own ranking; anonymous "helpful" counts and
 * searches that found nothing.
 */
export function faqRoutes(options: {
  service: FaqService;
  docs: ApiDocs;
  feedbackLimit: MiddlewareHandler;
  db: Kysely<Database>;
  now?: () => Date;
}): Hono {
  const { service, docs } = options;
  const now = options.now ?? (() => new Date());
  const app = new Hono();
  const routes = new ApiRoutes(app, docs, '/api/v1/faq');
  const EntryPath = z.object({ id: z.string().check(z.regex(FAQ_ID_PATTERN), z.maxLength(64)) });
  // An unknown entry gets the same 404 as a forged id, before its body is read.
  const entryExists: MiddlewareHandler = async (c, next) => {
    if (!(await service.hasEntry(c.req.param('id') ?? ''))) throw noEntry();
    await next();
  };
  const lists = new PrebuiltAnswers({ recheckMs: RECHECK_MS });
  // Without a query the answer is the same for everyone: built once per content version, and
  // widgets and proxies may keep it five minutes (see prebuilt-answer.ts for why not no-cache):
  // editors change answers in the console now, and a corrected answer should not wait an hour.
  const serveList = (c: Context, language: SupportedLocale, category: string | undefined) =>
    servePrebuiltJson(
      c,
      lists,
      {
        key: `${language}/${category ?? ''}`,
        version: () => service.contentVersion,
        cacheControl: 'public, max-age=300',
        replay: true,
      },
      () => service.response(language, { category }),
    );

  routes.add(
    {
      method: 'get',
      path: '/api/v1/faq',
      operationId: 'listFaqEntries',
      tag: TAG,
      security: 'public',
      summary:
        'All entries of a language (German where a translation is missing, marked `fallback`); with `q`, only the ranked matches (id, title, score, highlight ranges), best first, without the entries.',
      query: FaqQuery,
      responses: {
        200: {
          description: 'Without `q`: entries, categories and synonyms. With `q`: `{ language, matches }`.',
          schema: z.union([FaqResponse, FaqSearchResponse]),
        },
        422: { description: 'Query too long or unknown category' },
      },
    },
    async (c, { query }) => {
      const { q, category } = query;
      if (category && !(await service.hasCategory(category))) throw validationFailed({ category: 'not_allowed' });
      const language = toSupportedLocale(query.lang);
      if (q) {
        const started = performance.now();
        const found = await service.search(language, q, category);
        // The search's own time, for the bench and for anyone watching the network panel.
        c.header('server-timing', `search;dur=${(performance.now() - started).toFixed(2)}`);
        return c.json(found);
      }
      return serveList(c, language, category);
    },
  );

  routes.add(
    {
      method: 'post',
      path: '/api/v1/faq/{id}/feedback',
      operationId: 'sendFaqFeedback',
      tag: TAG,
      security: 'public',
      summary: '"Was this helpful?": increments a counter per entry and language; stores nothing about the person.',
      params: EntryPath,
      body: { json: FaqFeedbackRequest },
      rejectInvalid: { params: noEntry },
      middleware: [options.feedbackLimit, entryExists],
      responses: {
        204: { description: 'Counted' },
        404: { description: 'No such entry' },
        422: { description: 'Invalid body' },
        429: { description: 'Too many requests (Retry-After)' },
      },
    },
    async (c, { params: { id }, body }) => {
      await service.countFeedback(id, body.language ?? 'de', body.helpful);
      return c.body(null, 204);
    },
  );

  routes.add(
    {
      method: 'post',
      path: '/api/v1/faq/zero-results',
      operationId: 'reportFaqZeroResult',
      tag: TAG,
      security: 'public',
      summary:
        'A search that found nothing: the normalised query (at most 80 characters) and the language. Counted per day, language and query; nothing about the person is stored, and queries that look like an e-mail address or a phone number are dropped.',
      body: { json: FaqZeroResultReport, maxBytes: 1024 },
      middleware: [options.feedbackLimit],
      responses: {
        204: { description: 'Counted (or dropped)' },
        422: { description: 'Query missing, too long or with control characters; unknown language' },
        429: { description: 'Too many requests (Retry-After)' },
      },
    },
    async (c, { body }) => {
      await countZeroResult(options.db, body, now());
      return c.body(null, 204);
    },
  );

  return app;
}

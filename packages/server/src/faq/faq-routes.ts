import {
  FAQ_ID_PATTERN,
  FaqFeedbackRequest,
  FaqResponse,
  fieldErrorsFromIssues,
  toSupportedLocale,
  type SupportedLocale,
} from '@welcome-widgets/core';
import { Hono, type Context, type MiddlewareHandler } from 'hono';
import * as z from 'zod/mini';
import { HttpError, validationFailed } from '../http/api-error.js';
import { PrebuiltAnswers, servePrebuiltJson } from '../http/prebuilt-answer.js';
import { readJson } from '../http/read-json.js';
import type { ApiDocs } from '../openapi/api-docs.js';
import type { FaqService } from './faq-service.js';

const TAG = 'FAQ';
/** Votes through another instance (same PostgreSQL) reorder this one's answers within this time. */
const RECHECK_MS = 30_000;

export const FaqQuery = z.object({
  /** BCP 47 tag; unknown languages → English, none → German. */
  lang: z.optional(z.string()),
  q: z.optional(z.string().check(z.maxLength(200))),
  category: z.optional(z.string().check(z.regex(FAQ_ID_PATTERN), z.maxLength(64))),
});

/** The FAQ in one language, searched with the widget's own ranking; anonymous "helpful" counts. */
export function faqRoutes(options: { service: FaqService; docs: ApiDocs; feedbackLimit: MiddlewareHandler }): Hono {
  const { service, docs } = options;
  const app = new Hono();
  const lists = new PrebuiltAnswers({ recheckMs: RECHECK_MS });
  // Without a query the answer is the same for everyone: built once per content version, and
  // widgets and proxies may keep it an hour (see prebuilt-answer.ts for why not no-cache).
  const serveList = (c: Context, language: SupportedLocale, category: string | undefined) =>
    servePrebuiltJson(
      c,
      lists,
      {
        key: `${language}/${category ?? ''}`,
        version: () => service.contentVersion,
        cacheControl: 'public, max-age=3600',
        replay: true,
      },
      () => service.response(language, { category }),
    );

  docs.add({
    method: 'get',
    path: '/api/v1/faq',
    tag: TAG,
    summary:
      'All entries of a language (German where a translation is missing, marked `fallback`); with `q`, ranked matches with highlight ranges, best first.',
    query: FaqQuery,
    responses: {
      200: { description: 'Entries, categories and synonyms', schema: FaqResponse },
      422: { description: 'Query too long or unknown category' },
    },
  });
  app.get('/', async (c) => {
    const params = c.req.query();
    // The list without a query is most of the traffic: FaqQuery cannot refuse a lone `lang` (any
    // text is a language tag, unknown ones become English), so it skips the validation.
    if (!params.q && !params.category) return serveList(c, toSupportedLocale(params.lang), undefined);
    const raw = Object.fromEntries(Object.entries(params).filter(([, value]) => value !== ''));
    const query = z.safeParse(FaqQuery, raw);
    if (!query.success) throw validationFailed(fieldErrorsFromIssues(query.error.issues, raw));
    if (query.data.category && !service.hasCategory(query.data.category))
      throw validationFailed({ category: 'not_allowed' });
    const language = toSupportedLocale(query.data.lang);
    const { q, category } = query.data;
    if (q) return c.json(await service.response(language, { q, category }));
    return serveList(c, language, category);
  });

  docs.add({
    method: 'post',
    path: '/api/v1/faq/{id}/feedback',
    tag: TAG,
    summary: '"Was this helpful?": increments a counter per entry and language; stores nothing about the person.',
    body: FaqFeedbackRequest,
    responses: {
      204: { description: 'Counted' },
      404: { description: 'No such entry' },
      422: { description: 'Invalid body' },
    },
  });
  app.post('/:id/feedback', options.feedbackLimit, async (c) => {
    const id = c.req.param('id');
    if (!FAQ_ID_PATTERN.test(id) || !service.hasEntry(id))
      throw new HttpError(404, 'not_found', 'No FAQ entry with this id.');
    const body = await readJson(c, FaqFeedbackRequest);
    await service.countFeedback(id, body.language ?? 'de', body.helpful);
    return c.body(null, 204);
  });

  return app;
}

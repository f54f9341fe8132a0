import {
  AUDIENCES,
  QuickcheckDefinition,
  QuickcheckProfile,
  QuickcheckResult,
  toSupportedLocale,
} from '@welcome-widgets/domain';
import { Hono, type MiddlewareHandler } from 'hono';
import * as z from 'zod/mini';
import { validationFailed } from '../http/api-error.js';
import { PrebuiltAnswers, servePrebuiltJson } from '../http/prebuilt-answer.js';
import type { ApiDocs } from '../openapi/api-docs.js';
import { ApiRoutes } from '../openapi/api-routes.js';
import type { QuickcheckService } from './quickcheck-service.js';

const TAG = 'Quickcheck';

export const QuickcheckQuery = z.object({
  /** BCP 47 tag; `de-AT` → `de`, unknown languages → `en`, none → `de`. */
  lang: z.optional(z.string()),
  audience: z.optional(z.enum(AUDIENCES)),
  /** A year the county has a rule set for; without it, the rule set valid today (Europe/Berlin). */
  year: z.optional(z.string().check(z.regex(/^\d{4}$/))),
});

const noRuleSetForYear = () => validationFailed({ year: 'not_allowed' });

/**
 * A profile is a few hundred bytes. Bodies up to this size are parsed so that hostile ones
 * (a 100 kB country code, padding in unknown fields) get 422 with the fields named; larger, 413.
 */
const MAX_PROFILE_BYTES = 128 * 1024;

/** The questionnaire and rule sets, and a stateless evaluation for clients that cannot run the rules themselves. */
export function quickcheckRoutes(options: {
  service: QuickcheckService;
  docs: ApiDocs;
  /** Per-client limit of evaluations (RATE_LIMIT_EVALUATIONS): each one costs a parse and a rule run. */
  evaluationLimit: MiddlewareHandler;
}): Hono {
  const { service, docs } = options;
  const app = new Hono();
  const routes = new ApiRoutes(app, docs, '/api/v1/quickcheck');
  const definitions = new PrebuiltAnswers();

  routes.add(
    {
      method: 'get',
      path: '/api/v1/quickcheck',
      operationId: 'getQuickcheckDefinition',
      tag: TAG,
      security: 'public',
      summary: 'The questionnaire and the rule sets; the widget evaluates in the browser with `current`.',
      query: QuickcheckQuery,
      responses: {
        200: { description: 'Questionnaire and rule sets', schema: QuickcheckDefinition },
        422: { description: 'Unknown audience, or no rule set for the year' },
      },
    },
    (c, { query }) => {
      const language = toSupportedLocale(query.lang);
      const audience = query.audience ?? 'worker';
      const year = query.year === undefined ? undefined : Number(query.year);
      const current = service.ruleSetFor(year);
      if (!current) throw noRuleSetForYear();
      // The answer depends on the rule set a year or today selects, not on the year itself: one
      // prebuilt answer per (language, audience, rule set), read from files at start.
      return servePrebuiltJson(
        c,
        definitions,
        { key: `${language}/${audience}/${current.validFrom}`, version: 0, cacheControl: 'public, max-age=3600' },
        () => {
          const definition = service.definition({ language, audience, year });
          // The key's rule set, even if midnight passed between choosing it and building.
          return definition && { ...definition, current };
        },
      );
    },
  );

  routes.add(
    {
      method: 'post',
      path: '/api/v1/quickcheck/evaluate',
      operationId: 'evaluateQuickcheckProfile',
      tag: TAG,
      security: 'public',
      summary:
        'Evaluate a profile with the rule set of its year (default: today’s). Stateless: stores and logs nothing.',
      body: { json: QuickcheckProfile, maxBytes: MAX_PROFILE_BYTES },
      middleware: [options.evaluationLimit],
      responses: {
        200: { description: 'The pathways that may fit', schema: QuickcheckResult },
        400: { description: 'Malformed JSON, or not a JSON object' },
        413: { description: 'Body larger than 128 kB (refused while it arrives; the connection is closed)' },
        415: { description: 'Not application/json' },
        422: { description: 'Field errors, or no rule set for the year (field `year`)' },
        429: { description: 'Too many evaluations from this address (RATE_LIMIT_EVALUATIONS); see Retry-After' },
      },
    },
    (c, { body: profile }) => {
      // The answers are personal: they are evaluated and forgotten, never stored or logged.
      const result = service.evaluate(profile);
      if (!result) throw noRuleSetForYear();
      return c.json(result);
    },
  );

  return app;
}

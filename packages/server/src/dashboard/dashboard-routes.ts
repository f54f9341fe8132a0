import {
  DASHBOARD_METRIC_ID_PATTERN,
  DashboardMetric,
  DashboardMetricsResponse,
  toSupportedLocale,
} from '@welcome-widgets/domain';
import { Hono } from 'hono';
import * as z from 'zod/mini';
import { PrebuiltAnswers, servePrebuiltJson } from '../http/prebuilt-answer.js';
import type { ApiDocs } from '../openapi/api-docs.js';
import { ApiRoutes } from '../openapi/api-routes.js';
import type { DashboardService } from './dashboard-service.js';

const TAG = 'Dashboard';
/** Figures change a few times a year; five minutes keeps an import visible soon and spares the server. */
const CACHE = 'public, max-age=300';
/** Imports by the command line or another instance reach this one's answers within this time. */
const RECHECK_MS = 30_000;

const LangQuery = z.object({
  /** BCP 47 tag; unknown languages → English, none → German. */
  lang: z.optional(z.string()),
});
const IdParam = z.object({ id: z.string() });
const NOT_FOUND = 'No dashboard metric with this id.';

/** The county's migration figures: the list of indicators and one indicator with its series. */
export function dashboardRoutes(options: { service: DashboardService; docs: ApiDocs }): Hono {
  const { service, docs } = options;
  const app = new Hono();
  const routes = new ApiRoutes(app, docs, '/api/v1/dashboard');
  const answers = new PrebuiltAnswers({ recheckMs: RECHECK_MS });

  routes.add(
    {
      method: 'get',
      path: '/api/v1/dashboard/metrics',
      operationId: 'listDashboardMetrics',
      tag: TAG,
      security: 'public',
      summary:
        'All indicators with title, unit, source, data-as-of and last-edited dates, and whether the figures are illustrative.',
      query: LangQuery,
      responses: { 200: { description: 'The indicators, in display order', schema: DashboardMetricsResponse } },
    },
    (c, { query }) => {
      const language = toSupportedLocale(query.lang);
      return servePrebuiltJson(
        c,
        answers,
        { key: `list/${language}`, version: () => service.contentVersion, cacheControl: CACHE, replay: true },
        () => service.list(language),
      );
    },
  );

  routes.add(
    {
      method: 'get',
      path: '/api/v1/dashboard/metrics/{id}',
      operationId: 'getDashboardMetric',
      tag: TAG,
      security: 'public',
      summary:
        'One indicator with its series (one point per period end, oldest first); series labels in the language (countries named by CLDR).',
      params: IdParam,
      query: LangQuery,
      responses: {
        200: { description: 'The indicator and its series', schema: DashboardMetric },
        404: { description: 'No indicator with this id' },
      },
    },
    (c, { params: { id }, query }) => {
      const language = toSupportedLocale(query.lang);
      // Unknown ids are not kept (build finds nothing), so only existing metrics take memory.
      return servePrebuiltJson(
        c,
        answers,
        {
          key: `metric/${id}/${language}`,
          version: () => service.contentVersion,
          cacheControl: CACHE,
          notFound: NOT_FOUND,
          replay: true,
        },
        () => (DASHBOARD_METRIC_ID_PATTERN.test(id) ? service.metric(id, language) : undefined),
      );
    },
  );

  return app;
}

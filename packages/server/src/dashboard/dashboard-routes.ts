import {
  DASHBOARD_METRIC_ID_PATTERN,
  DashboardMetric,
  DashboardMetricsResponse,
  toSupportedLocale,
} from '@welcome-widgets/core';
import { Hono } from 'hono';
import * as z from 'zod/mini';
import { HttpError } from '../http/api-error.js';
import type { ApiDocs } from '../openapi/api-docs.js';
import type { DashboardService } from './dashboard-service.js';

const TAG = 'Dashboard';
/** Figures change a few times a year; five minutes keeps an import visible soon and spares the server. */
const CACHE = 'public, max-age=300';

const LangQuery = z.object({
  /** BCP 47 tag; unknown languages → English, none → German. */
  lang: z.optional(z.string()),
});
const IdParam = z.object({ id: z.string() });

/** The county's migration figures: the list of indicators and one indicator with its series. */
export function dashboardRoutes(options: { service: DashboardService; docs: ApiDocs }): Hono {
  const { service, docs } = options;
  const app = new Hono();

  docs.add({
    method: 'get',
    path: '/api/v1/dashboard/metrics',
    tag: TAG,
    summary:
      'All indicators with title, unit, source, data-as-of and last-edited dates, and whether the figures are illustrative.',
    query: LangQuery,
    responses: { 200: { description: 'The indicators, in display order', schema: DashboardMetricsResponse } },
  });
  app.get('/metrics', async (c) => {
    const body = await service.list(toSupportedLocale(c.req.query('lang')));
    c.header('Cache-Control', CACHE);
    return c.json(body);
  });

  docs.add({
    method: 'get',
    path: '/api/v1/dashboard/metrics/{id}',
    tag: TAG,
    summary:
      'One indicator with its series (one point per period end, oldest first); series labels in the language (countries named by CLDR).',
    params: IdParam,
    query: LangQuery,
    responses: {
      200: { description: 'The indicator and its series', schema: DashboardMetric },
      404: { description: 'No indicator with this id' },
    },
  });
  app.get('/metrics/:id', async (c) => {
    const id = c.req.param('id');
    const metric = DASHBOARD_METRIC_ID_PATTERN.test(id)
      ? await service.metric(id, toSupportedLocale(c.req.query('lang')))
      : undefined;
    if (!metric) throw new HttpError(404, 'not_found', 'No dashboard metric with this id.');
    c.header('Cache-Control', CACHE);
    return c.json(metric);
  });

  return app;
}

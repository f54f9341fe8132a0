import { DASHBOARD_METRIC_ID_PATTERN, DashboardImportResult } from '@welcome-widgets/domain';
import { Hono } from 'hono';
import * as z from 'zod/mini';
import { HttpError } from '../http/api-error.js';
import type { ApiDocs } from '../openapi/api-docs.js';
import { ApiRoutes } from '../openapi/api-routes.js';
import { recordAudit } from '../staff/audit-log.js';
import type { StaffAccess } from '../staff/staff-access.js';
import { staffActor } from '../staff/staff-actor.js';
import { ImportQuery, importMetadata, importProblem, readCsvBody } from './csv-upload.js';
import { MAX_CSV_BYTES, importMetricCsv } from './dashboard-import.js';
import { dashboardEditingRoutes } from './dashboard-editing-routes.js';
import type { DashboardService } from './dashboard-service.js';
import { MAX_CSV_ROWS } from '@welcome-widgets/domain/dashboard';

const TAG = 'Dashboard (admin)';
const IdParam = z.object({ id: z.string() });

/**
 * CSV import of a metric's data, and the console's texts and drafts (dashboard-editing-routes.ts), for
 * editors (and admins): a session or ADMIN_TOKEN.
 */
export function dashboardAdminRoutes(options: {
  service: DashboardService;
  docs: ApiDocs;
  staff: StaffAccess;
  now?: () => Date;
}): Hono {
  const { service, docs } = options;
  const app = new Hono();
  const routes = new ApiRoutes(app, docs, '/api/v1/admin/dashboard', {
    staff: (roles) => options.staff.guard(roles),
  });

  routes.add(
    {
      method: 'put',
      path: '/api/v1/admin/dashboard/metrics/{id}/data',
      operationId: 'importDashboardMetricData',
      tag: TAG,
      security: 'staff',
      roles: ['admin', 'editor'],
      summary: `Replaces an indicator's data with a CSV file \`date,series,value\` (header line; ISO dates at period ends; values ≥ 0, whole numbers unless the unit is percent). Checked row by row: one bad row and nothing changes; the 422 lists every bad line. At most ${MAX_CSV_BYTES} bytes and ${MAX_CSV_ROWS} rows. Sets \`edited\` to today and \`asOf\` to the latest date unless given; \`illustrative\` becomes false unless given.`,
      params: IdParam,
      query: ImportQuery,
      body: { contentType: 'text/csv' },
      responses: {
        200: { description: 'Imported', schema: DashboardImportResult },
        404: { description: 'No indicator with this id' },
        413: { description: 'File or row count over the limit' },
        415: { description: 'Not text/csv' },
        422: { description: 'Bad rows (`error.lines`) or metadata (`error.fields`); nothing was changed' },
      },
    },
    async (c, { params: { id }, query }) => {
      if (!DASHBOARD_METRIC_ID_PATTERN.test(id) || !(await service.shape(id)))
        throw new HttpError(404, 'not_found', 'No dashboard metric with this id.');
      const body = await readCsvBody(c);
      try {
        const result = await importMetricCsv(
          service,
          id,
          body,
          importMetadata(query),
          options.now,
          (trx, before, after) =>
            recordAudit(trx, staffActor(c), options.now?.() ?? new Date(), {
              action: 'metric.import',
              target: `metric:${id}`,
              before,
              after,
            }),
        );
        return c.json(result);
      } catch (error) {
        throw importProblem(error);
      }
    },
  );

  dashboardEditingRoutes(routes, { service, ...(options.now ? { now: options.now } : {}) });

  return app;
}

import {
  DASHBOARD_METRIC_ID_PATTERN,
  DashboardImportResult,
  singleLineText,
  type FieldErrors,
} from '@welcome-widgets/domain';
import { Hono } from 'hono';
import * as z from 'zod/mini';
import { FileLinesError, HttpError } from '../http/api-error.js';
import { readLimitedBody } from '../http/read-limited-body.js';
import type { ApiDocs } from '../openapi/api-docs.js';
import { ApiRoutes } from '../openapi/api-routes.js';
import { recordAudit } from '../staff/audit-log.js';
import type { StaffAccess } from '../staff/staff-access.js';
import { staffActor } from '../staff/staff-actor.js';
import { DashboardImportError, MAX_CSV_BYTES, importMetricCsv } from './dashboard-import.js';
import type { DashboardService } from './dashboard-service.js';
import { MAX_CSV_ROWS } from '@welcome-widgets/domain/dashboard';

const TAG = 'Dashboard (admin)';
const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));

export const ImportQuery = z.strictObject({
  /** Data as of (ISO date); default: the latest date in the file. */
  asOf: z.optional(isoDate),
  /** Last edited (ISO date); default: today (Berlin). */
  edited: z.optional(isoDate),
  /** Source text; default: the metric's current one. */
  source: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(300), singleLineText())),
  /** `true` keeps the "illustrative" notice; default `false`. */
  illustrative: z.optional(z.enum(['true', 'false'])),
});
const IdParam = z.object({ id: z.string() });

/** CSV import of a metric's data, for editors (and admins): a session or ADMIN_TOKEN. */
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

      const type = c.req.header('content-type') ?? '';
      const charset = /;\s*charset=("?)([^";]+)\1/i.exec(type)?.[2];
      if (!/^text\/csv\s*(;|$)/i.test(type) || (charset && !/^utf-?8$/i.test(charset)))
        throw new HttpError(415, 'unsupported_media_type', 'Send the file as text/csv (UTF-8).');

      const { illustrative, ...dates } = query;

      const body = await readLimitedBody(c, MAX_CSV_BYTES, `The file must not exceed ${MAX_CSV_BYTES} bytes (1 MB).`);
      try {
        const result = await importMetricCsv(
          service,
          id,
          body,
          { ...dates, ...(illustrative ? { illustrative: illustrative === 'true' } : {}) },
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
        if (!(error instanceof DashboardImportError)) throw error;
        if (error.code === 'not_found') throw new HttpError(404, 'not_found', error.message);
        if (error.code === 'payload_too_large') throw new HttpError(413, 'payload_too_large', error.message);
        const fields: FieldErrors = Object.fromEntries(error.fields.map((f) => [f, 'invalid' as const]));
        throw new FileLinesError(
          422,
          'validation_failed',
          error.message,
          error.lines,
          error.fields.length > 0 ? fields : undefined,
        );
      }
    },
  );

  return app;
}

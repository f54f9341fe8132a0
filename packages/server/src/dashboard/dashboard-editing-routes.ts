import {
  CONTROL_CHARACTERS_CODE,
  DASHBOARD_METRIC_ID_PATTERN,
  DashboardAdminList,
  DashboardAdminMetric,
  DashboardDraft,
  DashboardImportResult,
  DashboardMetric,
  DashboardTextsUpdate,
  toSupportedLocale,
  type FieldErrors,
} from '@welcome-widgets/domain';
import { zonedDate } from '@welcome-widgets/domain/time';
import type { Context } from 'hono';
import * as z from 'zod/mini';
import { HttpError, validationFailed } from '../http/api-error.js';
import type { ApiRoutes } from '../openapi/api-routes.js';
import { auditActor, recordAudit } from '../staff/audit-log.js';
import { staffActor } from '../staff/staff-actor.js';
import { ImportQuery, importMetadata, importProblem, readCsvBody } from './csv-upload.js';
import { DashboardEditing } from './dashboard-editing.js';
import { checkMetricCsv } from './dashboard-import.js';
import type { DashboardService } from './dashboard-service.js';

const TAG = 'Dashboard (admin)';
const ROLES = ['admin', 'editor'] as const;
const IdParam = z.object({ id: z.string() });
const LangQuery = z.object({ lang: z.optional(z.string()) });
const MAX_TEXTS_BYTES = 64 * 1024;
const notFound = () => new HttpError(404, 'not_found', 'No dashboard metric with this id.');
const noDraft = () => new HttpError(404, 'not_found', 'This metric has no draft.');

/**
 * Loose on purpose: the handler checks the body with DashboardTextsUpdate, so a 422 names each bad
 * field by its path (`title.en`, `seriesLabels.EU.uk`) instead of only its top-level name.
 */
const TextsBody = z.strictObject({
  source: z.optional(z.unknown()),
  asOf: z.optional(z.unknown()),
  title: z.optional(z.unknown()),
  description: z.optional(z.unknown()),
  seriesLabels: z.optional(z.unknown()),
});

/**
 * The console's figures (ADR 0018, "Figures in the console"): a metric's texts per language, and
 * drafts: a file checked as the import checks it, kept unpublished, previewed in the public shape,
 * then published or discarded. Every change is audited in its transaction.
 */
export function dashboardEditingRoutes(
  routes: ApiRoutes,
  options: { service: DashboardService; now?: () => Date },
): void {
  const { service } = options;
  const editing = new DashboardEditing(service);
  const now = () => options.now?.() ?? new Date();
  const known = async (id: string) => {
    if (!DASHBOARD_METRIC_ID_PATTERN.test(id) || !(await service.shape(id))) throw notFound();
  };
  const audit =
    (c: Context, action: string, id: string) =>
    (trx: Parameters<typeof recordAudit>[0], before: unknown, after: unknown) =>
      recordAudit(trx, staffActor(c), now(), {
        action,
        target: `metric:${id}`,
        ...(before === undefined ? {} : { before }),
        ...(after === undefined ? {} : { after }),
      });

  routes.add(
    {
      method: 'get',
      path: '/api/v1/admin/dashboard/metrics',
      operationId: 'listDashboardMetricsForStaff',
      tag: TAG,
      security: 'staff',
      roles: ROLES,
      summary:
        "Every indicator with its texts in all languages (title, description, group labels), source, dates, the published data's series and row count, and its draft if one waits.",
      responses: { 200: { description: 'The indicators, in display order', schema: DashboardAdminList } },
    },
    async (c) => c.json(await editing.list()),
  );

  routes.add(
    {
      method: 'put',
      path: '/api/v1/admin/dashboard/metrics/{id}/texts',
      operationId: 'updateDashboardMetricTexts',
      tag: TAG,
      security: 'staff',
      roles: ROLES,
      summary:
        "Replaces an indicator's texts: title and (if it has one) description in all seven languages, the labels of group keys in all seven, the source (one text) and the data-as-of date. Served at once on this instance, within seconds on the others. Audited with before and after (`metric.texts.update`).",
      params: IdParam,
      body: { json: TextsBody, maxBytes: MAX_TEXTS_BYTES },
      responses: {
        200: { description: 'Changed; the indicator as staff see it', schema: DashboardAdminMetric },
        404: { description: 'No indicator with this id' },
        422: { description: 'Field errors by path (`title.en`, `seriesLabels.EU.uk`, `asOf`); nothing changed' },
      },
    },
    async (c, { params: { id }, body }) => {
      await known(id);
      const parsed = DashboardTextsUpdate.safeParse(body);
      if (!parsed.success) throw validationFailed(fieldErrorsByPath(parsed.error.issues));
      const metric = await editing.updateTexts(id, parsed.data, audit(c, 'metric.texts.update', id));
      if (!metric) throw notFound();
      return c.json(metric);
    },
  );

  routes.add(
    {
      method: 'put',
      path: '/api/v1/admin/dashboard/metrics/{id}/draft',
      operationId: 'uploadDashboardMetricDraft',
      tag: TAG,
      security: 'staff',
      roles: ROLES,
      summary:
        "Checks a CSV file exactly as the import does (the 422 lists every bad line) and keeps it as the indicator's draft, replacing an earlier one. Not served publicly until published. Query as for the import; `edited` left out means the day of publishing. Audited (`metric.draft.upload`).",
      params: IdParam,
      query: ImportQuery,
      body: { contentType: 'text/csv' },
      responses: {
        200: { description: 'Kept as the draft', schema: DashboardDraft },
        404: { description: 'No indicator with this id' },
        413: { description: 'File or row count over the limit' },
        415: { description: 'Not text/csv' },
        422: { description: 'Bad rows (`error.lines`) or metadata (`error.fields`); no draft kept' },
      },
    },
    async (c, { params: { id }, query }) => {
      await known(id);
      const body = await readCsvBody(c);
      let file;
      try {
        file = await checkMetricCsv(service, id, body, importMetadata(query));
      } catch (error) {
        throw importProblem(error);
      }
      const by = auditActor(staffActor(c)).actor;
      return c.json(await editing.saveDraft(id, file, by, now(), audit(c, 'metric.draft.upload', id)));
    },
  );

  routes.add(
    {
      method: 'get',
      path: '/api/v1/admin/dashboard/metrics/{id}/draft/preview',
      operationId: 'previewDashboardMetricDraft',
      tag: TAG,
      security: 'staff',
      roles: ROLES,
      summary:
        "The indicator as `GET /api/v1/dashboard/metrics/{id}?lang=` will answer once the draft is published today: the public shape, built by the same code, with the draft's data and dates.",
      params: IdParam,
      query: LangQuery,
      responses: {
        200: { description: 'The indicator with the draft', schema: DashboardMetric },
        404: { description: 'No indicator with this id, or it has no draft' },
      },
    },
    async (c, { params: { id }, query }) => {
      await known(id);
      const metric = await editing.preview(id, toSupportedLocale(query.lang), zonedDate(now()));
      if (!metric) throw noDraft();
      return c.json(metric);
    },
  );

  routes.add(
    {
      method: 'post',
      path: '/api/v1/admin/dashboard/metrics/{id}/draft/publish',
      operationId: 'publishDashboardMetricDraft',
      tag: TAG,
      security: 'staff',
      roles: ROLES,
      summary:
        "Publishes the draft: its data replaces the indicator's, as an import would (`edited` is today unless the upload named it), served at once here and within seconds on the other instances. Audited with before and after (`metric.draft.publish`).",
      params: IdParam,
      responses: {
        200: { description: 'Published', schema: DashboardImportResult },
        404: { description: 'No indicator with this id, or it has no draft (already published or discarded)' },
      },
    },
    async (c, { params: { id } }) => {
      await known(id);
      const result = await editing.publish(id, zonedDate(now()), audit(c, 'metric.draft.publish', id));
      if (!result) throw noDraft();
      return c.json(result);
    },
  );

  routes.add(
    {
      method: 'delete',
      path: '/api/v1/admin/dashboard/metrics/{id}/draft',
      operationId: 'discardDashboardMetricDraft',
      tag: TAG,
      security: 'staff',
      roles: ROLES,
      summary: 'Discards the draft; the published data stays. Audited (`metric.draft.discard`).',
      params: IdParam,
      responses: {
        204: { description: 'Discarded' },
        404: { description: 'No indicator with this id, or it has no draft' },
      },
    },
    async (c, { params: { id } }) => {
      await known(id);
      if (!(await editing.discard(id, audit(c, 'metric.draft.discard', id)))) throw noDraft();
      return c.body(null, 204);
    },
  );
}

/** One code per bad field, named by its whole path (`title.en`); the first problem of each. */
function fieldErrorsByPath(issues: readonly z.core.$ZodIssue[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const keys = issue.code === 'unrecognized_keys' ? issue.keys.map((key) => [...issue.path, key]) : [issue.path];
    for (const path of keys) {
      const field = path.map(String).join('.') || '_';
      if (Object.hasOwn(errors, field)) continue;
      errors[field] =
        issue.code === 'custom' && issue.params?.fieldCode === CONTROL_CHARACTERS_CODE
          ? CONTROL_CHARACTERS_CODE
          : issue.code === 'unrecognized_keys'
            ? 'unknown_field'
            : issue.code === 'invalid_type' && issue.input === undefined
              ? 'required'
              : // Every text here has a minimum of one character (after trimming): too short is empty.
                issue.code === 'too_small'
                ? 'required'
                : issue.code === 'too_big'
                  ? 'too_long'
                  : 'invalid';
    }
  }
  return errors;
}

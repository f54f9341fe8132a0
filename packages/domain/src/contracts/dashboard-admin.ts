import * as z from 'zod/mini';
import { DASHBOARD_KINDS, DASHBOARD_PERIODS, DASHBOARD_UNITS, ISO_DATE } from './dashboard.js';
import { SUPPORTED_LOCALES, type SupportedLocale } from './locales.js';
import { singleLineText } from './plain-text.js';
import { SERIES_KEY_PATTERN } from '../dashboard/metric-csv.js';

/**
 * The figures in the staff console (docs/adr/0018-staff-console.md, "Figures in the console").
 * Routes, all under `/api/v1/admin/dashboard`, for editors and admins:
 *
 * - `GET /metrics`                         → DashboardAdminList (texts in every language, data state, draft)
 * - `PUT /metrics/{id}/texts`              DashboardTextsUpdate → DashboardAdminMetric (422 by path: `title.en`)
 * - `PUT /metrics/{id}/draft`              text/csv, the import's query → DashboardDraft (422 with `error.lines`)
 * - `GET /metrics/{id}/draft/preview?lang=` → DashboardMetric: exactly what publishing will serve
 * - `POST /metrics/{id}/draft/publish`     → DashboardImportResult (then served publicly)
 * - `DELETE /metrics/{id}/draft`           → 204
 * - `PUT /metrics/{id}/data` (the direct import for scripts) stays as it was.
 */

const isoDate = z.string().check(z.regex(ISO_DATE));
/** One line of plain text, as the file's texts are shown: a tile's title, description or legend entry. */
const Line = z.string().check(z.trim(), z.minLength(1), z.maxLength(400), singleLineText());

/** A text in all seven languages, as `metrics.json` has it. */
export const DashboardLocalizedText = z.strictObject(
  Object.fromEntries(SUPPORTED_LOCALES.map((locale) => [locale, Line])) as Record<SupportedLocale, typeof Line>,
);
export type DashboardLocalizedText = z.infer<typeof DashboardLocalizedText>;

/** A metric's texts and the two facts beside them; the source is one text (an authority's own name). */
export const DashboardTextsUpdate = z.strictObject({
  source: z.string().check(z.trim(), z.minLength(1), z.maxLength(300), singleLineText()),
  asOf: isoDate,
  title: DashboardLocalizedText,
  /** Left out: the metric has no description. */
  description: z.optional(DashboardLocalizedText),
  /** Labels of group keys (`EU`, `work`, `total`); country codes are named by CLDR and need none. */
  seriesLabels: z.record(z.string().check(z.regex(SERIES_KEY_PATTERN)), DashboardLocalizedText),
});
export type DashboardTextsUpdate = z.infer<typeof DashboardTextsUpdate>;

/** An uploaded file waiting to be published: not served publicly. */
export const DashboardDraft = z.object({
  rows: z.number(),
  series: z.array(z.string()),
  asOf: isoDate,
  /** Given with the upload; else the day of publishing. */
  edited: z.optional(isoDate),
  source: z.string(),
  illustrative: z.boolean(),
  uploadedAt: z.string(),
  /** The account's address, or `api-token`. */
  uploadedBy: z.string(),
});
export type DashboardDraft = z.infer<typeof DashboardDraft>;

export const DashboardAdminMetric = z.object({
  id: z.string(),
  unit: z.enum(DASHBOARD_UNITS),
  kind: z.enum(DASHBOARD_KINDS),
  period: z.enum(DASHBOARD_PERIODS),
  source: z.string(),
  asOf: isoDate,
  edited: isoDate,
  illustrative: z.boolean(),
  title: z.record(z.string(), z.string()),
  description: z.optional(z.record(z.string(), z.string())),
  seriesLabels: z.record(z.string(), z.record(z.string(), z.string())),
  /** The series of the published data, in their order. */
  series: z.array(z.string()),
  rows: z.number(),
  draft: z.optional(DashboardDraft),
});
export type DashboardAdminMetric = z.infer<typeof DashboardAdminMetric>;

export const DashboardAdminList = z.object({ metrics: z.array(DashboardAdminMetric) });
export type DashboardAdminList = z.infer<typeof DashboardAdminList>;

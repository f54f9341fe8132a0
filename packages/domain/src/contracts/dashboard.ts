import * as z from 'zod/mini';

/** Stable public ids of the dashboard metrics (issue 6). Never rename: embeds and links use them. */
export const DASHBOARD_METRIC_IDS = [
  'foreign-residents',
  'top-nationalities',
  'residents-by-group',
  'residence-titles-by-purpose',
  'accelerated-procedures',
] as const;
export type DashboardMetricId = (typeof DASHBOARD_METRIC_IDS)[number];

export const DASHBOARD_METRIC_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const DASHBOARD_UNITS = ['persons', 'percent', 'procedures', 'count'] as const;
export type DashboardUnit = (typeof DASHBOARD_UNITS)[number];

/**
 * `time-series`: one series `total` over time. `breakdown`: one point per series, all at the same date.
 * `breakdown-over-time`: several series, each over time.
 */
export const DASHBOARD_KINDS = ['time-series', 'breakdown', 'breakdown-over-time'] as const;
export type DashboardKind = (typeof DASHBOARD_KINDS)[number];

export const DASHBOARD_PERIODS = ['quarter', 'year'] as const;
export type DashboardPeriod = (typeof DASHBOARD_PERIODS)[number];

/** Calendar date `YYYY-MM-DD`. */
export const ISO_DATE = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/;
const isoDate = z.string().check(z.regex(ISO_DATE));

export const DashboardMetricSummary = z.object({
  id: z.string().check(z.regex(DASHBOARD_METRIC_ID_PATTERN)),
  /** Localized in the requested language (German fallback). */
  title: z.string(),
  description: z.optional(z.string()),
  unit: z.enum(DASHBOARD_UNITS),
  /** Source text, e.g. "Ausländerzentralregister (AZR), Stand …". */
  source: z.string(),
  /** The data is as of this date (ISO date). */
  asOf: isoDate,
  /** Last edited (ISO date). */
  edited: isoDate,
  /** True while the figures are illustrative (not official statistics); show a visible notice. */
  illustrative: z.boolean(),
  kind: z.enum(DASHBOARD_KINDS),
});
export type DashboardMetricSummary = z.infer<typeof DashboardMetricSummary>;

/** `GET /api/v1/dashboard/metrics?lang=` */
export const DashboardMetricsResponse = z.object({ metrics: z.array(DashboardMetricSummary) });
export type DashboardMetricsResponse = z.infer<typeof DashboardMetricsResponse>;

export const DashboardPoint = z.object({
  /** End of the period (ISO date), e.g. `2024-12-31` or `2025-03-31`. */
  date: isoDate,
  value: z.number().check(z.gte(0)),
});
export type DashboardPoint = z.infer<typeof DashboardPoint>;

export const DashboardSeries = z.object({
  /** `total`, a country code (`UA`, `VE`), or a group key (`EU`, `third-country`, `work`, …). */
  key: z.string(),
  /** Localized: country names via Intl.DisplayNames, group labels from the content file. */
  label: z.string(),
  /** Sorted by date, ascending. */
  points: z.array(DashboardPoint),
});
export type DashboardSeries = z.infer<typeof DashboardSeries>;

/** `GET /api/v1/dashboard/metrics/{id}?lang=` */
export const DashboardMetric = z.object({
  ...DashboardMetricSummary.shape,
  series: z.array(DashboardSeries),
  period: z.enum(DASHBOARD_PERIODS),
});
export type DashboardMetric = z.infer<typeof DashboardMetric>;

/** `PUT /api/v1/admin/dashboard/metrics/{id}/data` (text/csv `date,series,value`): what was imported. */
export const DashboardImportResult = z.object({
  id: z.string(),
  rows: z.number(),
  /** Series keys in the order of their first row. */
  series: z.array(z.string()),
  asOf: isoDate,
  edited: isoDate,
  source: z.string(),
  illustrative: z.boolean(),
});
export type DashboardImportResult = z.infer<typeof DashboardImportResult>;

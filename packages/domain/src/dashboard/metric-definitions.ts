import * as z from 'zod';
import {
  DASHBOARD_KINDS,
  DASHBOARD_METRIC_ID_PATTERN,
  DASHBOARD_PERIODS,
  DASHBOARD_UNITS,
} from '../contracts/dashboard.js';
import { SUPPORTED_LOCALES, type SupportedLocale } from '../contracts/locales.js';
import { readMetricCsv, SERIES_KEY_PATTERN, type CsvPoint } from './metric-csv.js';

const Localized = z.strictObject(
  Object.fromEntries(SUPPORTED_LOCALES.map((l) => [l, z.string().trim().min(1).max(400)])) as Record<
    SupportedLocale,
    z.ZodString
  >,
);
export type LocalizedText = z.infer<typeof Localized>;

const MetricDefinition = z.strictObject({
  id: z.string().regex(DASHBOARD_METRIC_ID_PATTERN).max(64),
  unit: z.enum(DASHBOARD_UNITS),
  kind: z.enum(DASHBOARD_KINDS),
  period: z.enum(DASHBOARD_PERIODS),
  source: z.string().trim().min(1).max(300),
  asOf: z.iso.date(),
  edited: z.iso.date(),
  /** Seed data says so itself: the widget shows a notice while it is true. */
  illustrative: z.boolean(),
  title: Localized,
  description: Localized.optional(),
  /** Labels of group keys (`EU`, `work`, `total`); country codes need none (Intl.DisplayNames). */
  seriesLabels: z.record(z.string().regex(SERIES_KEY_PATTERN), Localized).default({}),
});
export type MetricDefinition = z.infer<typeof MetricDefinition>;

/** `metrics.json` of a dashboard content folder: the metrics in display order. */
export const MetricDefinitions = z
  .strictObject({ metrics: z.array(MetricDefinition).min(1) })
  .refine((d) => new Set(d.metrics.map((m) => m.id)).size === d.metrics.length, { message: 'metric ids repeat' });

export interface SeedMetric {
  definition: MetricDefinition;
  points: CsvPoint[];
  /** Series keys in the order of the file. */
  series: string[];
}

/**
 * A metric's seed data from its CSV text (`date,series,value`), with the same checks as an import.
 * A problem throws, naming `where` (the file) and the lines.
 */
export function readSeedMetric(definition: MetricDefinition, text: string, where: string): SeedMetric {
  const result = readMetricCsv(text, definition);
  if (!result.ok) {
    const lines = result.lines.map((l) => `line ${l.line}: ${l.message}`).join('; ');
    throw new Error(`Dashboard content: ${where}: ${result.message}${lines ? ` ${lines}` : ''}`);
  }
  return { definition, points: result.points, series: result.series };
}

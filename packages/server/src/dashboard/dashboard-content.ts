import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  DASHBOARD_KINDS,
  DASHBOARD_METRIC_ID_PATTERN,
  DASHBOARD_PERIODS,
  DASHBOARD_UNITS,
  SUPPORTED_LOCALES,
  type SupportedLocale,
} from '@welcome-widgets/core';
import * as z from 'zod';
import { readMetricCsv, SERIES_KEY_PATTERN, type CsvPoint } from './metric-csv.js';

/** The metric definitions and seed data shipped with the server; a county points DASHBOARD_CONTENT_DIR at its own. */
export const SHIPPED_DASHBOARD_DIR = resolve(import.meta.dirname, '../../content/dashboard');

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

const Definitions = z
  .strictObject({ metrics: z.array(MetricDefinition).min(1) })
  .refine((d) => new Set(d.metrics.map((m) => m.id)).size === d.metrics.length, { message: 'metric ids repeat' });

export interface SeedMetric {
  definition: MetricDefinition;
  points: CsvPoint[];
  /** Series keys in the order of the file. */
  series: string[];
}

/**
 * Reads `metrics.json` (definitions with titles, descriptions and group labels in every
 * language) and one `<id>.csv` per metric (`date,series,value`) with the same checks as an
 * import. Any problem stops the start, naming the file and the lines.
 */
export function loadDashboardContent(dir: string): SeedMetric[] {
  const file = join(dir, 'metrics.json');
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`Dashboard content: cannot read ${file}: ${error instanceof Error ? error.message : error}`);
  }
  const parsed = Definitions.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Dashboard content: ${file}: ${problems}`);
  }
  return parsed.data.metrics.map((definition) => {
    const csvFile = join(dir, `${definition.id}.csv`);
    let text: string;
    try {
      text = readFileSync(csvFile, 'utf8');
    } catch {
      throw new Error(`Dashboard content: ${csvFile} is missing (one CSV per metric in metrics.json).`);
    }
    const result = readMetricCsv(text, definition);
    if (!result.ok) {
      const lines = result.lines.map((l) => `line ${l.line}: ${l.message}`).join('; ');
      throw new Error(`Dashboard content: ${csvFile}: ${result.message}${lines ? ` ${lines}` : ''}`);
    }
    return { definition, points: result.points, series: result.series };
  });
}

import {
  DashboardMetric,
  DashboardMetricsResponse,
  SOURCE_LOCALE,
  isCountryCode,
  toSupportedLocale,
  type SupportedLocale,
} from '@welcome-widgets/domain';
import {
  MetricDefinitions,
  readSeedMetric,
  type LocalizedText,
  type MetricDefinition,
  type SeedMetric,
} from '@welcome-widgets/domain/dashboard';
import { HttpResponse, http, type HttpHandler } from 'msw';
import metricsJson from '../../packages/server/content/dashboard/metrics.json' with { type: 'json' };
import { readContentFile } from './content-file.js';
import { checked, scenarioResponse } from './respond.js';
import type { Scenario } from './scenarios.js';

/**
 * The server's seed (packages/server/content/dashboard): metrics.json and one CSV per metric,
 * checked as the server checks them at start. A server test compares every answer of these
 * handlers with the real server's in all seven languages.
 */
const DEFINITIONS = MetricDefinitions.parse(metricsJson).metrics;

/** The metric ids the mock (and the server's seed) serve, in display order. */
export const MOCK_DASHBOARD_METRIC_IDS: readonly string[] = DEFINITIONS.map((m) => m.id);

let seed: Promise<SeedMetric[]> | undefined;

/** Each metric's CSV, read once, when the first answer needs it. */
function seedMetrics(): Promise<SeedMetric[]> {
  seed ??= Promise.all(
    DEFINITIONS.map(async (definition) => {
      const file = new URL(`../../packages/server/content/dashboard/${definition.id}.csv`, import.meta.url);
      return readSeedMetric(definition, await readContentFile(file), `${definition.id}.csv`);
    }),
  );
  return seed;
}

const text = (texts: LocalizedText, language: SupportedLocale) => texts[language] ?? texts[SOURCE_LOCALE];

function seriesLabel(definition: MetricDefinition, key: string, language: SupportedLocale): string {
  const own = definition.seriesLabels[key]?.[language];
  if (own) return own;
  if (isCountryCode(key)) {
    const name = new Intl.DisplayNames([language], { type: 'region', fallback: 'none' }).of(key);
    if (name) return name;
  }
  return definition.seriesLabels[key]?.[SOURCE_LOCALE] ?? (key === 'total' ? text(definition.title, language) : key);
}

function summary(definition: MetricDefinition, language: SupportedLocale) {
  return {
    id: definition.id,
    title: text(definition.title, language),
    ...(definition.description ? { description: text(definition.description, language) } : {}),
    unit: definition.unit,
    source: definition.source,
    asOf: definition.asOf,
    edited: definition.edited,
    illustrative: definition.illustrative,
    kind: definition.kind,
  };
}

function metricAnswer({ definition, points, series }: SeedMetric, language: SupportedLocale): DashboardMetric {
  const sorted = [...points].sort((a, b) => a.date.localeCompare(b.date));
  return {
    ...summary(definition, language),
    period: definition.period,
    series: series.map((key) => ({
      key,
      label: seriesLabel(definition, key, language),
      points: sorted.filter((point) => point.series === key).map(({ date, value }) => ({ date, value })),
    })),
  };
}

/** Both dashboard endpoints in memory, with the shared scenarios (ok, slow, error, malformed, offline, …). */
export function dashboardHandlers(scenario: Scenario = 'ok'): HttpHandler[] {
  return [
    http.get('*/api/v1/dashboard/metrics', async ({ request }) => {
      const special = await scenarioResponse(scenario);
      if (special) return special;
      const language = toSupportedLocale(new URL(request.url).searchParams.get('lang'));
      return HttpResponse.json(
        checked(DashboardMetricsResponse, { metrics: DEFINITIONS.map((m) => summary(m, language)) }),
      );
    }),
    http.get('*/api/v1/dashboard/metrics/:id', async ({ request, params }) => {
      const special = await scenarioResponse(scenario);
      if (special) return special;
      const metric = (await seedMetrics()).find((m) => m.definition.id === params.id);
      if (!metric)
        return HttpResponse.json(
          { error: { code: 'not_found', message: 'No dashboard metric with this id.' }, requestId: 'mock-404' },
          { status: 404 },
        );
      const language = toSupportedLocale(new URL(request.url).searchParams.get('lang'));
      return HttpResponse.json(checked(DashboardMetric, metricAnswer(metric, language)));
    }),
  ];
}

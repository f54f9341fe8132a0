import type { DashboardMetric, DashboardPoint } from '@welcome-widgets/domain';

/** The figures a key-figure tile and the text alternatives speak of. */
export interface TrendFacts {
  first: DashboardPoint;
  last: DashboardPoint;
  previous?: DashboardPoint;
  /** last − previous */
  change?: number;
  /** (last − previous) / previous */
  changeRatio?: number;
  direction: 'rose' | 'fell' | 'unchanged';
}

export function trendOf(points: readonly DashboardPoint[]): TrendFacts | undefined {
  const sorted = [...points].sort((a, b) => a.date.localeCompare(b.date));
  const first = sorted[0];
  const last = sorted.at(-1);
  if (!first || !last) return undefined;
  const previous = sorted.at(-2);
  const change = previous ? last.value - previous.value : undefined;
  return {
    first,
    last,
    ...(previous ? { previous, change, changeRatio: previous.value ? change! / previous.value : undefined } : {}),
    direction: last.value > first.value ? 'rose' : last.value < first.value ? 'fell' : 'unchanged',
  };
}

export interface Share {
  key: string;
  label: string;
  value: number;
}

/** How many bars a ranking shows (its table and CSV hold the same). */
export const RANKING_SIZE = 10;

/** The latest value of every series, largest first: a ranking such as the top 10 nationalities. */
export function latestRanking(metric: DashboardMetric): { date: string; items: Share[] } {
  const date =
    metric.series
      .flatMap((s) => s.points.map((p) => p.date))
      .sort()
      .at(-1) ?? '';
  const items = metric.series
    .map((s) => ({ key: s.key, label: s.label, value: s.points.find((p) => p.date === date)?.value ?? 0 }))
    .sort((a, b) => b.value - a.value);
  return { date, items };
}

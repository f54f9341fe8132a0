import type { DashboardMetric } from '@welcome-widgets/domain';
import { RANKING_SIZE, latestRanking, trendOf } from './series-facts.js';

/** The variants a tile draws (mirrors TILE_VARIANTS, kept here so that pure code needs no element). */
export type ShownVariant = 'key-figure' | 'line' | 'bar' | 'stacked' | 'table';

/** How many dates the stacked columns show (more would be too thin to read at 320 px). */
export const STACKED_DATES = 8;

export interface ShownRow {
  key: string;
  label: string;
  /** One value per date of {@link ShownData.dates}; undefined where the series has none. */
  values: (number | undefined)[];
}

/**
 * Exactly the figures a tile shows: its chart, its table and its CSV are all made from this, so
 * the three can never disagree.
 */
export interface ShownData {
  /** Oldest first. */
  dates: string[];
  /** In the order the tile shows them (a ranking: largest first). */
  rows: ShownRow[];
}

export function shownData(metric: DashboardMetric, variant: ShownVariant): ShownData {
  switch (variant) {
    case 'key-figure': {
      const first = metric.series[0];
      const trend = first && trendOf(first.points);
      if (!first || !trend) return { dates: [], rows: [] };
      const points = trend.previous ? [trend.previous, trend.last] : [trend.last];
      return {
        dates: points.map((p) => p.date),
        rows: [{ key: first.key, label: first.label, values: points.map((p) => p.value) }],
      };
    }
    case 'bar': {
      const { date, items } = latestRanking(metric);
      if (!date) return { dates: [], rows: [] };
      return {
        dates: [date],
        rows: items.slice(0, RANKING_SIZE).map((item) => ({ key: item.key, label: item.label, values: [item.value] })),
      };
    }
    case 'stacked':
      return overDates(metric, allDates(metric).slice(-STACKED_DATES));
    default:
      return overDates(metric, allDates(metric));
  }
}

function allDates(metric: DashboardMetric): string[] {
  return [...new Set(metric.series.flatMap((s) => s.points.map((p) => p.date)))].sort();
}

function overDates(metric: DashboardMetric, dates: string[]): ShownData {
  return {
    dates,
    rows: metric.series.map((s) => {
      const byDate = new Map(s.points.map((p) => [p.date, p.value]));
      return { key: s.key, label: s.label, values: dates.map((d) => byDate.get(d)) };
    }),
  };
}

import { msg, str } from '@lit/localize';
import type { DashboardMetric, SupportedLocale } from '@welcome-widgets/domain';
import type { Formats } from './dashboard-texts.js';
import { valueWithUnit } from './unit-texts.js';

/**
 * The words the lazily loaded views show. They stay in the tile's chunk: a view chunk importing
 * the localization runtime made the bundler split that runtime out of the common core, one more
 * file for every widget on the page.
 */
export interface ViewTexts {
  /** A point's name for screen readers and its tooltip: "Venezuela, Stand März 2025: 829 Personen". */
  point(series: string | undefined, date: string, value: string): string;
  /** A figure with its unit ("829 Personen"). */
  value(value: number): string;
  /** How to move through a chart's points. */
  keys(): string;
  /** The table's caption: the metric and the dates it covers, as the tile shows them. */
  caption(dates: readonly string[]): string;
  /** Header of the column of a one-date table's rows, and of a table over time's dates. */
  category(): string;
  date(): string;
}

// Functions, not strings: msg() must run during render to answer in the widget's language.
export function viewTexts(metric: DashboardMetric, f: Formats, locale: SupportedLocale): ViewTexts {
  return {
    point: (series, date, value) =>
      series === undefined
        ? msg(str`Stand ${date}: ${value}`, { id: 'dashboard.point.single' })
        : msg(str`${series}, Stand ${date}: ${value}`, { id: 'dashboard.point' }),
    value: (value) => valueWithUnit(value, metric.unit, locale),
    keys: () =>
      msg('Mit den Pfeiltasten von Punkt zu Punkt, mit Pos1 und Ende zum ersten und letzten.', {
        id: 'dashboard.chart.keys',
      }),
    caption: (dates) => {
      const [first, last, title] = [dates[0], dates.at(-1), metric.title];
      if (!first || !last) return title;
      return first === last
        ? msg(str`${title}, Stand ${f.date(last)}`, { id: 'dashboard.table.caption.date' })
        : msg(str`${title}, ${f.date(first)} bis ${f.date(last)}`, { id: 'dashboard.table.caption.period' });
    },
    category: () => msg('Kategorie', { id: 'dashboard.table.category' }),
    date: () => msg('Datum', { id: 'dashboard.table.date' }),
  };
}

import { msg, str } from '@lit/localize';
import type { DashboardMetric } from '@welcome-widgets/core';
import { latestRanking, trendOf } from './chart/series-facts.js';

/** Formats numbers and dates in the reader's locale. */
export interface Formats {
  number(value: number): string;
  percent(ratio: number): string;
  date(isoDate: string): string;
}

export function formatsFor(locale: string, period: DashboardMetric['period']): Formats {
  const number = new Intl.NumberFormat(locale);
  const percent = new Intl.NumberFormat(locale, {
    style: 'percent',
    maximumFractionDigits: 1,
    signDisplay: 'exceptZero',
  });
  const date = new Intl.DateTimeFormat(
    locale,
    period === 'year' ? { year: 'numeric', timeZone: 'UTC' } : { month: 'long', year: 'numeric', timeZone: 'UTC' },
  );
  return {
    number: (value) => number.format(value),
    percent: (ratio) => percent.format(ratio),
    date: (isoDate) => date.format(new Date(`${isoDate}T00:00:00Z`)),
  };
}

// Functions, not constants: msg() must run during render to answer in the widget's language.

/** One sentence that says what the chart shows: its text alternative. */
export function summarySentence(metric: DashboardMetric, f: Formats): string {
  if (metric.kind === 'time-series') {
    const trend = trendOf(metric.series[0]?.points ?? []);
    if (!trend) return msg('Für diese Kennzahl liegen noch keine Daten vor.', { id: 'dashboard.summary.empty' });
    const [title, a, aDate, b, bDate] = [
      metric.title,
      f.number(trend.first.value),
      f.date(trend.first.date),
      f.number(trend.last.value),
      f.date(trend.last.date),
    ];
    return trend.direction === 'rose'
      ? msg(str`${title}: gestiegen von ${a} (${aDate}) auf ${b} (${bDate}).`, { id: 'dashboard.summary.rose' })
      : trend.direction === 'fell'
        ? msg(str`${title}: gesunken von ${a} (${aDate}) auf ${b} (${bDate}).`, { id: 'dashboard.summary.fell' })
        : msg(str`${title}: unverändert ${b} von ${aDate} bis ${bDate}.`, { id: 'dashboard.summary.same' });
  }
  const { date, items } = latestRanking(metric);
  const [first, second, third] = items;
  if (!first) return msg('Für diese Kennzahl liegen noch keine Daten vor.', { id: 'dashboard.summary.empty' });
  const when = f.date(date);
  const rest = [second, third]
    .filter(Boolean)
    .map((i) => `${i!.label} (${f.number(i!.value)})`)
    .join(', ');
  return rest
    ? msg(str`${metric.title}, ${when}: am meisten ${first.label} (${f.number(first.value)}), dann ${rest}.`, {
        id: 'dashboard.summary.ranking',
      })
    : msg(str`${metric.title}, ${when}: ${first.label} (${f.number(first.value)}).`, {
        id: 'dashboard.summary.single',
      });
}

export function changeText(change: number, ratio: number | undefined, previousDate: string, f: Formats): string {
  const amount = `${change > 0 ? '+' : ''}${f.number(change)}`;
  const relative = ratio === undefined ? '' : ` (${f.percent(ratio)})`;
  return msg(str`${amount}${relative} gegenüber ${f.date(previousDate)}`, { id: 'dashboard.change' });
}

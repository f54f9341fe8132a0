import { msg, str } from '@lit/localize';
import type { DashboardMetric, SupportedLocale } from '@welcome-widgets/domain';
import { latestRanking, trendOf, type TrendFacts } from './chart/series-facts.js';
import { valueWithUnit } from './unit-texts.js';

/** Formats numbers and dates in the reader's locale. */
export interface Formats {
  number(value: number): string;
  percent(ratio: number): string;
  /** With the locale's sign for every value but zero, and a real minus (U+2212), never a hyphen. */
  signed(value: number): string;
  /** A ratio as a signed percentage, the same way. */
  signedPercent(ratio: number): string;
  date(isoDate: string): string;
}

/** The locale's signed format (its sign's place and bidi marks), with a real minus for the hyphen. */
function withRealMinus(format: Intl.NumberFormat): (value: number) => string {
  return (value) =>
    format
      .formatToParts(value)
      .map((part) => (part.type === 'minusSign' ? part.value.replace('-', '\u2212') : part.value))
      .join('');
}

export function formatsFor(locale: string, period: DashboardMetric['period']): Formats {
  const number = new Intl.NumberFormat(locale);
  const percent = new Intl.NumberFormat(locale, {
    style: 'percent',
    maximumFractionDigits: 1,
    signDisplay: 'exceptZero',
  });
  const signed = withRealMinus(new Intl.NumberFormat(locale, { signDisplay: 'exceptZero' }));
  const signedPercent = withRealMinus(percent);
  // percent() is the magnitude: the sentence around it says whether it rose or fell.
  const magnitude = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  const date = new Intl.DateTimeFormat(
    locale,
    period === 'year' ? { year: 'numeric', timeZone: 'UTC' } : { month: 'long', year: 'numeric', timeZone: 'UTC' },
  );
  return {
    number: (value) => number.format(value),
    percent: (ratio) => magnitude.format(Math.abs(ratio)),
    signed,
    signedPercent,
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

/** First strong isolate … pop directional isolate: a number keeps its own direction inside any sentence. */
const isolate = (text: string) => `\u2068${text}\u2069`;

/**
 * The change against the previous figure as the eye reads it: the sign alone carries the
 * direction ("−94 (−0,5 %) gegenüber Dezember 2024"); no arrow beside it.
 */
export function changeText(trend: Required<Pick<TrendFacts, 'change' | 'previous'>> & TrendFacts, f: Formats): string {
  const relative = trend.changeRatio === undefined ? '' : ` (${isolate(f.signedPercent(trend.changeRatio))})`;
  const amount = `${isolate(f.signed(trend.change))}${relative}`;
  return msg(str`${amount} gegenüber ${f.date(trend.previous.date)}`, { id: 'dashboard.change' });
}

/** The same change in words, for screen readers: "Rückgang um 94 Personen (0,5 %) gegenüber Dezember 2024". */
export function changeSpoken(
  trend: Required<Pick<TrendFacts, 'change' | 'previous'>> & TrendFacts,
  metric: DashboardMetric,
  f: Formats,
  locale: SupportedLocale,
): string {
  const date = f.date(trend.previous.date);
  if (trend.change === 0) return msg(str`unverändert gegenüber ${date}`, { id: 'dashboard.change.same' });
  const amount = valueWithUnit(Math.abs(trend.change), metric.unit, locale);
  if (trend.changeRatio === undefined)
    return msg(str`Anstieg um ${amount} gegenüber ${date}`, { id: 'dashboard.change.rose-from-zero' });
  const percent = f.percent(trend.changeRatio);
  return trend.change > 0
    ? msg(str`Anstieg um ${amount} (${percent}) gegenüber ${date}`, { id: 'dashboard.change.rose' })
    : msg(str`Rückgang um ${amount} (${percent}) gegenüber ${date}`, { id: 'dashboard.change.fell' });
}

import type { DashboardKind, DashboardPeriod, DashboardUnit } from '../contracts/index.js';
import { parseCsv, type LineProblem } from './csv.js';

/** The columns of a metric's data file, in this order. */
export const CSV_HEADER = ['date', 'series', 'value'] as const;
/** Data rows one file may hold (the header and empty lines not counted). */
export const MAX_CSV_ROWS = 20_000;
/** `total`, a country code (`UA`), or a group key (`third-country`, `work`). */
export const SERIES_KEY_PATTERN = /^[A-Za-z0-9](?:[A-Za-z0-9_-]{0,62}[A-Za-z0-9])?$/;
/** Larger than any count a county can have; guards against a mistyped exponent or an extra digit block. */
const MAX_VALUE = 1e12;
const QUARTER_ENDS = new Set(['03-31', '06-30', '09-30', '12-31']);

export interface MetricShape {
  unit: DashboardUnit;
  kind: DashboardKind;
  period: DashboardPeriod;
}

export interface CsvPoint {
  series: string;
  date: string;
  value: number;
}

export type MetricCsvResult =
  | { ok: true; points: CsvPoint[]; series: string[]; latestDate: string }
  | { ok: false; reason: 'invalid'; message: string; lines: LineProblem[] }
  | { ok: false; reason: 'too_many_rows'; message: string; lines: LineProblem[] };

/**
 * Checks a metric's CSV (`date,series,value`) row by row against the metric's unit, kind and
 * period. Either every row is good and all points come back, or nothing does and every bad line
 * is listed with its problems: a file is never half-accepted.
 */
export function readMetricCsv(text: string, metric: MetricShape): MetricCsvResult {
  const { records, problems } = parseCsv(text);
  const byLine = new Map<number, string[]>();
  const report = (line: number, message: string) => byLine.set(line, [...(byLine.get(line) ?? []), message]);
  for (const problem of problems) report(problem.line, problem.message);

  const [header, ...rows] = records;
  if (!header && problems.length === 0) {
    return invalid('The file is empty: expected the header "date,series,value" and at least one row.', []);
  }
  if (header && !isHeader(header.fields)) {
    const got = header.fields.join(',').slice(0, 80);
    report(header.line, `expected the header "date,series,value", found "${got}"`);
    // Without the right header the columns cannot be trusted: no use checking the rows.
    return invalid('The file does not start with the header "date,series,value".', collect(byLine));
  }
  if (rows.length > MAX_CSV_ROWS) {
    return {
      ok: false,
      reason: 'too_many_rows',
      message: `The file has ${rows.length} rows; at most ${MAX_CSV_ROWS} are accepted.`,
      lines: [],
    };
  }

  const points: CsvPoint[] = [];
  const seen = new Map<string, number>();
  const series: string[] = [];
  for (const { line, fields } of rows) {
    if (fields.length !== 3) {
      report(line, `expected 3 fields (date,series,value), found ${fields.length}`);
      continue;
    }
    const [rawDate, rawSeries, rawValue] = fields.map((f) => f.trim()) as [string, string, string];
    const before = byLine.get(line)?.length ?? 0;

    if (!isIsoDate(rawDate)) report(line, `date "${clip(rawDate)}" is not a calendar date YYYY-MM-DD`);
    else if (!QUARTER_ENDS.has(rawDate.slice(5)))
      report(line, `date ${rawDate} is not the end of a quarter (03-31, 06-30, 09-30, 12-31)`);

    if (!SERIES_KEY_PATTERN.test(rawSeries))
      report(line, `series "${clip(rawSeries)}" is not a key (letters, digits, - and _, at most 64)`);
    else if (metric.kind === 'time-series' && rawSeries !== 'total')
      report(line, `series "${rawSeries}": this metric is one time series, its key must be "total"`);

    const value = parseValue(rawValue, metric.unit);
    if (typeof value === 'string') report(line, value);

    if ((byLine.get(line)?.length ?? 0) > before) continue;
    const key = `${rawSeries}\u0000${rawDate}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      report(line, `series ${rawSeries} already has a value for ${rawDate} (line ${earlier})`);
      continue;
    }
    seen.set(key, line);
    if (!series.includes(rawSeries)) series.push(rawSeries);
    points.push({ series: rawSeries, date: rawDate, value: value as number });
  }

  if (points.length > 0) checkShape(rows, points, metric, report, seen);
  if (byLine.size > 0) {
    const lines = collect(byLine);
    const noun = lines.length === 1 ? 'line has a problem' : 'lines have problems';
    return invalid(`${lines.length} ${noun}; nothing was imported.`, lines);
  }
  if (points.length === 0) return invalid('The file has a header but no data rows.', []);
  const latestDate = points.reduce((latest, p) => (p.date > latest ? p.date : latest), points[0]!.date);
  return { ok: true, points, series, latestDate };
}

/** Rules that concern the file as a whole: one date in a breakdown; year ends in a yearly metric. */
function checkShape(
  rows: { line: number }[],
  points: CsvPoint[],
  metric: MetricShape,
  report: (line: number, message: string) => void,
  seen: Map<string, number>,
): void {
  const lineOf = (p: CsvPoint) => seen.get(`${p.series}\u0000${p.date}`) ?? rows[0]!.line;
  if (metric.kind === 'breakdown') {
    const first = points[0]!;
    for (const point of points)
      if (point.date !== first.date)
        report(
          lineOf(point),
          `date ${point.date}: a breakdown has one date for all rows (line ${lineOf(first)} has ${first.date})`,
        );
  }
  if (metric.period === 'year') {
    const latest = points.reduce((max, p) => (p.date > max ? p.date : max), points[0]!.date);
    for (const point of points)
      if (point.date !== latest && !point.date.endsWith('-12-31'))
        report(lineOf(point), `date ${point.date}: a yearly metric has 31 December dates (only the latest may differ)`);
  }
}

function isHeader(fields: string[]): boolean {
  return fields.length === CSV_HEADER.length && fields.every((f, i) => f.trim().toLowerCase() === CSV_HEADER[i]);
}

/** `YYYY-MM-DD` that exists in the calendar (no 30 February). */
export function isIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function parseValue(raw: string, unit: DashboardUnit): number | string {
  if (raw === '') return 'value is missing';
  if (/^-/.test(raw)) return `value ${clip(raw)} is negative`;
  if (/^\d+,\d+$/.test(raw)) return `value "${clip(raw)}": write decimals with a point (12.5), not a comma`;
  if (!/^\d+(?:\.\d+)?$/.test(raw)) return `value "${clip(raw)}" is not a number`;
  const value = Number(raw);
  if (!Number.isFinite(value) || value > MAX_VALUE) return `value ${clip(raw)} is too large`;
  if (unit !== 'percent' && !Number.isInteger(value)) return `value ${raw}: ${unit} are whole numbers`;
  return value;
}

function collect(byLine: Map<number, string[]>): LineProblem[] {
  return [...byLine.entries()]
    .sort(([a], [b]) => a - b)
    .map(([line, messages]) => ({ line, message: messages.join('; ') }));
}

function invalid(message: string, lines: LineProblem[]): MetricCsvResult {
  return { ok: false, reason: 'invalid', message, lines };
}

const clip = (value: string) => (value.length > 40 ? `${value.slice(0, 40)}…` : value);

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { DashboardMetric } from '@welcome-widgets/domain';
import { csvConventionsFor, toCsv } from '../src/chart/csv.js';
import { initialPoint, nextPoint } from '../src/chart/point-navigation.js';
import { shownData } from '../src/chart/shown-data.js';
import { timeTickCandidates } from '../src/chart/time-ticks.js';

const quarters = (from: number, to: number) =>
  Array.from({ length: (to - from + 1) * 4 }, (_, i) => {
    const year = from + Math.floor(i / 4);
    return `${year}-${['03-31', '06-30', '09-30', '12-31'][i % 4]}`;
  });

const metric = (series: { key: string; label: string; values: number[] }[], dates: string[]): DashboardMetric => ({
  id: 'm',
  title: 'M',
  unit: 'persons',
  source: 'S',
  asOf: dates.at(-1)!,
  edited: dates.at(-1)!,
  illustrative: true,
  kind: 'breakdown-over-time',
  period: 'quarter',
  series: series.map((s) => ({
    key: s.key,
    label: s.label,
    points: s.values.map((value, i) => ({ date: dates[i]!, value })),
  })),
});

describe('time ticks', () => {
  it('fall on even years, whatever the first date', () => {
    const [first, last] = ['2015-12-31', '2025-03-31'];
    const candidates = timeTickCandidates(first, last);
    const years = (step: number) =>
      candidates
        .find(
          (c) =>
            c.length > 1 && Number(c[1]!.date.slice(0, 4)) - Number(c[0]!.date.slice(0, 4)) === step && c[0]!.yearOnly,
        )!
        .map((t) => Number(t.date.slice(0, 4)));
    assert.deepEqual(years(1), [2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025]);
    assert.deepEqual(years(2), [2016, 2018, 2020, 2022, 2024]);
    assert.deepEqual(years(5), [2020, 2025]);
    for (const c of candidates) for (const t of c) assert.match(t.date, /-01$/);
  });

  it('use quarters for a short span', () => {
    const [quarterly] = timeTickCandidates('2024-03-31', '2025-03-31')
      .filter((c) => !c[0]?.yearOnly)
      .slice(1);
    assert.deepEqual(
      quarterly!.map((t) => t.date),
      ['2024-04-01', '2024-07-01', '2024-10-01', '2025-01-01'],
    );
  });
});

describe('point navigation', () => {
  const values = [
    [1, 2, 3, undefined, 5],
    [undefined, 7, 8, 9, 10],
  ];
  const ltr = { rtl: false, upIsNextSeries: false };
  it('moves along a series, skipping gaps, and stops at the ends', () => {
    assert.deepEqual(nextPoint(values, { series: 0, date: 2 }, 'ArrowRight', ltr), { series: 0, date: 4 });
    assert.deepEqual(nextPoint(values, { series: 0, date: 4 }, 'ArrowRight', ltr), { series: 0, date: 4 });
    assert.deepEqual(nextPoint(values, { series: 1, date: 3 }, 'Home', ltr), { series: 1, date: 1 });
    assert.deepEqual(nextPoint(values, { series: 0, date: 0 }, 'End', ltr), { series: 0, date: 4 });
  });
  it('mirrors left and right in right-to-left charts', () => {
    assert.deepEqual(nextPoint(values, { series: 0, date: 1 }, 'ArrowLeft', { ...ltr, rtl: true }), {
      series: 0,
      date: 2,
    });
    assert.deepEqual(nextPoint(values, { series: 0, date: 1 }, 'ArrowRight', { ...ltr, rtl: true }), {
      series: 0,
      date: 0,
    });
  });
  it('moves between series at the same or the nearest date', () => {
    assert.deepEqual(nextPoint(values, { series: 0, date: 0 }, 'ArrowDown', ltr), { series: 1, date: 1 });
    assert.deepEqual(nextPoint(values, { series: 1, date: 3 }, 'ArrowUp', ltr), { series: 0, date: 4 });
    assert.deepEqual(nextPoint(values, { series: 0, date: 2 }, 'ArrowUp', { ...ltr, upIsNextSeries: true }), {
      series: 1,
      date: 2,
    });
    assert.equal(nextPoint(values, { series: 0, date: 2 }, 'a', ltr), undefined);
  });
  it('starts on the first series’ latest figure', () => {
    assert.deepEqual(initialPoint(values), { series: 0, date: 4 });
  });
});

describe('shown data and its CSV', () => {
  const dates = quarters(2023, 2025);
  const m = metric(
    Array.from({ length: 12 }, (_, i) => ({
      key: `K${i}`,
      label: i === 3 ? '=HYPERLINK("x")' : `Land; ${i}`,
      values: dates.map((_, d) => d + i * 1.5),
    })),
    dates,
  );

  it('is the ranking’s ten at the latest date, largest first', () => {
    const shown = shownData(m, 'bar');
    assert.deepEqual(shown.dates, ['2025-12-31']);
    assert.equal(shown.rows.length, 10);
    assert.equal(shown.rows[0]!.key, 'K11');
  });

  it('is the stacked chart’s last eight dates and the key figure’s two', () => {
    assert.deepEqual(shownData(m, 'stacked').dates, dates.slice(-8));
    assert.deepEqual(shownData(m, 'key-figure').dates, dates.slice(-2));
    assert.equal(shownData(m, 'line').dates.length, dates.length);
  });

  it('is written with the reader’s separators, a BOM, and no formulas', () => {
    assert.deepEqual(csvConventionsFor('de'), { delimiter: ';', decimal: ',' });
    assert.deepEqual(csvConventionsFor('en'), { delimiter: ',', decimal: '.' });
    assert.deepEqual(csvConventionsFor('ar'), { delimiter: ',', decimal: '.' });
    const csv = toCsv(shownData(m, 'key-figure'), csvConventionsFor('de'));
    assert.ok(csv.startsWith('\uFEFFdate;series;label;value\r\n'));
    assert.equal(csv.split('\r\n')[1], '2025-09-30;K0;"Land; 0";10');
    const ranking = toCsv(shownData(m, 'bar'), csvConventionsFor('de'));
    assert.ok(ranking.includes(`;"'=HYPERLINK(""x"")";15,5\r\n`), ranking);
  });
});

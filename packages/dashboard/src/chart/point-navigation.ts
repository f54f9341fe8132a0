/** A point of a chart: its series (row of the shown data) and its date (column). */
export interface PointRef {
  series: number;
  date: number;
}

/**
 * Where a key moves the focus among a chart's points, as in an ARIA grid (one row per series):
 * left and right along the series (mirrored right to left, where time runs leftwards), up and
 * down to the series listed above or below in the legend at the same date, Home and End to the
 * series' first and last point. Dates where a series has no value are skipped. Returns undefined
 * for keys the chart does not handle.
 */
export function nextPoint(
  values: readonly (readonly (number | undefined)[])[],
  at: PointRef,
  key: string,
  options: { rtl: boolean; upIsNextSeries: boolean },
): PointRef | undefined {
  const row = values[at.series] ?? [];
  const has = (series: number, date: number) => values[series]?.[date] !== undefined;
  const along = (from: number, step: number) => {
    for (let d = from + step; d >= 0 && d < row.length; d += step) if (has(at.series, d)) return d;
    return at.date;
  };
  const forward = options.rtl ? 'ArrowLeft' : 'ArrowRight';
  const backward = options.rtl ? 'ArrowRight' : 'ArrowLeft';
  switch (key) {
    case forward:
      return { ...at, date: along(at.date, 1) };
    case backward:
      return { ...at, date: along(at.date, -1) };
    case 'Home':
      return { ...at, date: along(-1, 1) };
    case 'End':
      return { ...at, date: along(row.length, -1) };
    case 'ArrowUp':
    case 'ArrowDown': {
      const step = (key === 'ArrowUp') === options.upIsNextSeries ? 1 : -1;
      for (let s = at.series + step; s >= 0 && s < values.length; s += step) {
        const date = nearestDate(values[s]!, at.date);
        if (date !== undefined) return { series: s, date };
      }
      return at;
    }
    default:
      return undefined;
  }
}

/** The date with a value closest to `date` (the same one if the series has it). */
function nearestDate(row: readonly (number | undefined)[], date: number): number | undefined {
  for (let distance = 0; distance < row.length; distance++) {
    if (row[date + distance] !== undefined) return date + distance;
    if (row[date - distance] !== undefined) return date - distance;
  }
  return undefined;
}

/** The point a chart's single Tab stop starts on: the first series' latest figure. */
export function initialPoint(values: readonly (readonly (number | undefined)[])[]): PointRef | undefined {
  for (const [series, row] of values.entries())
    for (let date = row.length - 1; date >= 0; date--) if (row[date] !== undefined) return { series, date };
  return undefined;
}

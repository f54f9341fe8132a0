import { nothing, svg, type SVGTemplateResult } from 'lit';
import type { PointRef } from '../chart/point-navigation.js';
import { linear } from '../chart/scale.js';
import type { ShownData } from '../chart/shown-data.js';
import { timeTickCandidates } from '../chart/time-ticks.js';
import { labelsFit, placeLabels, timeLabels, valueAxis, type Frame, type TimeLabel } from './chart-frame.js';
import type { ChartSize } from './chart-size.js';
import { styleOf } from './palette.js';

/** What every chart of points is drawn from. */
export interface PointChartInput {
  data: ShownData;
  size: ChartSize;
  rtl: boolean;
  formatNumber: (value: number) => string;
  /** A time-axis label: the year alone, or month and year. */
  formatTick: (isoDate: string, yearOnly: boolean) => string;
  /** The point's name for screen readers and its tooltip: series, date, value with unit. */
  pointLabel: (series: number, date: number) => string;
  /** The chart's one Tab stop (roving tabindex). */
  tabStop?: PointRef;
  /** The point with focus: it gets the focus ring. */
  focused?: PointRef;
  idPrefix: string;
}

export interface DrawnChart {
  frame: Frame;
  body: SVGTemplateResult;
}

const isSame = (a: PointRef | undefined, series: number, date: number) => a?.series === series && a.date === date;

/**
 * Lines over time (a time scale: points stand at their dates), with a focusable marker per point.
 * Right to left, time runs from right to left like the text.
 */
export function lineChart(input: PointChartInput): DrawnChart {
  const { data, size, rtl } = input;
  const max = Math.max(0, ...data.rows.flatMap((r) => r.values.map((v) => v ?? 0)));
  const axis = valueAxis(max, size, input.formatNumber, rtl);
  const { frame } = axis;
  const time = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
  const [first, last] = [data.dates[0] ?? '', data.dates.at(-1) ?? ''];
  const range: [number, number] = rtl ? [frame.plotRight, frame.plotLeft] : [frame.plotLeft, frame.plotRight];
  const scale = linear([time(first), time(last)], range);
  const x = (iso: string) => (first === last ? (frame.plotLeft + frame.plotRight) / 2 : scale(time(iso)));
  const radius = Math.max(4, size.fontSize / 4);

  const series = data.rows.map((row, s) => {
    const style = styleOf(s);
    const defined = row.values.flatMap((value, d) => (value === undefined ? [] : [{ value, d }]));
    const path = defined
      .map(({ value, d }, i) => `${i === 0 ? 'M' : 'L'}${x(data.dates[d]!).toFixed(1)},${axis.y(value).toFixed(1)}`)
      .join(' ');
    return svg`<g class="series">
      <path class="line" d=${path} fill="none" stroke=${style.color} stroke-width="2" stroke-dasharray=${style.dash}></path>
      ${defined.map(
        ({
          value,
          d,
        }) => svg`<circle class="point" cx=${x(data.dates[d]!)} cy=${axis.y(value)} r=${radius} fill=${style.color}
          data-series=${s} data-date=${data.dates[d]!} data-index=${d}
          tabindex=${isSame(input.tabStop, s, d) ? 0 : -1} role="img" aria-label=${input.pointLabel(s, d)}></circle>`,
      )}
    </g>`;
  });

  const focused = input.focused;
  const focusedValue = focused && data.rows[focused.series]?.values[focused.date];
  const ring =
    focused && focusedValue !== undefined
      ? focusRing(x(data.dates[focused.date]!), axis.y(focusedValue), radius)
      : nothing;

  return {
    frame,
    body: svg`${axis.grid}${timeLabels(timeAxisLabels(data.dates, x, frame, input), frame)}${series}${ring}`,
  };
}

/** Two rings around the focused point: the focus colour, and white between it and the line. */
function focusRing(cx: number, cy: number, radius: number): SVGTemplateResult {
  return svg`<circle class="focus-halo" cx=${cx} cy=${cy} r=${radius + 2.5} fill="none"></circle>
    <circle class="focus-ring" cx=${cx} cy=${cy} r=${radius + 4.5} fill="none"></circle>`;
}

/** The finest set of evenly spaced ticks (every year, two, five, …) whose labels fit side by side. */
function timeAxisLabels(
  dates: readonly string[],
  x: (iso: string) => number,
  frame: Frame,
  input: PointChartInput,
): TimeLabel[] {
  const [first, last] = [dates[0], dates.at(-1)];
  if (!first || !last) return [];
  const candidates = timeTickCandidates(first, last).filter((ticks) => ticks.length > 0);
  const toLabels = (ticks: { date: string; yearOnly: boolean }[]) =>
    placeLabels(
      ticks.map((t) => ({ x: x(t.date), text: input.formatTick(t.date, t.yearOnly) })),
      frame,
      input.size,
    );
  for (const ticks of candidates) {
    const labels = toLabels(ticks);
    if (labelsFit(labels, input.size)) return labels;
  }
  // Too narrow even for the coarsest ticks (or a span shorter than a month): the latest date alone.
  return toLabels([{ date: last, yearOnly: false }]);
}

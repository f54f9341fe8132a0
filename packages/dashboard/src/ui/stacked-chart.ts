import { nothing, svg, type SVGTemplateResult } from 'lit';
import { linear } from '../chart/scale.js';
import { labelsFit, placeLabels, timeLabels, valueAxis } from './chart-frame.js';
import type { DrawnChart, PointChartInput } from './line-chart.js';
import { styleOf } from './palette.js';

/**
 * Stacked columns per date (the first series at the bottom); segments differ by colour and
 * pattern, a legend names them, and each segment is a point the keyboard reaches.
 */
export function stackedColumns(input: PointChartInput): DrawnChart {
  const { data, size, rtl, idPrefix } = input;
  const { dates, rows } = data;
  const totals = dates.map((_, d) => rows.reduce((sum, row) => sum + (row.values[d] ?? 0), 0));
  const axis = valueAxis(Math.max(0, ...totals), size, input.formatNumber, rtl);
  const { frame } = axis;
  const slot = (frame.plotRight - frame.plotLeft) / Math.max(1, dates.length);
  const xRange: [number, number] = rtl
    ? [frame.plotRight - slot, frame.plotLeft]
    : [frame.plotLeft, frame.plotRight - slot];
  const x = linear([0, Math.max(1, dates.length - 1)], xRange);
  const barWidth = slot * 0.6;
  const left = (d: number) => x(d) + (slot - barWidth) / 2;

  // Labels wider than a column would overlap: then every second (or third) one, always the latest.
  const labelsEvery = (every: number) =>
    placeLabels(
      dates.flatMap((date, d) =>
        (dates.length - 1 - d) % every === 0
          ? [{ x: left(d) + barWidth / 2, text: input.formatTick(date, false) }]
          : [],
      ),
      frame,
      size,
    );
  let every = 1;
  while (every < dates.length && !labelsFit(labelsEvery(every), size)) every++;

  const segments = dates.map((date, d) => {
    let base = 0;
    return svg`<g class="column">${rows.map((row, s) => {
      const value = row.values[d] ?? 0;
      const [y0, y1] = [axis.y(base), axis.y((base += value))];
      const tabindex = input.tabStop?.series === s && input.tabStop.date === d ? 0 : -1;
      return svg`<rect class="segment" x=${left(d)} y=${y1} width=${barWidth} height=${Math.max(0, y0 - y1)}
        fill="url(#${idPrefix}-p${s})" stroke="#fff" stroke-width="0.5"
        data-series=${s} data-date=${date} data-index=${d}
        tabindex=${tabindex} role="img" aria-label=${input.pointLabel(s, d)}></rect>`;
    })}</g>`;
  });

  const focused = input.focused;
  let ring: SVGTemplateResult | typeof nothing = nothing;
  if (focused && rows[focused.series]?.values[focused.date] !== undefined) {
    const below = rows.slice(0, focused.series).reduce((sum, row) => sum + (row.values[focused.date] ?? 0), 0);
    const [y0, y1] = [axis.y(below), axis.y(below + rows[focused.series]!.values[focused.date]!)];
    const [rx, ry, w, h] = [left(focused.date), y1, barWidth, Math.max(0, y0 - y1)];
    ring = svg`<rect class="focus-halo" x=${rx - 2.5} y=${ry - 2.5} width=${w + 5} height=${h + 5} fill="none"></rect>
      <rect class="focus-ring" x=${rx - 4.5} y=${ry - 4.5} width=${w + 9} height=${h + 9} fill="none"></rect>`;
  }

  return {
    frame,
    body: svg`
      <defs>${rows.map((_, s) => pattern(`${idPrefix}-p${s}`, s))}</defs>
      ${axis.grid}${timeLabels(labelsEvery(every), frame)}${segments}${ring}`,
  };
}

/** A fill pattern per series: colour plus texture. */
function pattern(id: string, index: number): SVGTemplateResult {
  const { color, pattern } = styleOf(index);
  const mark =
    pattern === 'stripes'
      ? svg`<path class="pattern-mark" d="M0,0 L0,6" stroke="#fff" stroke-width="2"></path>`
      : pattern === 'dots'
        ? svg`<circle class="pattern-mark" cx="3" cy="3" r="1.2" fill="#fff"></circle>`
        : pattern === 'cross'
          ? svg`<path class="pattern-mark" d="M0,3 L6,3 M3,0 L3,6" stroke="#fff" stroke-width="1"></path>`
          : pattern === 'diagonal'
            ? svg`<path class="pattern-mark" d="M0,6 L6,0" stroke="#fff" stroke-width="1.5"></path>`
            : pattern === 'grid'
              ? svg`<path class="pattern-mark" d="M0,0 L6,0 M0,0 L0,6" stroke="#fff" stroke-width="1"></path>`
              : svg``;
  return svg`<pattern id=${id} width="6" height="6" patternUnits="userSpaceOnUse"><rect class="pattern-bg" width="6" height="6" fill=${color}></rect>${mark}</pattern>`;
}

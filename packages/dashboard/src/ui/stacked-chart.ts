import type { DashboardSeries } from '@welcome-widgets/core';
import { nothing, svg, type SVGTemplateResult } from 'lit';
import { linear } from '../chart/scale.js';
import { FRAME, valueAxis } from './chart-frame.js';
import { styleOf } from './palette.js';

/** Average width of a tick label's character at the 9-unit tick font, in viewBox units. */
const TICK_CHAR_WIDTH = 5;

/** Stacked columns per date; segments differ by colour and pattern, and a legend names them. */
export function stackedColumns(
  series: readonly DashboardSeries[],
  options: { rtl: boolean; formatNumber: (v: number) => string; formatDate: (d: string) => string; idPrefix: string },
): SVGTemplateResult {
  const dates = [...new Set(series.flatMap((s) => s.points.map((p) => p.date)))].sort().slice(-8);
  const totals = dates.map((d) => series.reduce((sum, s) => sum + (s.points.find((p) => p.date === d)?.value ?? 0), 0));
  const axis = valueAxis(Math.max(0, ...totals), options.formatNumber, options.rtl);
  const slot = (FRAME.width - FRAME.left - FRAME.right) / Math.max(1, dates.length);
  const xRange: [number, number] = options.rtl
    ? [FRAME.width - FRAME.left - slot, FRAME.right]
    : [FRAME.left, FRAME.width - FRAME.right - slot];
  const x = linear([0, Math.max(1, dates.length - 1)], xRange);
  const barWidth = slot * 0.6;
  // Labels wider than a column would overlap: then every second (or third) one, always the latest.
  const labelWidth = Math.max(...dates.map((d) => options.formatDate(d).length)) * TICK_CHAR_WIDTH;
  const every = Math.max(1, Math.ceil(labelWidth / slot));
  const labelled = (index: number) => (dates.length - 1 - index) % every === 0;
  return svg`
    <defs>${series.map((_, i) => pattern(`${options.idPrefix}-p${i}`, i))}</defs>
    <g class="axis">${axis.grid}</g>
    ${dates.map((date, di) => {
      let base = 0;
      const left = x(di) + (slot - barWidth) / 2;
      return svg`<g>
        ${series.map((s, si) => {
          const value = s.points.find((p) => p.date === date)?.value ?? 0;
          const y0 = axis.y(base);
          base += value;
          const y1 = axis.y(base);
          return svg`<rect class="segment" x=${left} y=${y1} width=${barWidth} height=${Math.max(0, y0 - y1)} fill="url(#${options.idPrefix}-p${si})" stroke="#fff" stroke-width="0.5"></rect>`;
        })}
        ${labelled(di) ? svg`<text class="tick" x=${left + barWidth / 2} y=${FRAME.height - 8} text-anchor="middle">${options.formatDate(date)}</text>` : nothing}
      </g>`;
    })}
  `;
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

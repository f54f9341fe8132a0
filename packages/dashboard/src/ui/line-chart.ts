import type { DashboardSeries } from '@welcome-widgets/core';
import { svg, type SVGTemplateResult } from 'lit';
import { linear } from '../chart/scale.js';
import { FRAME, valueAxis } from './chart-frame.js';
import { styleOf } from './palette.js';

export interface PointFocus {
  label: string;
  date: string;
  value: number;
}

/**
 * Lines over time with a focusable marker per point (its value in a tooltip). Right to left,
 * time runs from right to left like the text.
 */
export function lineChart(
  series: readonly DashboardSeries[],
  options: {
    rtl: boolean;
    formatNumber: (v: number) => string;
    formatAxisDate: (d: string, dense: boolean) => string;
    pointLabel: (p: PointFocus) => string;
    onFocus: (p: PointFocus | undefined, target?: Element) => void;
  },
): SVGTemplateResult {
  const dates = [...new Set(series.flatMap((s) => s.points.map((p) => p.date)))].sort();
  const max = Math.max(0, ...series.flatMap((s) => s.points.map((p) => p.value)));
  const axis = valueAxis(max, options.formatNumber, options.rtl);
  const xRange: [number, number] = options.rtl
    ? [FRAME.width - FRAME.left, FRAME.right]
    : [FRAME.left, FRAME.width - FRAME.right];
  const x = linear([0, Math.max(1, dates.length - 1)], xRange);
  const xOf = (date: string) => x(dates.indexOf(date));
  // A handful of date labels: first, last and some between.
  const every = Math.max(1, Math.ceil(dates.length / 4));
  const labels = dates.filter((_, i) => i % every === 0 || i === dates.length - 1);
  const dense = dates.length > 12;
  return svg`
    <g class="axis">${axis.grid}
      ${labels.map((d) => svg`<text class="tick" x=${xOf(d)} y=${FRAME.height - 8} text-anchor="middle">${options.formatAxisDate(d, dense)}</text>`)}
    </g>
    ${series.map((s, index) => {
      const style = styleOf(index);
      const path = s.points
        .map((p, i) => `${i === 0 ? 'M' : 'L'}${xOf(p.date).toFixed(1)},${axis.y(p.value).toFixed(1)}`)
        .join(' ');
      return svg`<g class="series">
        <path class="line" d=${path} fill="none" stroke=${style.color} stroke-width="2" stroke-dasharray=${style.dash}></path>
        ${s.points.map((p) => {
          const focus = { label: s.label, date: p.date, value: p.value };
          return svg`<circle class="point" cx=${xOf(p.date)} cy=${axis.y(p.value)} r="3.5" fill=${style.color}
            tabindex="0" role="img" aria-label=${options.pointLabel(focus)}
            @focus=${(e: Event) => options.onFocus(focus, e.target as Element)} @blur=${() => options.onFocus(undefined)}
            @mouseenter=${(e: Event) => options.onFocus(focus, e.target as Element)} @mouseleave=${() => options.onFocus(undefined)}></circle>`;
        })}
      </g>`;
    })}
  `;
}

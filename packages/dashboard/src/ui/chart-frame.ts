import { svg, type SVGTemplateResult } from 'lit';
import { niceTicks, linear } from '../chart/scale.js';

/** Drawing area of every chart, in SVG units; the SVG scales to the tile's width. */
export const FRAME = { width: 320, height: 180, top: 10, right: 12, bottom: 28, left: 52 } as const;

export interface Axis {
  y: (value: number) => number;
  ticks: number[];
  grid: SVGTemplateResult;
}

/** The value axis: nice ticks from zero, gridlines and labels in the reader's number format (mirrored right to left). */
export function valueAxis(max: number, format: (value: number) => string, rtl: boolean): Axis {
  const ticks = niceTicks(max);
  const y = linear([0, ticks.at(-1)!], [FRAME.height - FRAME.bottom, FRAME.top]);
  // Right to left, the plot is mirrored: the value labels stand on the right. They are numbers,
  // laid out left to right: in the widget's RTL direction "start" would grow them into the plot.
  const [plotStart, plotEnd] = rtl ? [FRAME.right, FRAME.width - FRAME.left] : [FRAME.left, FRAME.width - FRAME.right];
  const labelX = rtl ? plotEnd + 6 : plotStart - 6;
  const grid = svg`${ticks.map(
    (tick) => svg`<line class="grid" x1=${plotStart} x2=${plotEnd} y1=${y(tick)} y2=${y(tick)}></line>
      <text class="tick" x=${labelX} y=${y(tick) + 4} direction="ltr" text-anchor=${rtl ? 'start' : 'end'}>${format(tick)}</text>`,
  )}`;
  return { y, ticks, grid };
}

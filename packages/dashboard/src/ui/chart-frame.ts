import { svg, type SVGTemplateResult } from 'lit';
import { linear, niceTicks } from '../chart/scale.js';
import type { ChartSize } from './chart-size.js';

/** A chart's drawing area in CSS pixels: the SVG's viewBox is its rendered size, so text is never scaled down. */
export interface Frame {
  width: number;
  height: number;
  /** Plot area, left to right on screen. */
  plotLeft: number;
  plotRight: number;
  plotTop: number;
  plotBottom: number;
  /** Baseline of the time labels under the plot. */
  timeBaseline: number;
}

export interface ValueAxis {
  frame: Frame;
  y: (value: number) => number;
  grid: SVGTemplateResult;
}

/**
 * The frame and value axis of a chart: nice ticks from zero (as many as fit the height at two
 * lines apart), labels in the reader's number format, measured, so the plot starts right after
 * the widest. Right to left the value labels stand on the right.
 */
export function valueAxis(max: number, size: ChartSize, format: (value: number) => string, rtl: boolean): ValueAxis {
  const { width, fontSize: em } = size;
  const height = Math.round(Math.min(Math.max(width * 0.55, 11 * em), 20 * em));
  const [plotTop, plotBottom] = [0.75 * em, height - 2 * em];
  const ticks = niceTicks(max, Math.max(2, Math.floor((plotBottom - plotTop) / (2.25 * em))));
  const labels = ticks.map(format);
  const labelWidth = Math.max(...labels.map((l) => size.measure(l)));
  const gutter = Math.ceil(labelWidth + 0.5 * em);
  const edge = Math.ceil(0.75 * em);
  const [plotLeft, plotRight] = rtl ? [edge, width - gutter] : [gutter, width - edge];
  const y = linear([0, ticks.at(-1)!], [plotBottom, plotTop]);
  // Numbers are laid out left to right even in Arabic; their anchor is the edge next to the plot.
  const labelX = rtl ? plotRight + 0.5 * em : plotLeft - 0.5 * em;
  const grid = svg`<g class="axis value-axis">${ticks.map(
    (tick, i) => svg`<line class="grid" x1=${plotLeft} x2=${plotRight} y1=${y(tick)} y2=${y(tick)}></line>
      <text class="tick" x=${labelX} y=${y(tick)} dy="0.35em" direction="ltr" text-anchor=${rtl ? 'start' : 'end'}>${labels[i]}</text>`,
  )}</g>`;
  return {
    frame: { width, height, plotLeft, plotRight, plotTop, plotBottom, timeBaseline: height - 0.5 * em },
    y,
    grid,
  };
}

export interface TimeLabel {
  x: number;
  text: string;
}

/** Time labels centred on their x, moved inwards where they would stick out of the chart. */
export function placeLabels(labels: readonly TimeLabel[], frame: Frame, size: ChartSize): TimeLabel[] {
  return labels.map(({ x, text }) => {
    const half = size.measure(text) / 2;
    return { x: Math.min(Math.max(x, half), frame.width - half), text };
  });
}

/** True if placed labels leave at least half a letter between each other. */
export function labelsFit(labels: readonly TimeLabel[], size: ChartSize): boolean {
  const sorted = [...labels].sort((a, b) => a.x - b.x);
  return sorted.every((label, i) => {
    const next = sorted[i + 1];
    return !next || next.x - label.x >= (size.measure(label.text) + size.measure(next.text)) / 2 + 0.5 * size.fontSize;
  });
}

/** The time labels under the plot. */
export function timeLabels(labels: readonly TimeLabel[], frame: Frame): SVGTemplateResult {
  return svg`<g class="time-axis">${labels.map(
    ({ x, text }) => svg`<text class="tick" x=${x} y=${frame.timeBaseline} text-anchor="middle">${text}</text>`,
  )}</g>`;
}

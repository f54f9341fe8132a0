import { baseStyles, formStyles } from '@welcome-widgets/core';
import { css } from 'lit';

export const dashboardTileStyles = [
  baseStyles,
  formStyles,
  css`
    :host {
      min-height: 14em;
    }

    .tile {
      margin: 0;
      padding: 1em;
      border: 0.0625em solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
      display: grid;
      gap: 0.5em;
      min-width: 0;
    }

    .title {
      font-weight: 700;
      font-size: 1.0625em;
    }

    .badge {
      margin: 0;
      font-size: 0.875em;
      color: var(--_muted);
    }

    .chart {
      position: relative;
      min-width: 0;
    }

    .svg-chart {
      width: 100%;
      height: auto;
      overflow: visible;
    }

    .svg-chart .grid {
      stroke: #d0d0d0;
      stroke-width: 0.5;
    }

    .svg-chart .tick {
      font-size: 9px;
      fill: var(--_muted);
    }

    .svg-chart .point:focus {
      outline: none;
      stroke: var(--_focus);
      stroke-width: 3;
    }

    .tooltip {
      position: fixed;
      z-index: 1;
      padding: 0.25em 0.5em;
      border-radius: var(--_radius);
      background: #1a1a1a;
      color: #fff;
      font-size: 0.875em;
      pointer-events: none;
      white-space: nowrap;
    }

    .tooltip[hidden] {
      display: none;
    }

    .legend {
      list-style: none;
      margin: 0.25em 0 0;
      padding: 0;
      display: flex;
      flex-wrap: wrap;
      gap: 0.25em 1em;
      font-size: 0.875em;
    }

    .swatch {
      display: inline-block;
      inline-size: 0.875em;
      block-size: 0.875em;
      margin-inline-end: 0.375em;
      vertical-align: -0.125em;
    }

    .swatch-line {
      inline-size: 1.75em;
    }

    .key-figure {
      margin: 0;
      display: grid;
      gap: 0.25em;
    }

    .key-figure .value {
      font-size: 2.25em;
      font-weight: 700;
      line-height: 1.1;
    }

    .key-figure .as-of {
      color: var(--_muted);
    }

    .ranking {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      gap: 0.375em;
    }

    .ranking li {
      display: grid;
      grid-template-columns: minmax(5em, 9em) 1fr auto;
      align-items: center;
      gap: 0.5em;
      font-size: 0.9375em;
    }

    .bar-label {
      overflow-wrap: anywhere;
    }

    .bar-track {
      display: block;
      block-size: 0.875em;
    }

    .bar {
      display: block;
      block-size: 100%;
      background: var(--_accent);
    }

    .bar-value {
      font-variant-numeric: tabular-nums;
      text-align: end;
    }

    .summary {
      color: inherit;
    }

    .tools {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5em;
    }

    .table-scroll {
      overflow-x: auto;
      max-inline-size: 100%;
    }

    .table-scroll:focus-visible {
      outline: 0.1875em solid var(--_focus);
    }

    table {
      border-collapse: collapse;
      font-size: 0.875em;
      min-inline-size: 100%;
    }

    caption {
      text-align: start;
      font-weight: 600;
      padding-block-end: 0.25em;
    }

    th,
    td {
      padding: 0.25em 0.5em;
      border-block-end: 0.0625em solid var(--_border);
      text-align: end;
      white-space: nowrap;
    }

    th[scope='row'],
    thead th:first-child {
      text-align: start;
    }

    .meta {
      margin: 0;
      font-size: 0.8125em;
      color: var(--_muted);
    }

    /* SVG colours are not forced: draw in the system's colours, told apart by dash and pattern. */
    @media (forced-colors: active) {
      .bar {
        background: CanvasText;
      }
      .line,
      .segment,
      .pattern-mark {
        stroke: CanvasText;
      }
      .point,
      .pattern-mark,
      .svg-chart .tick {
        fill: CanvasText;
      }
      .pattern-bg {
        fill: Canvas;
      }
      .svg-chart .grid {
        stroke: GrayText;
      }
    }
  `,
];

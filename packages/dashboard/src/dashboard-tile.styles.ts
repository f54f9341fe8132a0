import { baseStyles, formStyles } from '@welcome-widgets/core';
import { css } from 'lit';

export const dashboardTileStyles = [
  baseStyles,
  formStyles,
  css`
    /* No text below the widget's base size (at least 16 px): hierarchy comes from weight and colour. */
    :host {
      min-height: 14em;
    }

    /* A column whose children take its width (a wide table scrolls instead of widening the tile),
       as tall as the dashboard's grid row: tools, table and source sit at the bottom of each tile,
       level with the neighbours'. */
    .tile {
      margin: 0;
      padding: 1em;
      border: 0.0625em solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
      display: flex;
      flex-direction: column;
      gap: 0.5em;
      min-width: 0;
      block-size: 100%;
    }

    .tools {
      margin-block-start: auto;
    }

    .title {
      font-weight: 700;
      font-size: 1.0625em;
    }

    .badge {
      margin: 0;
      color: var(--_muted);
    }

    .chart {
      position: relative;
      min-width: 0;
    }

    /* Drawn at its real size (viewBox = rendered pixels): labels are never scaled below the text size. */
    .svg-chart {
      display: block;
      overflow: visible;
    }

    .chart-placeholder {
      min-block-size: 11em;
    }

    .svg-chart .grid {
      stroke: #d0d0d0;
      stroke-width: 0.5;
    }

    .svg-chart .tick {
      font-size: 1em;
      fill: var(--_muted);
      font-variant-numeric: tabular-nums;
    }

    /* The focus ring is drawn by the chart around the point (two rings: focus colour, and the
       surface between it and the line), so it shows in every browser and at any size. */
    .svg-chart [data-series]:focus {
      outline: none;
    }

    .focus-ring {
      stroke: var(--_focus);
      stroke-width: 3px;
      pointer-events: none;
    }

    .focus-halo {
      stroke: var(--_surface);
      stroke-width: 2px;
      pointer-events: none;
    }

    /* Placed in the chart area at its point (ui/chart-points.ts); wraps rather than leave the tile. */
    .tooltip {
      position: absolute;
      z-index: 1;
      inline-size: max-content;
      max-inline-size: min(20em, 100%);
      padding: 0.25em 0.5em;
      border-radius: var(--_radius);
      background: #1a1a1a;
      color: #fff;
      pointer-events: none;
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

    /* The table never sets the tile's width (inline-size containment), it scrolls inside. */
    .table-scroll {
      overflow-x: auto;
      max-inline-size: 100%;
      contain: inline-size;
    }

    .table-scroll:focus-visible {
      outline: 0.1875em solid var(--_focus);
    }

    table {
      border-collapse: collapse;
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

    /* The row's name stays in view while the figures scroll sideways. */
    th[scope='row'] {
      position: sticky;
      inset-inline-start: 0;
      background: var(--_surface);
    }

    .meta {
      margin: 0;
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
      .focus-ring {
        stroke: Highlight;
      }
      .focus-halo {
        stroke: Canvas;
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

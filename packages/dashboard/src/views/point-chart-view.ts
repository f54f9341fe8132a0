import type { DashboardMetric } from '@welcome-widgets/domain';
import { html, nothing, svg, type TemplateResult } from 'lit';
import { shownData } from '../chart/shown-data.js';
import { ChartPointsController } from '../ui/chart-points.js';
import { ChartSizeController } from '../ui/chart-size.js';
import { legendSwatch } from '../ui/legend-swatch.js';
import type { DrawnChart, PointChartInput } from '../ui/line-chart.js';
import type { TileView, TileViewHost, TileViewInput } from './tile-view.js';

/**
 * A chart of points (lines, stacked columns): drawn at the chart area's real width, one Tab stop
 * with arrow-key navigation between points, a tooltip, a legend for several series.
 */
export function pointChartView(
  host: TileViewHost,
  variant: 'line' | 'stacked',
  draw: (input: PointChartInput) => DrawnChart,
): TileView {
  let rtl = false;
  /** Charts are drawn at the chart area's real width, so their labels keep the text size. */
  const chartSize = new ChartSizeController(host, '.chart');
  const points = new ChartPointsController(host, () => ({
    rtl,
    // Stacked: the first series is the bottom segment, so "up" is the next series.
    upIsNextSeries: variant === 'stacked',
  }));
  return {
    detach() {
      host.removeController(chartSize);
      host.removeController(points);
    },
    render(input: TileViewInput): TemplateResult {
      const { metric, f, locale, uid, texts } = input;
      rtl = input.rtl;
      const size = chartSize.size;
      // Until the chart area is measured (before the first paint), keep its space.
      if (!size) return html`<div class="chart-placeholder"></div>`;
      const shown = shownData(metric, variant);
      points.use(shown);
      const several = shown.rows.length > 1;
      const label = (series: number, date: number) =>
        texts.point(
          several ? shown.rows[series]!.label : undefined,
          f.date(shown.dates[date]!),
          texts.value(shown.rows[series]!.values[date]!),
        );
      const tickFormats = {
        year: new Intl.DateTimeFormat(locale, { year: 'numeric', timeZone: 'UTC' }),
        month: new Intl.DateTimeFormat(locale, { month: 'short', year: '2-digit', timeZone: 'UTC' }),
      };
      const { frame, body } = draw({
        data: shown,
        size,
        rtl,
        formatNumber: f.number,
        formatTick: (iso: string, yearOnly: boolean) =>
          (yearOnly ? tickFormats.year : tickFormats.month).format(new Date(`${iso}T00:00:00Z`)),
        pointLabel: label,
        tabStop: points.tabStop,
        focused: points.focused,
        idPrefix: uid,
      });
      const tip = points.shown;
      return html`<svg
          class="svg-chart"
          width=${frame.width}
          height=${frame.height}
          viewBox="0 0 ${frame.width} ${frame.height}"
          role="group"
          tabindex="-1"
          aria-labelledby="${uid}-summary"
          aria-describedby="${uid}-keys"
          @keydown=${points.onKeyDown}
          @focusin=${points.onFocusIn}
          @focusout=${points.onFocusOut}
          @pointerover=${points.onPointerOver}
          @pointerleave=${points.onPointerLeave}
        >
          ${svg`${body}`}
        </svg>
        <p id="${uid}-keys" class="visually-hidden">${texts.keys()}</p>
        ${several || variant === 'stacked' ? legend(metric, variant, uid) : nothing}
        <div class="tooltip" aria-hidden="true" ?hidden=${!tip}>${tip ? label(tip.series, tip.date) : ''}</div>`;
    },
  };
}

function legend(metric: DashboardMetric, variant: 'line' | 'stacked', uid: string): TemplateResult {
  const items = metric.series.map((s, i) => html`<li>${legendSwatch(i, variant, uid)}${s.label}</li>`);
  // Stacked: listed top to bottom as the segments stand, so "up" in the legend is up in the chart.
  return html`<ul class="legend">
    ${variant === 'stacked' ? items.reverse() : items}
  </ul>`;
}

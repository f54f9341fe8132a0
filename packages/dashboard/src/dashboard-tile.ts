import { msg, str } from '@lit/localize';
import { LoadController, WelcomeElement, isApiError, problemNotice, type Problem } from '@welcome-widgets/core';
import { type DashboardMetric } from '@welcome-widgets/domain';
import { html, nothing, svg, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { csvConventionsFor, toCsv } from './chart/csv.js';
import { trendOf } from './chart/series-facts.js';
import { shownData, type ShownData } from './chart/shown-data.js';
import { loadMetric } from './dashboard-api.js';
import { dashboardTileStyles } from './dashboard-tile.styles.js';
import {
  changeSpoken,
  changeText,
  formatsFor,
  pointText,
  summarySentence,
  tableCaption,
  type Formats,
} from './dashboard-texts.js';
import { rankingBars } from './ui/bar-chart.js';
import { ChartPointsController } from './ui/chart-points.js';
import { ChartSizeController } from './ui/chart-size.js';
import { dataTable } from './ui/data-table.js';
import { lineChart } from './ui/line-chart.js';
import { legendSwatch } from './ui/legend-swatch.js';
import { stackedColumns } from './ui/stacked-chart.js';
import { valueWithUnit } from './unit-texts.js';
import { localeLoaders } from './generated/locale-loaders.js';

export const TILE_VARIANTS = ['key-figure', 'line', 'bar', 'stacked', 'table'] as const;
export type TileVariant = (typeof TILE_VARIANTS)[number];

let tileCount = 0;

/**
 * One of the county's figures: a key figure, a line chart, a ranking, stacked columns or a table;
 * always with a one-sentence text alternative, a "show as table" toggle, a CSV download, the
 * source and the as-of date.
 *
 * @tagname welcome-dashboard-tile
 * @summary One migration figure as key figure, chart or table.
 * @csspart base - The tile.
 * @csspart chart - The chart area.
 * @csspart table - The data table.
 * @csspart meta - Source and dates.
 */
export class WelcomeDashboardTile extends WelcomeElement {
  /** @internal */
  static override localeLoaders = localeLoaders;

  static override styles = dashboardTileStyles;

  /** The metric id, e.g. `foreign-residents` or `top-nationalities`. */
  @property() metric = 'foreign-residents';

  /** `key-figure`, `line`, `bar` (ranking), `stacked` (columns over time) or `table`. */
  @property() variant: TileVariant = 'line';

  /** Level of the tile's heading in the host page's outline (1–6). */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 3;

  /**
   * The metric to show instead of loading `metric` from the API, in the shape the API answers:
   * the staff console previews a draft this way before it is published.
   */
  @property({ attribute: false }) data?: DashboardMetric;

  @state() private showTable = false;

  private readonly uid = `t${++tileCount}`;
  /** The metric in the tile's language; tiles showing the same metric share one request. */
  private readonly load = new LoadController(this, {
    args: () => (this.data ? undefined : ([this.metric] as const)),
    task: ([metric], { client, locale }) => loadMetric(client, this.api, metric, locale),
  });
  /** Charts are drawn at the chart area's real width, so their labels keep the text size. */
  private readonly chartSize = new ChartSizeController(this, '.chart');
  private readonly points = new ChartPointsController(this, () => ({
    rtl: this.textDir === 'rtl',
    // Stacked: the first series is the bottom segment, so "up" is the next series.
    upIsNextSeries: this.variantOrDefault === 'stacked',
  }));

  private get variantOrDefault(): TileVariant {
    return (TILE_VARIANTS as readonly string[]).includes(this.variant) ? this.variant : 'line';
  }

  protected override render(): TemplateResult {
    const level = Math.min(6, Math.max(1, Math.round(this.headingLevel) || 3));
    return html`<figure
      class="tile"
      part="base"
      dir=${this.textDir}
      lang=${this.locale}
      aria-labelledby="${this.uid}-title"
    >
      ${
        this.data
          ? this.renderMetric(this.data, level)
          : this.load.render({
              pending: () =>
                html`<p class="loading" role="status">
                  ${msg('Die Zahlen werden geladen …', { id: 'dashboard.loading' })}
                </p>`,
              complete: (metric) => this.renderMetric(metric, level),
              error: (problem) => this.renderProblem(problem),
            })
      }
    </figure>`;
  }

  private renderProblem(problem: Problem): TemplateResult {
    // A tile naming a metric the server does not have is the page's mistake: trying again cannot help.
    const missing = isApiError(this.load.error) && this.load.error.status === 404;
    return html`<div id="${this.uid}-title">
      ${
        missing
          ? html`<div class="notice error-notice" role="alert">
              <p>${msg('Diese Kennzahl gibt es nicht.', { id: 'dashboard.problem.not-found' })}</p>
            </div>`
          : problemNotice(problem, { locale: this.locale, retry: () => this.load.run() })
      }
    </div>`;
  }

  private renderMetric(metric: DashboardMetric, level: number): TemplateResult {
    const f = formatsFor(this.locale, metric.period);
    const summary = summarySentence(metric, f);
    const variant = this.variantOrDefault;
    const shown = shownData(metric, variant);
    const dates = new Intl.DateTimeFormat(this.locale, { dateStyle: 'long', timeZone: 'UTC' });
    return html`
      <div id="${this.uid}-title" class="title" role="heading" aria-level=${level}>${metric.title}</div>
      ${metric.illustrative ? html`<p class="badge">${msg('Beispieldaten, keine amtliche Statistik', { id: 'dashboard.illustrative' })}</p>` : nothing}
      <div class="chart" part="chart">
        ${variant === 'table' ? this.renderTable(metric, shown, f) : this.renderVariant(metric, shown, variant, f)}
      </div>
      <figcaption id="${this.uid}-summary" class="summary">${summary}</figcaption>
      <div class="tools">
        ${
          variant === 'table'
            ? nothing
            : html`<button
                type="button"
                class="secondary"
                aria-expanded=${this.showTable ? 'true' : 'false'}
                aria-controls="${this.uid}-table"
                @click=${() => (this.showTable = !this.showTable)}
              >
                ${this.showTable ? msg('Tabelle ausblenden', { id: 'dashboard.table.hide' }) : msg('Als Tabelle zeigen', { id: 'dashboard.table.show' })}
              </button>`
        }
        <button type="button" class="secondary" @click=${() => this.download(metric, shown)}>
          ${msg('Daten als CSV herunterladen', { id: 'dashboard.csv' })}
        </button>
      </div>
      ${variant !== 'table' ? html`<div id="${this.uid}-table" class="table-area" ?hidden=${!this.showTable}>${this.showTable ? this.renderTable(metric, shown, f) : nothing}</div>` : nothing}
      <p class="meta" part="meta">
        ${msg(str`Quelle: ${metric.source}`, { id: 'dashboard.source' })}<br />
        ${msg(str`Datenstand: ${dates.format(new Date(`${metric.asOf}T00:00:00Z`))} · zuletzt bearbeitet: ${dates.format(new Date(`${metric.edited}T00:00:00Z`))}`, { id: 'dashboard.dates' })}
      </p>
    `;
  }

  private renderVariant(metric: DashboardMetric, shown: ShownData, variant: TileVariant, f: Formats): TemplateResult {
    switch (variant) {
      case 'key-figure':
        return this.renderKeyFigure(metric, f);
      case 'bar':
        return rankingBars(
          shown.rows.map((row) => ({ key: row.key, label: row.label, value: row.values[0] ?? 0 })),
          f.number,
        );
      case 'stacked':
      case 'line':
        return this.renderChart(metric, shown, variant, f);
      default:
        return html``;
    }
  }

  private renderChart(
    metric: DashboardMetric,
    shown: ShownData,
    variant: 'line' | 'stacked',
    f: Formats,
  ): TemplateResult {
    const size = this.chartSize.size;
    // Until the chart area is measured (before the first paint), keep its space.
    if (!size) return html`<div class="chart-placeholder"></div>`;
    this.points.use(shown);
    const several = shown.rows.length > 1;
    const label = (series: number, date: number) =>
      pointText(
        several ? shown.rows[series]!.label : undefined,
        f.date(shown.dates[date]!),
        valueWithUnit(shown.rows[series]!.values[date]!, metric.unit, this.locale),
      );
    const tickFormats = {
      year: new Intl.DateTimeFormat(this.locale, { year: 'numeric', timeZone: 'UTC' }),
      month: new Intl.DateTimeFormat(this.locale, { month: 'short', year: '2-digit', timeZone: 'UTC' }),
    };
    const input = {
      data: shown,
      size,
      rtl: this.textDir === 'rtl',
      formatNumber: f.number,
      formatTick: (iso: string, yearOnly: boolean) =>
        (yearOnly ? tickFormats.year : tickFormats.month).format(new Date(`${iso}T00:00:00Z`)),
      pointLabel: label,
      tabStop: this.points.tabStop,
      focused: this.points.focused,
      idPrefix: this.uid,
    };
    const { frame, body } = variant === 'line' ? lineChart(input) : stackedColumns(input);
    const tip = this.points.shown;
    return html`<svg
        class="svg-chart"
        width=${frame.width}
        height=${frame.height}
        viewBox="0 0 ${frame.width} ${frame.height}"
        role="group"
        tabindex="-1"
        aria-labelledby="${this.uid}-summary"
        aria-describedby="${this.uid}-keys"
        @keydown=${this.points.onKeyDown}
        @focusin=${this.points.onFocusIn}
        @focusout=${this.points.onFocusOut}
        @pointerover=${this.points.onPointerOver}
        @pointerleave=${this.points.onPointerLeave}
      >
        ${svg`${body}`}
      </svg>
      <p id="${this.uid}-keys" class="visually-hidden">
        ${msg('Mit den Pfeiltasten von Punkt zu Punkt, mit Pos1 und Ende zum ersten und letzten.', { id: 'dashboard.chart.keys' })}
      </p>
      ${several || variant === 'stacked' ? this.renderLegend(metric, variant) : nothing}
      <div class="tooltip" aria-hidden="true" ?hidden=${!tip}>${tip ? label(tip.series, tip.date) : ''}</div>`;
  }

  private renderKeyFigure(metric: DashboardMetric, f: Formats): TemplateResult {
    const trend = trendOf(metric.series[0]?.points ?? []);
    if (!trend)
      return html`<p>${msg('Für diese Kennzahl liegen noch keine Daten vor.', { id: 'dashboard.summary.empty' })}</p>`;
    const { change, previous } = trend;
    return html`<p class="key-figure">
      <span class="value">${f.number(trend.last.value)}</span>
      <span class="as-of">${f.date(trend.last.date)}</span>
      ${
        change !== undefined && previous
          ? html`<span class="change ${change > 0 ? 'up' : change < 0 ? 'down' : ''}">
              <span aria-hidden="true">${changeText({ ...trend, change, previous }, f)}</span>
              <span class="visually-hidden"
                >${changeSpoken({ ...trend, change, previous }, metric, f, this.locale)}</span
              >
            </span>`
          : nothing
      }
    </p>`;
  }

  private renderLegend(metric: DashboardMetric, variant: 'line' | 'stacked'): TemplateResult {
    const items = metric.series.map((s, i) => html`<li>${legendSwatch(i, variant, this.uid)}${s.label}</li>`);
    // Stacked: listed top to bottom as the segments stand, so "up" in the legend is up in the chart.
    return html`<ul class="legend">
      ${variant === 'stacked' ? items.reverse() : items}
    </ul>`;
  }

  private renderTable(metric: DashboardMetric, shown: ShownData, f: Formats): TemplateResult {
    return dataTable(shown, {
      caption: tableCaption(metric.title, shown.dates, f),
      captionId: `${this.uid}-caption`,
      formatNumber: f.number,
      formatDate: f.date,
    });
  }

  /** The shown data as a CSV file, made in the browser: nothing is sent anywhere. */
  private download(metric: DashboardMetric, shown: ShownData): void {
    const csv = toCsv(shown, csvConventionsFor(this.locale));
    const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    const period = shown.dates.length
      ? `-${shown.dates[0]}${shown.dates.length > 1 ? `_${shown.dates.at(-1)}` : ''}`
      : '';
    link.download = `${metric.id}${period}.csv`;
    this.renderRoot.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }
}

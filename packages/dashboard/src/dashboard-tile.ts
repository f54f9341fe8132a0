import { computePosition, flip, offset, shift } from '@floating-ui/dom';
import { msg, str } from '@lit/localize';
import { WelcomeElement, isApiError, type DashboardMetric } from '@welcome-widgets/core';
import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { latestRanking, table, toCsv, trendOf } from './chart/series-facts.js';
import { loadMetric } from './dashboard-api.js';
import { dashboardTileStyles } from './dashboard-tile.styles.js';
import { changeText, formatsFor, summarySentence, type Formats } from './dashboard-texts.js';
import { rankingBars } from './ui/bar-chart.js';
import { FRAME } from './ui/chart-frame.js';
import { lineChart, type PointFocus } from './ui/line-chart.js';
import { legendSwatch } from './ui/legend-swatch.js';
import { stackedColumns } from './ui/stacked-chart.js';
import { localeLoaders } from './generated/locale-loaders.js';

export const TILE_VARIANTS = ['key-figure', 'line', 'bar', 'stacked', 'table'] as const;
export type TileVariant = (typeof TILE_VARIANTS)[number];

type Problem = 'offline' | 'network' | 'server' | 'not-found';

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

  @state() private data?: DashboardMetric;
  @state() private problem?: Problem;
  @state() private showTable = false;
  @state() private focusedPoint?: PointFocus;

  private readonly uid = `t${++tileCount}`;
  private loadedKey?: string;

  protected override willUpdate(changed: PropertyValues): void {
    const key = `${this.api}|${this.metric}|${this.locale}`;
    if ((changed.has('locale') || changed.has('api') || changed.has('metric')) && this.loadedKey !== key)
      void this.load(key);
  }

  private async load(key: string): Promise<void> {
    this.loadedKey = key;
    this.problem = undefined;
    try {
      this.data = await loadMetric(this.client, this.api, this.metric, this.locale);
    } catch (error) {
      this.loadedKey = undefined;
      this.problem = !navigator.onLine
        ? 'offline'
        : isApiError(error) && error.status === 404
          ? 'not-found'
          : isApiError(error) && (error.kind === 'network' || error.kind === 'timeout')
            ? 'network'
            : 'server';
    }
  }

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
        this.problem
          ? this.renderProblem(this.problem)
          : this.data
            ? this.renderMetric(this.data, level)
            : html`<p class="loading" role="status">
                ${msg('Die Zahlen werden geladen …', { id: 'dashboard.loading' })}
              </p>`
      }
    </figure>`;
  }

  private renderProblem(problem: Problem): TemplateResult {
    const text = {
      offline: () => msg('Sie sind offline. Die Zahlen brauchen eine Verbindung.', { id: 'dashboard.problem.offline' }),
      network: () =>
        msg('Keine Verbindung zum Server. Bitte versuchen Sie es erneut.', { id: 'dashboard.problem.network' }),
      server: () =>
        msg('Die Zahlen sind gerade nicht verfügbar. Bitte versuchen Sie es später erneut.', {
          id: 'dashboard.problem.server',
        }),
      'not-found': () => msg('Diese Kennzahl gibt es nicht.', { id: 'dashboard.problem.not-found' }),
    }[problem]();
    return html`<div class="notice error-notice" role="alert">
      <p id="${this.uid}-title">${text}</p>
      ${problem === 'not-found' ? nothing : html`<button type="button" class="secondary" @click=${() => void this.load(`${this.api}|${this.metric}|${this.locale}`)}>${msg('Erneut versuchen', { id: 'common.retry' })}</button>`}
    </div>`;
  }

  private renderMetric(metric: DashboardMetric, level: number): TemplateResult {
    const f = formatsFor(this.locale, metric.period);
    const summary = summarySentence(metric, f);
    const variant = this.variantOrDefault;
    const dates = new Intl.DateTimeFormat(this.locale, { dateStyle: 'long', timeZone: 'UTC' });
    return html`
      <div id="${this.uid}-title" class="title" role="heading" aria-level=${level}>${metric.title}</div>
      ${metric.illustrative ? html`<p class="badge">${msg('Beispieldaten, keine amtliche Statistik', { id: 'dashboard.illustrative' })}</p>` : nothing}
      <div class="chart" part="chart">
        ${variant === 'table' ? this.renderTable(metric, f) : this.renderVariant(metric, variant, f, summary)}
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
        <button type="button" class="secondary" @click=${() => this.download(metric)}>
          ${msg('Daten als CSV herunterladen', { id: 'dashboard.csv' })}
        </button>
      </div>
      ${variant !== 'table' ? html`<div id="${this.uid}-table" ?hidden=${!this.showTable}>${this.showTable ? this.renderTable(metric, f) : nothing}</div>` : nothing}
      <p class="meta" part="meta">
        ${msg(str`Quelle: ${metric.source}`, { id: 'dashboard.source' })}<br />
        ${msg(str`Datenstand: ${dates.format(new Date(`${metric.asOf}T00:00:00Z`))} · zuletzt bearbeitet: ${dates.format(new Date(`${metric.edited}T00:00:00Z`))}`, { id: 'dashboard.dates' })}
      </p>
    `;
  }

  private renderVariant(metric: DashboardMetric, variant: TileVariant, f: Formats, summary: string): TemplateResult {
    switch (variant) {
      case 'key-figure':
        return this.renderKeyFigure(metric, f);
      case 'bar':
        return rankingBars(latestRanking(metric).items.slice(0, 10), f.number);
      case 'stacked':
      case 'line': {
        const rtl = this.textDir === 'rtl';
        const axisDate = (d: string, dense: boolean) =>
          new Intl.DateTimeFormat(
            this.locale,
            dense ? { year: 'numeric', timeZone: 'UTC' } : { month: 'short', year: '2-digit', timeZone: 'UTC' },
          ).format(new Date(`${d}T00:00:00Z`));
        const body =
          variant === 'line'
            ? lineChart(metric.series, {
                rtl,
                formatNumber: f.number,
                formatAxisDate: axisDate,
                pointLabel: (p) => `${p.label}, ${f.date(p.date)}: ${f.number(p.value)}`,
                onFocus: (p, target) => this.showTooltip(p, target),
              })
            : stackedColumns(metric.series, {
                rtl,
                formatNumber: f.number,
                formatDate: (d) => axisDate(d, false),
                idPrefix: this.uid,
              });
        return html`<svg
            class="svg-chart"
            viewBox="0 0 ${FRAME.width} ${FRAME.height}"
            role="img"
            aria-label=${summary}
          >
            ${svg`${body}`}
          </svg>
          ${metric.series.length > 1 || variant === 'stacked' ? this.renderLegend(metric, variant) : nothing}
          <div class="tooltip" role="status" ?hidden=${!this.focusedPoint}>
            ${this.focusedPoint ? `${this.focusedPoint.label}, ${f.date(this.focusedPoint.date)}: ${f.number(this.focusedPoint.value)}` : ''}
          </div>`;
      }
      default:
        return html``;
    }
  }

  private renderKeyFigure(metric: DashboardMetric, f: Formats): TemplateResult {
    const trend = trendOf(metric.series[0]?.points ?? []);
    if (!trend)
      return html`<p>${msg('Für diese Kennzahl liegen noch keine Daten vor.', { id: 'dashboard.summary.empty' })}</p>`;
    return html`<p class="key-figure">
      <span class="value">${f.number(trend.last.value)}</span>
      <span class="as-of">${f.date(trend.last.date)}</span>
      ${
        trend.change !== undefined && trend.previous
          ? html`<span class="change ${trend.change > 0 ? 'up' : trend.change < 0 ? 'down' : ''}">
              <span aria-hidden="true">${trend.change > 0 ? '▲' : trend.change < 0 ? '▼' : '■'}</span>
              ${changeText(trend.change, trend.changeRatio, trend.previous.date, f)}
            </span>`
          : nothing
      }
    </p>`;
  }

  private renderLegend(metric: DashboardMetric, variant: 'line' | 'stacked'): TemplateResult {
    return html`<ul class="legend">
      ${metric.series.map((s, i) => html`<li>${legendSwatch(i, variant, this.uid)}${s.label}</li>`)}
    </ul>`;
  }

  private renderTable(metric: DashboardMetric, f: Formats): TemplateResult {
    const { dates, rows } = table(metric);
    return html`<div class="table-scroll" tabindex="0" role="region" aria-labelledby="${this.uid}-caption">
      <table part="table">
        <caption id="${this.uid}-caption">
          ${metric.title}
        </caption>
        <thead>
          <tr>
            <th scope="col">${msg('Datum', { id: 'dashboard.table.date' })}</th>
            ${rows.map((r) => html`<th scope="col">${r.label}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${dates.map(
            (date, di) =>
              html`<tr>
                <th scope="row">${f.date(date)}</th>
                ${rows.map((r) => html`<td>${r.values[di] === undefined ? '–' : f.number(r.values[di]!)}</td>`)}
              </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }

  private showTooltip(point: PointFocus | undefined, target?: Element): void {
    this.focusedPoint = point;
    if (!point || !target) return;
    void this.updateComplete.then(async () => {
      const tooltip = this.renderRoot.querySelector<HTMLElement>('.tooltip');
      if (!tooltip) return;
      const { x, y } = await computePosition(target, tooltip, {
        strategy: 'fixed',
        placement: 'top',
        middleware: [offset(8), flip(), shift({ padding: 8 })],
      });
      Object.assign(tooltip.style, { left: `${x}px`, top: `${y}px` });
    });
  }

  /** The shown data as a CSV file, made in the browser: nothing is sent anywhere. */
  private download(metric: DashboardMetric): void {
    const url = URL.createObjectURL(new Blob([`\uFEFF${toCsv(metric)}`], { type: 'text/csv;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `${metric.id}.csv`;
    this.renderRoot.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }
}

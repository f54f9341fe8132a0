import { msg, str } from '@lit/localize';
import {
  LoadController,
  WelcomeElement,
  isApiError,
  problemNotice,
  problemOf,
  type Problem,
} from '@welcome-widgets/core';
import { type DashboardMetric } from '@welcome-widgets/domain';
import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { trendOf } from './chart/series-facts.js';
import { loadMetric } from './dashboard-api.js';
import { dashboardTileStyles } from './dashboard-tile.styles.js';
import { changeSpoken, changeText, formatsFor, summarySentence, type Formats } from './dashboard-texts.js';
import { viewTexts } from './view-texts.js';
import { barView } from './views/bar-view.js';
import type { TileView, TileViewInput, TileViewModule } from './views/tile-view.js';
import { localeLoaders } from './generated/locale-loaders.js';

export const TILE_VARIANTS = ['key-figure', 'line', 'bar', 'stacked', 'table'] as const;
export type TileVariant = (typeof TILE_VARIANTS)[number];
/** Bars stay in the tile's chunk: as a chunk of their own, Lit's directive module split off the core with them. */
type DrawnVariant = Exclude<TileVariant, 'key-figure' | 'bar'>;
type TableTools = typeof import('./views/table-tools.js');

/**
 * Each variant's drawing code, a chunk of its own fetched beside the figures (so it adds no
 * wait): a page showing only a key figure or a line chart loads no other chart.
 */
const VIEW_LOADERS: Record<DrawnVariant, () => Promise<TileViewModule>> = {
  line: () => import('./views/line-view.js'),
  stacked: () => import('./views/stacked-view.js'),
  table: () => import('./views/table-tools.js'),
};

/** Starts work when the browser is idle (Safari has no requestIdleCallback). */
const whenIdle = (run: () => void): void => {
  if ('requestIdleCallback' in window) requestIdleCallback(run, { timeout: 2000 });
  else setTimeout(run, 200);
};

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

  /** @internal The variants' chunks; tests replace one to see a failed load. */
  static viewLoaders = VIEW_LOADERS;
  /** @internal The table and CSV chunk, fetched when the figures have drawn. */
  static toolsLoader = (): Promise<TableTools> => import('./views/table-tools.js');

  @state() private showTable = false;
  /** Why the table or CSV code could not be loaded; the notice offers the action again. */
  @state() private toolsProblem?: Problem;

  private readonly uid = `t${++tileCount}`;
  /** The metric in the tile's language; tiles showing the same metric share one request. */
  private readonly load = new LoadController(this, {
    args: () => (this.data ? undefined : ([this.metric] as const)),
    task: ([metric], { client, locale }) => loadMetric(client, this.api, metric, locale),
  });
  /** The variant's drawing code, loaded at the same time as the figures. */
  private readonly viewLoad = new LoadController(this, {
    args: () => {
      const variant = this.variantOrDefault;
      return variant === 'key-figure' || variant === 'bar' ? undefined : ([variant] as const);
    },
    task: ([variant]) => this.statics.viewLoaders[variant](),
    followsLocale: false,
    onComplete: (module) => {
      this.view?.detach?.();
      this.view = module.createView(this);
    },
  });
  private view?: TileView;
  private tools?: TableTools;
  private toolsLoading?: Promise<TableTools>;
  private toolsRetry?: () => void;
  private preloading = false;

  private get statics(): typeof WelcomeDashboardTile {
    return this.constructor as typeof WelcomeDashboardTile;
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
      ${this.renderBody(level)}
    </figure>`;
  }

  private renderBody(level: number): unknown {
    const { load, viewLoad } = this;
    if (load.status === 'error' || viewLoad.status === 'error') return this.renderProblem();
    const metric = this.data ?? load.value;
    if (metric && !viewLoad.pending) return this.renderMetric(metric, level);
    if (!this.data && load.status === 'idle') return nothing;
    return html`<p class="loading" role="status">
      ${msg('Die Zahlen werden geladen …', { id: 'dashboard.loading' })}
    </p>`;
  }

  private renderProblem(): TemplateResult {
    // A tile naming a metric the server does not have is the page's mistake: trying again cannot help.
    const missing = isApiError(this.load.error) && this.load.error.status === 404;
    const problem = this.load.problem ?? this.viewLoad.problem ?? 'server';
    const retry = () => {
      if (this.load.status === 'error') this.load.run();
      if (this.viewLoad.status === 'error') this.viewLoad.run();
    };
    return html`<div id="${this.uid}-title">
      ${
        missing
          ? html`<div class="notice error-notice" role="alert">
              <p>${msg('Diese Kennzahl gibt es nicht.', { id: 'dashboard.problem.not-found' })}</p>
            </div>`
          : problemNotice(problem, { locale: this.locale, retry })
      }
    </div>`;
  }

  private renderMetric(metric: DashboardMetric, level: number): TemplateResult {
    const f = formatsFor(this.locale, metric.period);
    const summary = summarySentence(metric, f);
    const variant = this.variantOrDefault;
    const input: TileViewInput = {
      metric,
      f,
      locale: this.locale,
      rtl: this.textDir === 'rtl',
      uid: this.uid,
      texts: viewTexts(metric, f, this.locale),
    };
    const dates = new Intl.DateTimeFormat(this.locale, { dateStyle: 'long', timeZone: 'UTC' });
    this.preloadTools();
    if (variant === 'key-figure' || variant === 'bar') {
      // Changed from a chart: its controllers no longer watch this tile.
      this.view?.detach?.();
      this.view = undefined;
    }
    return html`
      <div id="${this.uid}-title" class="title" role="heading" aria-level=${level}>${metric.title}</div>
      ${metric.illustrative ? html`<p class="badge">${msg('Beispieldaten, keine amtliche Statistik', { id: 'dashboard.illustrative' })}</p>` : nothing}
      <div class="chart" part="chart">
        ${variant === 'key-figure' ? this.renderKeyFigure(metric, f) : variant === 'bar' ? barView.render(input) : this.view?.render(input)}
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
                @click=${this.toggleTable}
              >
                ${this.showTable ? msg('Tabelle ausblenden', { id: 'dashboard.table.hide' }) : msg('Als Tabelle zeigen', { id: 'dashboard.table.show' })}
              </button>`
        }
        <button type="button" class="secondary" @click=${() => this.download(metric)}>
          ${msg('Daten als CSV herunterladen', { id: 'dashboard.csv' })}
        </button>
      </div>
      ${this.toolsProblem ? problemNotice(this.toolsProblem, { locale: this.locale, retry: this.toolsRetry }) : nothing}
      ${variant !== 'table' ? html`<div id="${this.uid}-table" class="table-area" ?hidden=${!this.showTable}>${this.showTable ? this.renderTable(input) : nothing}</div>` : nothing}
      <p class="meta" part="meta">
        ${msg(str`Quelle: ${metric.source}`, { id: 'dashboard.source' })}<br />
        ${msg(str`Datenstand: ${dates.format(new Date(`${metric.asOf}T00:00:00Z`))} · zuletzt bearbeitet: ${dates.format(new Date(`${metric.edited}T00:00:00Z`))}`, { id: 'dashboard.dates' })}
      </p>
    `;
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

  private renderTable(input: TileViewInput): unknown {
    if (this.tools) return this.tools.tableOf(input, this.variantOrDefault);
    return this.toolsProblem
      ? nothing
      : html`<p class="loading" role="status">${msg('Die Zahlen werden geladen …', { id: 'dashboard.loading' })}</p>`;
  }

  private readonly toggleTable = (): void => {
    this.showTable = !this.showTable;
    if (this.showTable && !this.tools) void this.withTools(() => this.requestUpdate());
  };

  /** The shown data as a CSV file, made in the browser: nothing is sent anywhere. */
  private download(metric: DashboardMetric): void {
    const save = (tools: TableTools) => tools.downloadCsv(this.renderRoot, metric, this.variantOrDefault, this.locale);
    // Loaded (the usual case: fetched once the figures drew): at once, inside the click.
    if (this.tools) save(this.tools);
    else void this.withTools(save);
  }

  /** Fetches the table and CSV code once the figures have drawn, so that neither waits for it. */
  private preloadTools(): void {
    if (this.preloading || this.tools) return;
    this.preloading = true;
    // A failed early fetch says nothing yet: the person's click fetches again and tells.
    whenIdle(() => void this.loadTools().catch(() => undefined));
  }

  private loadTools(): Promise<TableTools> {
    this.toolsLoading ??= this.statics.toolsLoader().then(
      (tools) => (this.tools = tools),
      (error: unknown) => {
        this.toolsLoading = undefined;
        throw error;
      },
    );
    return this.toolsLoading;
  }

  private async withTools(action: (tools: TableTools) => void): Promise<void> {
    this.toolsProblem = undefined;
    this.toolsRetry = undefined;
    try {
      action(await this.loadTools());
    } catch (error) {
      this.toolsRetry = () => void this.withTools(action);
      this.toolsProblem = problemOf(error);
    }
  }
}

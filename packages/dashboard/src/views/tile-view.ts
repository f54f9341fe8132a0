import type { DashboardMetric, SupportedLocale } from '@welcome-widgets/domain';
import type { ReactiveControllerHost, TemplateResult } from 'lit';
import type { Formats } from '../dashboard-texts.js';
import type { ViewTexts } from '../view-texts.js';

/** What a view needs of its tile: controllers attach to it, charts measure its shadow root. */
export interface TileViewHost extends ReactiveControllerHost {
  readonly renderRoot: ParentNode;
}

/** Everything a view draws from, given anew on each render. */
export interface TileViewInput {
  metric: DashboardMetric;
  f: Formats;
  locale: SupportedLocale;
  rtl: boolean;
  /** Prefix of the tile's element ids (`<uid>-summary`, `<uid>-table`, …). */
  uid: string;
  texts: ViewTexts;
}

/** How one variant draws the tile's chart area. */
export interface TileView {
  render(input: TileViewInput): TemplateResult;
  /** Takes the view's controllers off its tile when the tile changes variant. */
  detach?(): void;
}

/** A lazily loaded variant's module: one view per tile. */
export interface TileViewModule {
  createView(host: TileViewHost): TileView;
}

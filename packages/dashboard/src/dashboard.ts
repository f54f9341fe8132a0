import { msg } from '@lit/localize';
import { WelcomeElement } from '@welcome-widgets/core';
import { css, html, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { baseStyles } from '@welcome-widgets/core';
import { localeLoaders } from './generated/locale-loaders.js';

/** The tiles a dashboard shows when the page gives none. */
const DEFAULT_TILES = [
  { metric: 'foreign-residents', variant: 'key-figure' },
  { metric: 'foreign-residents', variant: 'line' },
  { metric: 'top-nationalities', variant: 'bar' },
  { metric: 'residents-by-group', variant: 'stacked' },
  { metric: 'residence-titles-by-purpose', variant: 'bar' },
  { metric: 'accelerated-procedures', variant: 'line' },
] as const;

/**
 * Lays out dashboard tiles in a responsive grid: the page's own `<welcome-dashboard-tile>`
 * children, or a default set of the county's figures.
 *
 * @tagname welcome-dashboard
 * @summary A responsive grid of the county's migration figures.
 * @slot - `<welcome-dashboard-tile>` elements; without any, a default set is shown.
 * @csspart grid - The grid.
 */
export class WelcomeDashboard extends WelcomeElement {
  /** @internal */
  static override localeLoaders = localeLoaders;

  static override styles = [
    baseStyles,
    css`
      :host {
        --_max-width: var(--welcome-max-width, none);
      }
      .grid {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(min(100%, 18em), 1fr));
        gap: var(--_space);
      }
      ::slotted(*) {
        min-width: 0;
      }
      .heading {
        font-size: 1.25em;
        font-weight: 700;
        margin-block-end: 0.5em;
      }
    `,
  ];

  /** Level of the dashboard's heading (1–6); tiles take the next level. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  protected override render(): TemplateResult {
    const level = Math.min(6, Math.max(1, Math.round(this.headingLevel) || 2));
    const hasTiles = [...this.children].some((child) => child.localName === 'welcome-dashboard-tile');
    return html`<section class="root" dir=${this.textDir} lang=${this.locale} aria-labelledby="heading">
      <div id="heading" class="heading" role="heading" aria-level=${level}>
        ${msg('Zahlen zur Migration im Landkreis', { id: 'dashboard.heading' })}
      </div>
      <div class="grid" part="grid">
        <slot @slotchange=${() => this.requestUpdate()}></slot>
        ${
          hasTiles
            ? ''
            : DEFAULT_TILES.map(
                (tile) =>
                  html`<welcome-dashboard-tile
                    api=${this.api}
                    lang=${this.locale}
                    metric=${tile.metric}
                    variant=${tile.variant}
                    heading-level=${Math.min(6, level + 1)}
                    .apiFetch=${this.apiFetch}
                  ></welcome-dashboard-tile>`,
              )
        }
      </div>
    </section>`;
  }
}

import { msg } from '@lit/localize';
import { problemNotice } from '@welcome-widgets/core';
import { zoneLabel, type SupportedLocale } from '@welcome-widgets/domain';
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { LazyPart } from '../lazy/lazy-part.js';
import { parts } from '../lazy/parts.js';
import { partLoadingNotice } from '../steps/loading-notices.js';
import { cityOf, currentZoneId } from '../time/zone-names.js';
import type { ZoneSearch } from './zone-search.js';

export interface ZoneComboboxOptions {
  zone: () => string;
  locale: () => SupportedLocale;
  onChange: (zone: string) => void;
}

/**
 * "Times in your time zone: … Change time zone": the line above the calendar, and the button that
 * opens the search (ui/zone-search.ts). The search and its list of every zone come in a chunk of
 * their own, fetched when the times are on screen (the browser idle) or at the latest on opening.
 */
export class ZoneCombobox {
  private open = false;
  private search?: ZoneSearch;
  private readonly part: LazyPart<typeof import('./zone-search.js')>;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: ZoneComboboxOptions,
  ) {
    this.part = new LazyPart(host, parts.zoneSearch, ({ ZoneSearch }) => {
      this.search = new ZoneSearch(host, {
        zone: options.zone,
        locale: options.locale,
        isOpen: () => this.open,
        onChoose: (zone) => {
          options.onChange(zone);
          this.close();
        },
        onClose: () => this.close(),
      });
    });
  }

  /** Fetches the search while nobody needs it yet. */
  preload(): void {
    this.part.preload();
  }

  /** The zone as people read it: "Kyiv – Osteuropäische Zeit (GMT+2)". */
  static describe(zone: string, locale: string): string {
    const id = currentZoneId(zone);
    return id.includes('/') ? `${cityOf(id)} – ${zoneLabel(id, locale)}` : zoneLabel(id, locale);
  }

  render(): TemplateResult {
    const zone = this.options.zone();
    const locale = this.options.locale();
    return html`<div class="timezone">
      <p class="timezone-current">
        <span id="tz-current"
          >${msg('Zeiten in Ihrer Zeitzone:', { id: 'appointments.tz.current' })}
          <strong>${ZoneCombobox.describe(zone, locale)}</strong></span
        >
        <button
          type="button"
          class="link-button"
          id="tz-button"
          aria-expanded=${this.open ? 'true' : 'false'}
          aria-controls="tz-search"
          aria-describedby="tz-current"
          @click=${this.toggle}
        >
          ${msg('Zeitzone ändern', { id: 'appointments.tz.change' })}
        </button>
      </p>
      <div id="tz-search" class="tz-search" ?hidden=${!this.open}>
        ${this.open ? this.renderSearch(locale) : nothing}
      </div>
    </div>`;
  }

  private renderSearch(locale: SupportedLocale): TemplateResult {
    if (this.search) return this.search.render();
    if (this.part.problem) return problemNotice(this.part.problem, { locale, retry: this.focusSearch });
    return partLoadingNotice();
  }

  private toggle = (): void => {
    this.open = !this.open;
    this.search?.reset();
    this.host.requestUpdate();
    if (this.open) this.focusSearch();
  };

  /** Into the search field once the search is there (at once when it was fetched before). */
  private focusSearch = (): void => {
    void this.part
      .load()
      .then(() => this.host.updateComplete)
      .then(() => {
        if (this.open) this.host.shadowRoot?.querySelector<HTMLElement>('#tz-input')?.focus();
      })
      .catch(() => undefined);
  };

  private close(): void {
    this.open = false;
    this.host.requestUpdate();
    void this.host.updateComplete.then(() => this.host.shadowRoot?.querySelector<HTMLElement>('#tz-button')?.focus());
  }
}

import { msg } from '@lit/localize';
import { type SupportedLocale } from '@welcome-widgets/domain';
import { BERLIN } from '@welcome-widgets/domain/time';
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import {
  builtZoneChoices,
  filterZones,
  labelOf,
  zoneChoice,
  zoneChoices,
  type ZoneChoice,
} from '../time/zone-choices.js';
import { currentZoneId } from '../time/zone-names.js';
import { zonesFoundText } from './zone-texts.js';

/** Options on screen at most: more is a scroll nobody does (typing narrows), and each costs Intl work. */
const MAX_SHOWN = 50;

export interface ZoneSearchOptions {
  zone: () => string;
  locale: () => SupportedLocale;
  /** Whether the search is open (the combobox's button decides). */
  isOpen: () => boolean;
  /** A zone was taken: the combobox closes the search. */
  onChoose: (zone: string) => void;
  /** Escape on an empty field. */
  onClose: () => void;
}

/**
 * The search behind "Change time zone" (its own chunk, with every zone the browser knows): a field
 * after the WAI-ARIA APG editable combobox with list autocomplete (manual selection). Typing
 * filters by city (also old names such as Kiev), localized zone name or offset; Down/Up move
 * through the list, Enter takes the zone, Escape closes. The list sits in the flow under the
 * field, so it pushes the calendar down instead of covering its month navigation, also at 320 px.
 */
export class ZoneSearch implements ReactiveController {
  private listOpen = true;
  private query = '';
  private active = -1;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: ZoneSearchOptions,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    // The full list takes most of a second to build: start early, in slices, so it is ready when wanted.
    const locale = this.options.locale();
    if (!builtZoneChoices(locale))
      void zoneChoices(locale).then(() => this.options.isOpen() && this.host.requestUpdate());
    if (!this.listOpen) return;
    this.host.shadowRoot
      ?.querySelector<HTMLElement>('#tz-listbox [aria-selected="true"]')
      ?.scrollIntoView({ block: 'nearest' });
  }

  /** Opened (again): an empty field with the whole list. */
  reset(): void {
    this.query = '';
    this.active = -1;
    this.listOpen = true;
    this.host.requestUpdate();
  }

  render(): TemplateResult {
    const zone = this.options.zone();
    const locale = this.options.locale();
    const all = builtZoneChoices(locale);
    const matches = this.matches(zone, locale, all);
    const shown = matches.slice(0, MAX_SHOWN);
    const active = shown[this.active];
    return html`<label id="tz-label" for="tz-input">${msg('Zeitzone suchen', { id: 'appointments.tz.search' })}</label>
      <span id="tz-hint" class="hint"
        >${msg('Stadt (englisch geschrieben), Name der Zeitzone oder Abstand zu GMT, zum Beispiel „Kyiv“ oder „+2“', {
          id: 'appointments.tz.hint',
        })}</span
      >
      <input
        id="tz-input"
        type="text"
        role="combobox"
        aria-labelledby="tz-label"
        autocomplete="off"
        spellcheck="false"
        aria-autocomplete="list"
        aria-expanded=${this.listOpen ? 'true' : 'false'}
        aria-controls="tz-listbox"
        aria-activedescendant=${active && this.listOpen ? `tz-option-${this.active}` : nothing}
        aria-describedby="tz-hint"
        .value=${live(this.query)}
        @input=${this.onInput}
        @keydown=${(event: KeyboardEvent) => this.onKeydown(event, shown)}
        @click=${() => this.setList(true)}
      />
      <ul
        id="tz-listbox"
        class="listbox tz-list"
        role="listbox"
        aria-label=${msg('Zeitzonen', { id: 'appointments.tz.list' })}
        ?hidden=${!this.listOpen || shown.length === 0}
      >
        ${
          this.listOpen
            ? shown.map(
                (choice, index) =>
                  // Keys act on the combobox (APG): options only need the pointer.
                  // eslint-disable-next-line lit-a11y/click-events-have-key-events
                  html`<li
                    id="tz-option-${index}"
                    role="option"
                    class=${index === this.active ? 'active' : ''}
                    aria-selected=${index === this.active ? 'true' : 'false'}
                    data-zone=${choice.id}
                    @mousedown=${(event: Event) => event.preventDefault()}
                    @click=${() => this.choose(choice)}
                  >
                    <span class="tz-city">${choice.city}</span> <span class="tz-name">${labelOf(choice, locale)}</span>
                  </li>`,
              )
            : nothing
        }
      </ul>
      <p class="tz-found hint" role="status">
        ${
          !all
            ? msg('Die Zeitzonen werden geladen …', { id: 'appointments.tz.loading' })
            : this.query.trim()
              ? matches.length === 0
                ? msg('Keine Zeitzone gefunden. Versuchen Sie eine größere Stadt in Ihrer Nähe.', {
                    id: 'appointments.tz.none',
                  })
                : zonesFoundText(matches.length, locale)
              : nothing
        }
      </p>`;
  }

  /** All zones when nothing is typed (the current one and Berlin first), else the matches. */
  private matches(zone: string, locale: string, all: ZoneChoice[] | undefined): ZoneChoice[] {
    const pinned = [...new Set([currentZoneId(zone), BERLIN])].map(
      (id) => all?.find((c) => c.id === id) ?? zoneChoice(id, locale),
    );
    if (!all) return this.query.trim() ? filterZones(pinned, this.query) : pinned;
    if (this.query.trim()) return filterZones(all, this.query);
    return [...pinned, ...all.filter((c) => !pinned.includes(c))];
  }

  private onInput = (event: Event): void => {
    this.query = (event.target as HTMLInputElement).value;
    this.active = -1;
    this.listOpen = true;
    this.host.requestUpdate();
  };

  private onKeydown(event: KeyboardEvent, shown: readonly ZoneChoice[]): void {
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (!this.listOpen || event.altKey) this.setList(true);
        if (!event.altKey) this.move(shown, 1);
        return;
      case 'ArrowUp':
        event.preventDefault();
        this.setList(true);
        this.move(shown, -1);
        return;
      case 'Enter': {
        const choice = this.listOpen ? shown[this.active] : undefined;
        if (!choice) return;
        event.preventDefault();
        this.choose(choice);
        return;
      }
      case 'Escape':
        event.preventDefault();
        if (this.listOpen) this.setList(false);
        else if (this.query) this.query = '';
        else this.options.onClose();
        this.host.requestUpdate();
        return;
    }
  }

  private move(shown: readonly ZoneChoice[], step: number): void {
    if (shown.length === 0) return;
    this.active =
      this.active < 0 ? (step > 0 ? 0 : shown.length - 1) : (this.active + step + shown.length) % shown.length;
    this.host.requestUpdate();
  }

  private setList(open: boolean): void {
    this.listOpen = open;
    if (!open) this.active = -1;
    this.host.requestUpdate();
  }

  private choose(choice: ZoneChoice): void {
    this.options.onChoose(choice.id);
  }
}

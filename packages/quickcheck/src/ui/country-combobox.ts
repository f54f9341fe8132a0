import { msg, str } from '@lit/localize';
import { formatCount, plural } from '@welcome-widgets/core';
import { type SupportedLocale } from '@welcome-widgets/domain';
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { countryOptions, filterCountries, type AliasesOf, type CountryOption } from './country-names.js';

export interface CountryComboboxOptions {
  locale: () => SupportedLocale;
  /** Undefined until the later chunk brings them; the list then searches names and codes only. */
  aliases: () => AliasesOf | undefined;
  selected: () => string | undefined;
  onSelect: (code: string | undefined) => void;
}

/**
 * The searchable country list, after the WAI-ARIA combobox pattern (list autocomplete): the
 * input, its listbox and their labels share one shadow root so that ARIA references hold.
 */
export class CountryCombobox implements ReactiveController {
  private query?: string;
  private expanded = false;
  private active = -1;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: CountryComboboxOptions,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.expanded = false;
  }

  /** Forgets typed text, e.g. when the question is shown again. */
  reset(): void {
    this.query = undefined;
    this.expanded = false;
    this.active = -1;
  }

  render(ids: { input: string; labelledBy: string; describedBy: string; invalid: boolean }): TemplateResult {
    const locale = this.options.locale();
    const all = countryOptions(locale, this.options.aliases());
    const selected = all.find((o) => o.code === this.options.selected());
    const text = this.query ?? selected?.name ?? '';
    const matches = this.expanded ? filterCountries(all, this.query ?? '') : [];
    const activeId = this.expanded && matches[this.active] ? `country-${matches[this.active]!.code}` : undefined;
    return html`
      <div class="combobox">
        <input
          id=${ids.input}
          type="text"
          role="combobox"
          autocomplete="off"
          spellcheck="false"
          aria-autocomplete="list"
          aria-expanded=${this.expanded ? 'true' : 'false'}
          aria-controls="country-list"
          aria-labelledby=${ids.labelledBy}
          aria-activedescendant=${activeId ?? nothing}
          aria-describedby=${ids.describedBy}
          aria-invalid=${ids.invalid ? 'true' : 'false'}
          .value=${live(text)}
          @input=${this.onInput}
          @keydown=${(event: KeyboardEvent) => this.onKeydown(event, matches)}
          @blur=${() => this.onBlur(all)}
          @click=${this.open}
        />
        <ul
          id="country-list"
          role="listbox"
          class="listbox"
          aria-label=${msg('Länder', { id: 'quickcheck.country.list' })}
          ?hidden=${!this.expanded}
        >
          ${matches.map(
            (option, index) =>
              // Options are reached with the arrow keys from the input (aria-activedescendant), not by Tab.
              // eslint-disable-next-line lit-a11y/click-events-have-key-events
              html`<li
                id="country-${option.code}"
                role="option"
                aria-selected=${index === this.active ? 'true' : 'false'}
                class=${index === this.active ? 'active' : ''}
                @mousedown=${(event: Event) => event.preventDefault()}
                @click=${() => this.choose(option)}
              >
                ${option.name}
              </li>`,
          )}
        </ul>
        <span class="visually-hidden" role="status">${this.expanded ? this.countText(matches.length) : ''}</span>
      </div>
    `;
  }

  private countText(count: number): string {
    if (count === 0) return msg('Kein Land gefunden.', { id: 'quickcheck.country.none' });
    const n = formatCount(count, this.options.locale());
    return plural(count, this.options.locale(), {
      one: () => msg(str`${n} Land gefunden.`, { id: 'quickcheck.country.count.one' }),
      two: () => msg(str`${n} Länder gefunden.`, { id: 'quickcheck.country.count.two' }),
      few: () => msg(str`${n} Länder gefunden.`, { id: 'quickcheck.country.count.few' }),
      many: () => msg(str`${n} Länder gefunden.`, { id: 'quickcheck.country.count.many' }),
      other: () => msg(str`${n} Länder gefunden.`, { id: 'quickcheck.country.count.other' }),
    });
  }

  private onInput = (event: Event): void => {
    this.query = (event.target as HTMLInputElement).value;
    this.expanded = true;
    this.active = this.query.trim() ? 0 : -1;
    this.options.onSelect(undefined);
    this.host.requestUpdate();
  };

  private open = (): void => {
    if (this.expanded) return;
    this.expanded = true;
    this.host.requestUpdate();
  };

  private onKeydown(event: KeyboardEvent, matches: CountryOption[]): void {
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (!this.expanded) this.expanded = true;
        else this.active = Math.min(this.active + 1, matches.length - 1);
        break;
      case 'ArrowUp':
        event.preventDefault();
        if (this.expanded) this.active = Math.max(this.active - 1, 0);
        break;
      case 'Enter':
        // With the list open, Enter picks; with it closed, Enter submits the question as usual.
        if (this.expanded && matches[this.active]) {
          event.preventDefault();
          this.choose(matches[this.active]!);
          return;
        }
        break;
      case 'Escape':
        if (this.expanded) {
          event.preventDefault();
          this.expanded = false;
        } else if (this.query || this.options.selected()) {
          event.preventDefault();
          this.query = '';
          this.options.onSelect(undefined);
        }
        break;
      default:
        return;
    }
    this.host.requestUpdate();
    this.scrollActiveIntoView();
  }

  /** Typing a whole name and leaving the field counts as choosing it. */
  private onBlur(all: CountryOption[]): void {
    if (this.query !== undefined) {
      const typed = this.query.trim().toLocaleLowerCase();
      const exact = all.find((o) => o.name.toLocaleLowerCase() === typed);
      if (exact) this.choose(exact);
    }
    if (!this.expanded) return;
    this.expanded = false;
    this.host.requestUpdate();
  }

  private choose(option: CountryOption): void {
    this.query = undefined;
    this.expanded = false;
    this.active = -1;
    this.options.onSelect(option.code);
    this.host.requestUpdate();
  }

  private scrollActiveIntoView(): void {
    void this.host.updateComplete.then(() => {
      this.host.shadowRoot?.querySelector('#country-list .active')?.scrollIntoView({ block: 'nearest' });
    });
  }
}

import { autoUpdate, computePosition, flip, offset, shift, size } from '@floating-ui/dom';
import { msg } from '@lit/localize';
import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { zoneLabel } from '@welcome-widgets/core';
import { timeZoneChoices } from '../time/zones.js';

/**
 * The "change time zone" popover: the Popover API puts it in the top layer, above any host
 * layout, and @floating-ui/dom keeps it beside its button and inside the viewport.
 */
export class TimeZonePicker implements ReactiveController {
  private stopPositioning?: () => void;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: { zone: () => string; locale: () => string; onChange: (zone: string) => void },
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.stopPositioning?.();
  }

  render(): TemplateResult {
    const zone = this.options.zone();
    const locale = this.options.locale();
    return html`
      <p class="timezone">
        <span id="tz-current"
          >${msg('Zeiten in Ihrer Zeitzone:', { id: 'appointments.tz.current' })}
          <strong>${zoneLabel(zone, locale)}</strong></span
        >
        <button
          type="button"
          class="link-button"
          id="tz-button"
          popovertarget="tz-popover"
          aria-describedby="tz-current"
        >
          ${msg('Zeitzone ändern', { id: 'appointments.tz.change' })}
        </button>
      </p>
      <div id="tz-popover" class="popover" popover @toggle=${this.onToggle}>
        <label for="tz-select">${msg('Zeitzone', { id: 'appointments.tz.label' })}</label>
        <select id="tz-select" @change=${this.onSelect}>
          ${timeZoneChoices(zone).map((choice) => html`<option value=${choice} ?selected=${choice === zone}>${choice.replaceAll('_', ' ')}</option>`)}
        </select>
      </div>
    `;
  }

  private onToggle = (event: Event): void => {
    const popover = event.target as HTMLElement;
    const button = this.host.shadowRoot?.querySelector<HTMLElement>('#tz-button');
    this.stopPositioning?.();
    this.stopPositioning = undefined;
    if ((event as ToggleEvent).newState !== 'open' || !button) return;
    this.stopPositioning = autoUpdate(button, popover, () => void this.position(button, popover));
    popover.querySelector<HTMLSelectElement>('select')?.focus();
  };

  private async position(button: HTMLElement, popover: HTMLElement): Promise<void> {
    const { x, y } = await computePosition(button, popover, {
      strategy: 'fixed',
      placement: 'bottom-start',
      middleware: [
        offset(6),
        flip({ padding: 8 }),
        shift({ padding: 8 }),
        size({
          padding: 8,
          apply: ({ availableWidth }) => {
            popover.style.maxWidth = `${Math.max(200, availableWidth)}px`;
          },
        }),
      ],
    });
    Object.assign(popover.style, { left: `${x}px`, top: `${y}px` });
  }

  private onSelect = (event: Event): void => {
    this.options.onChange((event.target as HTMLSelectElement).value);
    this.host.shadowRoot?.querySelector<HTMLElement>('#tz-popover')?.hidePopover();
    this.host.shadowRoot?.querySelector<HTMLElement>('#tz-button')?.focus();
  };
}

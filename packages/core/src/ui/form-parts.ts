import { msg } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';

/**
 * A field people never see and bots fill in (styled away by `.honeypot` in the form styles): a
 * filled one is accepted and silently dropped by the server.
 */
export function honeypotField(value: string, onInput: (value: string) => void): TemplateResult {
  return html`<div class="honeypot" aria-hidden="true">
    <label for="website">${msg('Bitte lassen Sie dieses Feld leer.', { id: 'common.honeypot' })}</label>
    <input
      id="website"
      name="website"
      type="text"
      tabindex="-1"
      autocomplete="off"
      .value=${live(value)}
      @input=${(event: Event) => onInput((event.target as HTMLInputElement).value)}
    />
  </div>`;
}

/** The link to the host's privacy notice beside a consent, opening in a new tab and saying so. */
export function privacyLink(href: string): TemplateResult | typeof nothing {
  return href
    ? html`<p class="privacy">
        <a href=${href} target="_blank" rel="noopener"
          >${msg('Datenschutzhinweise', { id: 'common.privacy-link' })}<span class="visually-hidden">
            ${msg('(öffnet in einem neuen Tab)', { id: 'common.new-tab' })}</span
          ></a
        >
      </p>`
    : nothing;
}

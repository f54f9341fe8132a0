import { msg } from '@lit/localize';
import { html, type TemplateResult } from 'lit';

// In the first view's chunk: shown while a view's own part is still loading, and by that view later.

/** The link in the hold mail, while it is being confirmed. */
export function confirmingNotice(): TemplateResult {
  return html`<p class="notice loading" role="status">
    ${msg('Ihr Termin wird bestätigt …', { id: 'appointments.confirm.sending' })}
  </p>`;
}

/** A booking opened from a mail (room, cancel), while its details load. */
export function detailsLoadingNotice(): TemplateResult {
  return html`<p class="notice loading" role="status">
    ${msg('Ihr Termin wird geladen …', { id: 'appointments.details.loading' })}
  </p>`;
}

/** The booking form, while its part of the widget loads (only when the idle fetch has not finished yet). */
export function partLoadingNotice(): TemplateResult {
  return html`<p class="notice loading" role="status">
    ${msg('Wird geladen …', { id: 'appointments.part.loading' })}
  </p>`;
}

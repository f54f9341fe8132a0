import { msg } from '@lit/localize';
import { problemNotice } from '@welcome-widgets/core';
import { type BookingDetails, type SupportedLocale } from '@welcome-widgets/domain';
import { html, type TemplateResult } from 'lit';
import type { CancelController } from '../controllers/cancel-controller.js';
import { statusBox } from '../ui/status-box.js';
import { detailsLoadingNotice } from './loading-notices.js';
import { bookingSummary } from './when.js';

/**
 * The states the room and cancel views share while a booking opened from the mail is loading, or
 * cannot be shown; undefined once its details are there.
 */
export function bookingLoadState(
  cancel: CancelController,
  o: { locale: SupportedLocale; onNew: () => void; topicsPending: boolean },
): TemplateResult | undefined {
  const details = cancel.details;
  // Shown whole, with the topic's title, or not yet: no line jumps in under the person's eyes.
  if (details.status === 'pending' || details.status === 'idle' || o.topicsPending) {
    return detailsLoadingNotice();
  }
  if (cancel.invalidLink || cancel.outcome === 'invalid') {
    return statusBox({
      id: 'outcome',
      tone: 'warning',
      title: msg('Dieser Link ist ungültig oder der Termin besteht nicht mehr.', { id: 'appointments.link.invalid' }),
      body: newBookingButton(o.onNew),
    });
  }
  if (details.status === 'error') {
    return problemNotice(details.problem ?? 'server', { locale: o.locale, retry: () => details.run() });
  }
  return undefined;
}

/** Cancelled before this visit (another tab, an earlier click, the county): said plainly, no mail promised. */
export function alreadyCancelled(
  details: BookingDetails,
  o: { topicTitle: string | undefined; zone: string; locale: string; onNew: () => void },
): TemplateResult {
  return statusBox({
    id: 'outcome',
    tone: 'info',
    title: msg('Dieser Termin wurde bereits abgesagt.', { id: 'appointments.cancel.already' }),
    body: html`${bookingSummary(details, o.topicTitle, o.zone, o.locale)} ${newBookingButton(o.onNew)}`,
  });
}

export function newBookingButton(onNew: () => void): TemplateResult {
  return html`<p>
    <button type="button" class="secondary" @click=${onNew}>
      ${msg('Neuen Termin wählen', { id: 'appointments.cancelled.again' })}
    </button>
  </p>`;
}

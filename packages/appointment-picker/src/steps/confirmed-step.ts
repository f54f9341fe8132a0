import { msg } from '@lit/localize';
import type { BookingDetails } from '@welcome-widgets/domain';
import { html, nothing, type TemplateResult } from 'lit';
import { statusBox } from '../ui/status-box.js';
import { bookingSummary } from './when.js';

export interface ConfirmedStepOptions {
  booking: BookingDetails;
  topicTitle: string | undefined;
  zone: string;
  locale: string;
  icsHref: string;
  onCancel: () => void;
}

/**
 * Booked (the link in the hold mail confirmed it): what and when, the mail that is on its way,
 * the calendar file, and cancelling.
 */
export function confirmedStep(o: ConfirmedStepOptions): TemplateResult {
  return statusBox({
    id: 'outcome',
    tone: 'success',
    title: msg('Ihr Termin ist gebucht.', { id: 'appointments.confirmed.title' }),
    body: html`${bookingSummary(o.booking, o.topicTitle, o.zone, o.locale)}
      <p>
        ${msg('Wir haben Ihnen eine Bestätigung mit dem Videolink und einem Link zum Absagen per E-Mail geschickt.', {
          id: 'appointments.confirmed.mail',
        })}
      </p>
      ${
        o.booking.videoUrl
          ? html`<p>
              <a href=${o.booking.videoUrl} rel="noopener"
                >${msg('Link zum Videogespräch', { id: 'appointments.confirmed.video' })}</a
              >
            </p>`
          : nothing
      }
      <p class="confirm-actions">
        <a class="button-link" href=${o.icsHref} download="beratung.ics"
          >${msg('In den Kalender eintragen (.ics)', { id: 'appointments.confirmed.ics' })}</a
        >
        <button type="button" class="secondary" @click=${o.onCancel}>
          ${msg('Termin absagen', { id: 'appointments.confirmed.cancel' })}
        </button>
      </p>`,
  });
}

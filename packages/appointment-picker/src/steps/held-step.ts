import { msg } from '@lit/localize';
import type { HeldBooking, SupportedLocale } from '@welcome-widgets/domain';
import { problemNotice } from '@welcome-widgets/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { ReleaseController } from '../controllers/release-controller.js';
import { heldText } from '../outcome/held-text.js';
import { timeInZone } from '../time/zones.js';
import { statusBox } from '../ui/status-box.js';
import { bookingSummary } from './when.js';

export interface HeldStepOptions {
  booking: HeldBooking;
  /** The address the link went to, as the person typed it: they check it for typos. */
  email: string;
  holdMinutes: number;
  topicTitle: string | undefined;
  zone: string;
  locale: SupportedLocale;
  release: ReleaseController;
  /** Releases the hold and goes back to the form, to correct the address. */
  onChangeAddress: () => void;
}

/**
 * After "Book": the time is held, not booked. Where the link went, how long the hold lasts and
 * until when in the person's zone, and a way back to correct a mistyped address. No calendar file
 * yet: it comes with the confirmation, which only the mailbox can give.
 */
export function heldStep(o: HeldStepOptions): TemplateResult {
  const until = timeInZone(new Date(o.booking.holdExpiresAt), o.zone, o.locale);
  return statusBox({
    id: 'outcome',
    tone: 'info',
    title: msg('Fast geschafft: Bitte bestätigen Sie Ihren Termin.', { id: 'appointments.held.title' }),
    body: html`${bookingSummary(o.booking, o.topicTitle, o.zone, o.locale)}
      <p class="held-text">${heldText(o.email, o.holdMinutes, until, o.locale)}</p>
      <p class="hint">
        ${msg('Keine E-Mail bekommen? Sehen Sie bitte auch im Spam-Ordner nach.', { id: 'appointments.held.spam' })}
      </p>
      <p class="hint" id="wrong-address">
        ${msg('Adresse falsch geschrieben? Dann geben wir die Zeit frei, und Sie können sie mit der richtigen Adresse neu buchen.', { id: 'appointments.held.wrongAddress' })}
      </p>
      <p class="confirm-actions">
        <button
          type="button"
          class="secondary"
          id="change-address"
          aria-describedby="wrong-address"
          aria-busy=${o.release.pending ? 'true' : 'false'}
          @click=${o.onChangeAddress}
        >
          ${msg('Adresse korrigieren', { id: 'appointments.held.changeAddress' })}
        </button>
      </p>
      ${o.release.problem ? problemNotice(o.release.problem, { locale: o.locale, retry: o.release.retry }) : nothing}`,
  });
}

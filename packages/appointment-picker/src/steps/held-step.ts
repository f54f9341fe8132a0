import { msg } from '@lit/localize';
import type { HeldBooking, SupportedLocale } from '@welcome-widgets/core';
import { html, type TemplateResult } from 'lit';
import { heldText } from '../appointment-texts.js';
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
}

/**
 * After "Book": the time is held, not booked. Where the link went, how long the hold lasts and
 * until when in the person's zone. No calendar file and no cancelling yet: both come with the
 * confirmation, which only the mailbox can give.
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
      </p>`,
  });
}

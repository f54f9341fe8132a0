import { msg } from '@lit/localize';
import { problemNotice } from '@welcome-widgets/core';
import { type SupportedLocale } from '@welcome-widgets/domain';
import { html, type TemplateResult } from 'lit';
import type { ConfirmController } from '../controllers/confirm-controller.js';
import { statusBox } from '../ui/status-box.js';
import { newBookingButton } from './booking-states.js';
import { confirmingNotice } from './loading-notices.js';

export interface ConfirmStepOptions {
  confirm: ConfirmController;
  locale: SupportedLocale;
  onNew: () => void;
}

/**
 * The link in the hold mail, while it is being confirmed and when that did not book: the hold ran
 * out (the time is free again: choose anew), the booking was cancelled, or the link is wrong.
 * Once booked, the confirmed view takes over.
 */
export function confirmStep(o: ConfirmStepOptions): TemplateResult {
  const { confirm } = o;
  switch (confirm.failure) {
    case 'expired':
      return statusBox({
        id: 'outcome',
        tone: 'warning',
        title: msg('Die Zeit zum Bestätigen ist abgelaufen.', { id: 'appointments.confirm.expired.title' }),
        body: html`<p>
            ${msg('Der Termin wurde wieder freigegeben. Bitte wählen Sie einen neuen Termin.', {
              id: 'appointments.confirm.expired.text',
            })}
          </p>
          ${newBookingButton(o.onNew)}`,
      });
    case 'cancelled':
      return statusBox({
        id: 'outcome',
        tone: 'info',
        title: msg('Dieser Termin wurde bereits abgesagt.', { id: 'appointments.cancel.already' }),
        body: newBookingButton(o.onNew),
      });
    case 'invalid':
      return statusBox({
        id: 'outcome',
        tone: 'warning',
        title: msg('Dieser Link ist ungültig oder der Termin besteht nicht mehr.', { id: 'appointments.link.invalid' }),
        body: newBookingButton(o.onNew),
      });
    case undefined:
      break;
  }
  if (confirm.problem) return problemNotice(confirm.problem, { locale: o.locale, retry: confirm.retry });
  return confirmingNotice();
}

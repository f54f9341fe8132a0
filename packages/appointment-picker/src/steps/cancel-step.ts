import { msg } from '@lit/localize';
import { problemNotice } from '@welcome-widgets/core';
import { type SupportedLocale } from '@welcome-widgets/domain';
import { html, nothing, type TemplateResult } from 'lit';
import type { CancelController } from '../controllers/cancel-controller.js';
import { statusBox } from '../ui/status-box.js';
import { alreadyCancelled, bookingLoadState, newBookingButton } from './booking-states.js';
import { bookingSummary } from './when.js';

export interface CancelStepOptions {
  cancel: CancelController;
  topicTitle: (id: string) => string | undefined;
  zone: string;
  locale: SupportedLocale;
  /** Topic titles are on their way (in the widget's language). */
  topicsPending: boolean;
  onConfirm: () => void;
  onKeep: () => void;
  onNew: () => void;
}

/** "Cancel this appointment?": which one (topic, time), the answer, and what happened. */
export function cancelStep(o: CancelStepOptions): TemplateResult {
  const { cancel } = o;
  const loading = bookingLoadState(cancel, o);
  if (loading) return loading;
  const details = cancel.details.value!;
  const title = o.topicTitle(details.topic);
  const summary = bookingSummary(details, title, o.zone, o.locale);
  if (cancel.outcome === 'cancelled') {
    return statusBox({
      id: 'outcome',
      tone: 'success',
      title: msg('Ihr Termin ist abgesagt.', { id: 'appointments.cancelled.title' }),
      body: html`${summary}
        <p>
          ${msg('Die Zeit ist wieder frei. Sie erhalten eine Bestätigung per E-Mail.', { id: 'appointments.cancelled.text' })}
        </p>
        ${newBookingButton(o.onNew)}`,
    });
  }
  if (cancel.wasCancelled) return alreadyCancelled(details, { ...o, topicTitle: title });
  if (cancel.outcome === 'started' || Date.parse(details.start) <= Date.now()) {
    return statusBox({
      id: 'outcome',
      tone: 'warning',
      title: msg('Dieser Termin hat schon begonnen und kann nicht mehr abgesagt werden.', {
        id: 'appointments.cancel.started',
      }),
      body: html`${summary} ${newBookingButton(o.onNew)}`,
    });
  }
  return html`<div class="cancel-ask" role="group" aria-labelledby="cancel-question">
    <p id="cancel-question" class="question" tabindex="-1">
      ${msg('Möchten Sie diesen Termin absagen?', { id: 'appointments.cancel.ask-this' })}
    </p>
    ${summary} ${cancel.problem ? problemNotice(cancel.problem, { locale: o.locale, retry: o.onConfirm }) : nothing}
    <p class="confirm-actions">
      <button type="button" class="primary" aria-disabled=${cancel.sending ? 'true' : 'false'} @click=${o.onConfirm}>
        ${
          cancel.sending
            ? msg('Wird abgesagt …', { id: 'appointments.cancel.sending' })
            : msg('Ja, absagen', { id: 'appointments.cancel.confirm' })
        }
      </button>
      <button type="button" class="secondary" @click=${o.onKeep}>
        ${msg('Nein, Termin behalten', { id: 'appointments.cancel.keep' })}
      </button>
    </p>
  </div>`;
}

import { msg, str } from '@lit/localize';
import { FormController, WelcomeElement, formProblem, isApiError, textField } from '@welcome-widgets/core';
import {
  STAFF_CANCEL_REASON_MAX,
  StaffCancelRequest,
  fieldErrorsFromIssues,
  type StaffBooking,
} from '@welcome-widgets/domain';
import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import * as z from 'zod/mini';
import { isSessionLost, type AdminApi } from '../admin-api.js';
import { cancelBooking } from '../calendars-api.js';
import { bookingStatusLabel, calendarFieldError } from '../calendars-texts.js';
import { localeLoaders } from '../generated/locale-loaders.js';
import { calendarStyles } from './calendars-styles.js';

export interface BookingCancelledDetail {
  id: string;
}

/** Where cancelling stands: not begun, the reason being written, the reason shown for a last look. */
type Step = 'idle' | 'reason' | 'confirm';

/**
 * One booking in a consultant's list: when (in the consultant's zone and in the booker's), topic,
 * who, the booker's language, zone and question, and cancelling it with a reason the booker reads
 * in their mail, after a confirmation step. Its own element, so each card's reason field has its id.
 *
 * @event {CustomEvent<BookingCancelledDetail>} welcome-admin-booking-cancelled - The server cancelled this booking.
 */
export class AdminBookingCard extends WelcomeElement {
  /** @internal */
  static override localeLoaders = localeLoaders;

  static override styles = calendarStyles;

  @property({ attribute: false }) adminApi?: AdminApi;
  @property({ attribute: false }) booking?: StaffBooking;
  /** The topic's title in the console's language. */
  @property({ attribute: false }) topicTitle = '';
  /** Shown to editors and admins, who see every consultant's bookings. */
  @property({ attribute: false }) consultantName?: string;
  /** The consultant's zone: their hours are in it. */
  @property({ attribute: false }) timeZone = 'Europe/Berlin';

  @state() private step: Step = 'idle';
  @state() private outcome?: 'cancelled' | 'released' | 'already-cancelled' | 'begun';

  private readonly form = new FormController<{ reason: string }, 'reason'>(this, {
    initial: () => ({ reason: '' }),
    fields: ['reason'],
  });

  protected override render(): TemplateResult | typeof nothing {
    const booking = this.booking;
    if (!booking) return nothing;
    const time = (zone: string) =>
      new Intl.DateTimeFormat(this.locale, { hour: '2-digit', minute: '2-digit', timeZone: zone });
    const own = `${time(this.timeZone).format(new Date(booking.start))}–${time(this.timeZone).format(new Date(booking.end))}`;
    const theirs = time(booking.timeZone).format(new Date(booking.start));
    const headingId = `booking-${booking.id}`;
    return html`<article class="card" aria-labelledby=${headingId}>
      <h4 id=${headingId} tabindex="-1">${own} · ${this.topicTitle}</h4>
      <dl class="facts">
        <dt>${msg('Name', { id: 'admin.field.name' })}</dt>
        <dd>${booking.name}</dd>
        <dt>${msg('E-Mail-Adresse', { id: 'admin.field.email' })}</dt>
        <dd dir="ltr">${booking.email}</dd>
        ${
          this.consultantName
            ? html`<dt>${msg('Beratung durch', { id: 'admin.bookings.consultant' })}</dt>
                <dd>${this.consultantName}</dd>`
            : nothing
        }
        <dt>${msg('Zeitzone der Person', { id: 'admin.bookings.time-zone' })}</dt>
        <dd>
          <span dir="ltr">${booking.timeZone}</span>
          (${msg(str`dort ${theirs} Uhr`, { id: 'admin.bookings.their-time' })})
        </dd>
        <dt>${msg('Sprache des Gesprächs', { id: 'admin.bookings.language' })}</dt>
        <dd>${languageLabel(booking.language, this.locale)}</dd>
        <dt>${msg('Frage', { id: 'admin.bookings.question' })}</dt>
        <dd class="question">
          ${booking.question ?? html`<span class="muted">${msg('keine', { id: 'admin.bookings.no-question' })}</span>`}
        </dd>
        <dt>${msg('Stand', { id: 'admin.bookings.status' })}</dt>
        <dd>${bookingStatusLabel(booking.status)}</dd>
        ${
          booking.cancelReason
            ? html`<dt>${msg('Grund der Absage', { id: 'admin.bookings.reason' })}</dt>
                <dd class="question">${booking.cancelReason}</dd>`
            : nothing
        }
      </dl>
      ${booking.status === 'cancelled' ? nothing : this.renderCancel(booking)}
      <div class="status" role="status">${this.renderOutcome()}</div>
    </article>`;
  }

  private renderCancel(booking: StaffBooking): TemplateResult {
    const form = this.form;
    switch (this.step) {
      case 'idle':
        return html`<button type="button" class="secondary" id="cancel-start" @click=${() => this.goTo('reason')}>
          ${msg(str`Termin mit ${booking.name} absagen …`, { id: 'admin.bookings.cancel-start' })}
        </button>`;
      case 'reason':
        return html`<form novalidate @submit=${this.toConfirm}>
          ${textField(form, 'reason', {
            label: msg('Grund der Absage', { id: 'admin.bookings.reason' }),
            hint: msg('Die Person liest ihn so in der E-Mail, die die Absage ihr bringt.', {
              id: 'admin.bookings.reason-hint',
            }),
            rows: 3,
            maxlength: STAFF_CANCEL_REASON_MAX,
            required: true,
            errorText: (code) => calendarFieldError('reason', code),
          })}
          <div class="actions">
            <button type="submit" class="primary">${msg('Weiter', { id: 'admin.bookings.next' })}</button>
            <button type="button" class="secondary" @click=${() => this.goTo('idle')}>
              ${msg('Nicht absagen', { id: 'admin.bookings.keep' })}
            </button>
          </div>
        </form>`;
      case 'confirm':
        return html`<div class="confirm">
          <p id="confirm-text" tabindex="-1">
            ${msg(str`Wirklich absagen? ${booking.name} erhält eine E-Mail mit diesem Grund:`, {
              id: 'admin.bookings.confirm-text',
            })}
          </p>
          <blockquote class="question">${form.values.reason.trim()}</blockquote>
          ${formProblem(form, { locale: this.locale, retry: () => void this.cancel() })}
          <div class="actions">
            <button
              type="button"
              class="primary"
              aria-disabled=${form.submitting ? 'true' : 'false'}
              @click=${() => void this.cancel()}
            >
              ${
                form.submitting
                  ? msg('Wird gesendet …', { id: 'admin.sending' })
                  : msg('Ja, Termin absagen', { id: 'admin.bookings.cancel-confirm' })
              }
            </button>
            <button type="button" class="secondary" @click=${() => this.goTo('reason')}>
              ${msg('Zurück zum Grund', { id: 'admin.bookings.back' })}
            </button>
          </div>
        </div>`;
    }
  }

  private renderOutcome(): TemplateResult | typeof nothing {
    switch (this.outcome) {
      case undefined:
        return nothing;
      case 'cancelled':
        return html`<p class="notice success-notice">
          ${msg('Der Termin ist abgesagt; die Person erhält die E-Mail mit Ihrem Grund.', {
            id: 'admin.bookings.cancelled',
          })}
        </p>`;
      case 'released':
        return html`<p class="notice success-notice">
          ${msg(
            'Die Vormerkung ist aufgehoben. Die Adresse der Person war noch nicht bestätigt, daher geht keine E-Mail hinaus.',
            {
              id: 'admin.bookings.released',
            },
          )}
        </p>`;
      case 'already-cancelled':
        return html`<p class="notice error-notice">
          ${msg('Dieser Termin war schon abgesagt.', { id: 'admin.bookings.already-cancelled' })}
        </p>`;
      case 'begun':
        return html`<p class="notice error-notice">
          ${msg('Der Termin hat schon begonnen und kann nicht mehr abgesagt werden.', { id: 'admin.bookings.begun' })}
        </p>`;
    }
  }

  private async goTo(step: Step): Promise<void> {
    this.step = step;
    this.form.clearProblem();
    await this.updateComplete;
    const target = { idle: '#cancel-start', reason: '#reason', confirm: '#confirm-text' }[step];
    this.renderRoot.querySelector<HTMLElement>(target)?.focus();
  }

  private toConfirm = (event: Event): void => {
    event.preventDefault();
    const input = { reason: this.form.values.reason };
    const parsed = z.safeParse(StaffCancelRequest, input);
    if (!parsed.success) {
      this.form.showErrors(fieldErrorsFromIssues(parsed.error.issues, input));
      return;
    }
    void this.goTo('confirm');
  };

  private async cancel(): Promise<void> {
    const booking = this.booking;
    if (!booking || !this.adminApi || this.form.submitting) return;
    const api = this.adminApi;
    this.outcome = undefined;
    let refused = false;
    const sent = await this.form.submit(
      async () => {
        this.booking = await cancelBooking(api, booking.id, this.form.values.reason);
      },
      (error) => {
        if (isSessionLost(error)) return true;
        if (isApiError(error) && error.status === 409) {
          this.outcome = error.code === 'already-cancelled' ? 'already-cancelled' : 'begun';
          refused = true;
          return true;
        }
        // The reason the server refused is at its field, in the form before the confirmation.
        if (isApiError(error) && error.status === 422) {
          void this.goTo('reason').then(() => this.form.showErrors(error.fieldCodes));
          return true;
        }
        return false;
      },
    );
    if (!sent && !refused) return;
    this.step = 'idle';
    if (sent) {
      // An unconfirmed hold is released without a mail: its address was never proven (ADR 0018).
      this.outcome = booking.status === 'held' ? 'released' : 'cancelled';
      this.form.reset();
    }
    // The buttons are gone: the focus goes to the booking, whose state and outcome now show.
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('h4')?.focus();
    this.emit<BookingCancelledDetail>('welcome-admin-booking-cancelled', { id: booking.id });
  }
}

/** A language of the talk by its name in the console's language; codes beyond the UI's stay codes. */
function languageLabel(code: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

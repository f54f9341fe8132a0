import { msg } from '@lit/localize';
import type { SupportedLocale } from '@welcome-widgets/domain';
import { html, type TemplateResult } from 'lit';
import type { CancelController } from '../controllers/cancel-controller.js';
import { statusBox } from '../ui/status-box.js';
import { alreadyCancelled, bookingLoadState, newBookingButton } from './booking-states.js';
import { bookingSummary } from './when.js';

export interface RoomStepOptions {
  cancel: CancelController;
  topicTitle: (id: string) => string | undefined;
  zone: string;
  locale: SupportedLocale;
  /** Topic titles are on their way (in the widget's language). */
  topicsPending: boolean;
  icsHref: string;
  headingLevel: number;
  onCancel: () => void;
  onNew: () => void;
}

/** From this long before the start, the room counts as open ("starts shortly"). */
const DOORS_OPEN_MS = 15 * 60_000;

/**
 * Where the video link in the mail and the calendar file leads at the appointment time: when it
 * starts (the person's zone, Berlin beside), the consultant's video room, how to prepare, and
 * cancelling; or that the appointment was cancelled or is over.
 */
export function roomStep(o: RoomStepOptions): TemplateResult {
  const loading = bookingLoadState(o.cancel, o);
  if (loading) return loading;
  const details = o.cancel.details.value!;
  const title = o.topicTitle(details.topic);
  if (o.cancel.wasCancelled) return alreadyCancelled(details, { ...o, topicTitle: title });
  const now = Date.now();
  const start = Date.parse(details.start);
  const end = Date.parse(details.end);
  if (end <= now) {
    return statusBox({
      id: 'outcome',
      tone: 'info',
      title: msg('Dieser Termin ist vorbei.', { id: 'appointments.room.over' }),
      body: html`${bookingSummary(details, title, o.zone, o.locale)} ${newBookingButton(o.onNew)}`,
    });
  }
  const lead =
    start - DOORS_OPEN_MS <= now
      ? msg('Ihre Beratung beginnt jetzt.', { id: 'appointments.room.now' })
      : msg('Ihre Beratung beginnt am:', { id: 'appointments.room.starts' });
  return html`<div class="room">
    <p id="room-lead" class="room-lead" tabindex="-1">${lead}</p>
    ${bookingSummary(details, title, o.zone, o.locale)}
    ${
      details.videoUrl
        ? html`<p class="room-join">
            <a class="button-link video-link" href=${details.videoUrl} rel="noopener"
              >${msg('Zum Videogespräch', { id: 'appointments.room.join' })}</a
            >
          </p>`
        : html`<p class="hint">
            ${msg(
              'Der Link zum Videogespräch ist noch nicht hinterlegt. Bitte öffnen Sie diese Seite kurz vor dem Termin noch einmal.',
              {
                id: 'appointments.room.no-link',
              },
            )}
          </p>`
    }
    <div class="subheading" role="heading" aria-level=${o.headingLevel}>
      ${msg('So bereiten Sie sich vor', { id: 'appointments.room.prepare' })}
    </div>
    <ul class="prepare">
      <li>
        ${msg(
          'Legen Sie Ihren Pass und die Unterlagen bereit, um die es geht, zum Beispiel Zeugnisse, Abschlüsse oder ein Jobangebot.',
          {
            id: 'appointments.room.prepare.documents',
          },
        )}
      </li>
      <li>
        ${msg('Nutzen Sie ein Gerät mit Kamera und Mikrofon an einem ruhigen Ort; Kopfhörer helfen.', {
          id: 'appointments.room.prepare.device',
        })}
      </li>
      <li>
        ${msg('Öffnen Sie den Link einige Minuten vor Beginn, damit Zeit für einen kurzen Technik-Test bleibt.', {
          id: 'appointments.room.prepare.early',
        })}
      </li>
    </ul>
    <p class="confirm-actions">
      <a class="button-link secondary-link" href=${o.icsHref} download="beratung.ics"
        >${msg('In den Kalender eintragen (.ics)', { id: 'appointments.confirmed.ics' })}</a
      >
    </p>
    <p class="room-cancel">
      ${msg('Sie können nicht teilnehmen?', { id: 'appointments.room.cannot' })}
      <button type="button" class="link-button" @click=${o.onCancel}>
        ${msg('Termin absagen', { id: 'appointments.confirmed.cancel' })}
      </button>
    </p>
  </div>`;
}

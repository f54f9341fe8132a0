import { msg, str } from '@lit/localize';
import { appointmentTime } from '@welcome-widgets/domain';
import { html, nothing, type TemplateResult } from 'lit';
import { BERLIN, differsFromBerlin, longDateInZone, timeInZone } from '../time/zones.js';

/** Date, time span and zone in the person's zone, and Berlin time beside it where that differs. */
export function whenLine(span: { start: string; end: string }, zone: string, locale: string): TemplateResult {
  const start = new Date(span.start);
  const end = new Date(span.end);
  return html`<p class="when">
    <strong>${appointmentTime(start, end, zone, locale)}</strong>
    ${
      differsFromBerlin(zone, start)
        ? html`<br /><span class="when-berlin"
              >${msg(
                str`In Berlin: ${longDateInZone(start, BERLIN, locale)}, ${timeInZone(start, BERLIN, locale)} Uhr`,
                {
                  id: 'appointments.when.berlin',
                },
              )}</span
            >`
        : nothing
    }
  </p>`;
}

/** What the appointment is about and when: the lines every step after choosing a time repeats. */
export function bookingSummary(
  span: { start: string; end: string },
  topicTitle: string | undefined,
  zone: string,
  locale: string,
): TemplateResult {
  return html`<div class="summary">
    ${topicTitle ? html`<p class="summary-topic">${topicTitle}</p>` : nothing} ${whenLine(span, zone, locale)}
  </div>`;
}

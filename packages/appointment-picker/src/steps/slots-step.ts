import { msg, str } from '@lit/localize';
import type { AppointmentSlot, SupportedLocale } from '@welcome-widgets/domain';
import { html, nothing, type TemplateResult } from 'lit';
import { minutesText } from '../appointment-texts.js';
import { BERLIN, differsFromBerlin, longDateInZone, timeInZone } from '../time/zones.js';

export interface SlotsStepOptions {
  day: string;
  slots: readonly AppointmentSlot[];
  zone: string;
  locale: SupportedLocale;
  durationMinutes?: number | undefined;
  headingLevel: number;
  onChoose: (slot: AppointmentSlot) => void;
}

/** The chosen day's free times in the person's zone, Berlin time beside where it differs. */
export function slotsStep(o: SlotsStepOptions): TemplateResult {
  const first = o.slots[0] ? new Date(o.slots[0].start) : new Date(`${o.day}T12:00:00Z`);
  const showBerlin = differsFromBerlin(o.zone, first);
  return html`<div class="slots" part="slots">
    <div id="slots-heading" class="subheading" role="heading" aria-level=${o.headingLevel} tabindex="-1">
      ${longDateInZone(first, o.zone, o.locale)}
    </div>
    ${
      o.slots.length === 0
        ? html`<p>${msg('An diesem Tag ist kein Termin mehr frei.', { id: 'appointments.slots.none' })}</p>`
        : html`<ul class="slot-list">
            ${o.slots.map((slot) => {
              const start = new Date(slot.start);
              const end = new Date(slot.end);
              return html`<li>
                <button type="button" class="slot" data-start=${slot.start} @click=${() => o.onChoose(slot)}>
                  <span class="slot-time"
                    >${timeInZone(start, o.zone, o.locale)} – ${timeInZone(end, o.zone, o.locale)}</span
                  >
                  ${
                    showBerlin
                      ? html`<span class="slot-berlin"
                          >${msg(str`${timeInZone(start, BERLIN, o.locale)} Uhr in Berlin`, { id: 'appointments.slot.berlin' })}</span
                        >`
                      : nothing
                  }
                </button>
              </li>`;
            })}
          </ul>`
    }
    ${
      o.durationMinutes
        ? html`<p class="hint">
            ${msg(str`Dauer: ${minutesText(o.durationMinutes, o.locale)}. Das Gespräch findet per Video statt.`, {
              id: 'appointments.slots.duration-hint',
            })}
          </p>`
        : nothing
    }
  </div>`;
}

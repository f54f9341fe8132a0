import { msg } from '@lit/localize';
import { problemNotice } from '@welcome-widgets/core';
import { type SupportedLocale } from '@welcome-widgets/domain';
import { html, nothing, type TemplateResult } from 'lit';
import type { SlotsController } from '../controllers/slots-controller.js';
import { firstDayOfWeek } from '../time/week-start.js';
import { calendarGrid } from '../ui/calendar-grid.js';
import { statusBox } from '../ui/status-box.js';

export interface CalendarStepOptions {
  slots: SlotsController;
  locale: SupportedLocale;
  rtl: boolean;
  zonePicker: TemplateResult;
  /** The time the person wanted was just taken: said in a warning above the refreshed times. */
  slotGone: boolean;
  /** The chosen day's times, under the grid. */
  daySlots: TemplateResult | typeof nothing;
  onFocusDay: (day: string) => void;
  onChooseDay: (day: string) => void;
}

/** The zone, the month grid of free days, and the chosen day's times. */
export function calendarStep(o: CalendarStepOptions): TemplateResult {
  const { slots } = o;
  return html`
    ${o.zonePicker}
    <div part="calendar">
      ${calendarGrid({
        locale: o.locale,
        rtl: o.rtl,
        firstDay: firstDayOfWeek(o.locale),
        focusedDay: slots.focusedDay,
        selectedDay: slots.selectedDay,
        freeCount: (day) => slots.slotsOn(day).length,
        loading: slots.pending,
        minDay: slots.today,
        maxDay: slots.lastDay,
        onFocusDay: o.onFocusDay,
        onShowMonth: (day) => slots.showMonth(day),
        onChooseDay: o.onChooseDay,
      })}
    </div>
    <p class="calendar-status" role="status">
      ${slots.pending ? msg('Freie Termine werden geladen …', { id: 'appointments.slots.loading' }) : nothing}
    </p>
    ${
      slots.load.status === 'error'
        ? problemNotice(slots.load.problem ?? 'server', { locale: o.locale, retry: () => slots.refresh() })
        : nothing
    }
    ${
      o.slotGone
        ? statusBox({
            id: 'slot-gone',
            tone: 'warning',
            title: msg('Diese Zeit wurde gerade vergeben.', { id: 'appointments.slot-gone.title' }),
            body: html`<p>
              ${msg('Bitte wählen Sie eine andere Zeit. Ihre Angaben bleiben erhalten.', {
                id: 'appointments.slot-gone.text',
              })}
            </p>`,
          })
        : nothing
    }
    ${o.daySlots}
  `;
}

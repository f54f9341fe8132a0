import { msg } from '@lit/localize';
import type { SupportedLocale } from '@welcome-widgets/domain';
import { html, nothing, type TemplateResult } from 'lit';
import { freeCountText } from '../appointment-texts.js';
import { dayForKey, monthOf, monthWeeks, parseDay } from '../calendar/calendar-month.js';

export interface CalendarGridOptions {
  locale: SupportedLocale;
  rtl: boolean;
  firstDay: number;
  /** The day that holds the roving tab stop (the controller puts it on the month's first free day). */
  focusedDay: string;
  selectedDay?: string;
  /** Free slots per day; days without are shown but disabled. */
  freeCount: (day: string) => number;
  loading: boolean;
  minDay: string;
  maxDay: string;
  /** The keys moved the focus to a day. */
  onFocusDay: (day: string) => void;
  /** The previous/next month buttons: the focus stays on the button. */
  onShowMonth: (day: string) => void;
  onChooseDay: (day: string) => void;
}

/**
 * A month as a date grid after the WAI-ARIA APG date picker: arrow keys move by day and week
 * (mirrored right to left), Home/End to the week's ends, PageUp/PageDown by month (with Shift by
 * year), Enter or Space choose. Only the focused day is in the tab order.
 */
export function calendarGrid(o: CalendarGridOptions): TemplateResult {
  const weeks = monthWeeks(o.focusedDay, o.firstDay);
  const month = monthOf(o.focusedDay);
  const longDay = new Intl.DateTimeFormat(o.locale, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const weekdayShort = new Intl.DateTimeFormat(o.locale, { weekday: 'short', timeZone: 'UTC' });
  const weekdayNarrow = new Intl.DateTimeFormat(o.locale, { weekday: 'narrow', timeZone: 'UTC' });
  // Seven columns fit 320 px only with short headers: Arabic's "short" names are whole words.
  const header = (day: string) => {
    const short = weekdayShort.format(parseDay(day));
    return short.length <= 3 ? short : weekdayNarrow.format(parseDay(day));
  };
  const weekdayLong = new Intl.DateTimeFormat(o.locale, { weekday: 'long', timeZone: 'UTC' });
  const dayNumber = new Intl.DateTimeFormat(o.locale, { day: 'numeric', timeZone: 'UTC' });
  const monthTitle = new Intl.DateTimeFormat(o.locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    parseDay(o.focusedDay),
  );

  const onKeydown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      if (o.freeCount(o.focusedDay) > 0) o.onChooseDay(o.focusedDay);
      return;
    }
    const next = dayForKey(o.focusedDay, event.key, { rtl: o.rtl, firstDay: o.firstDay, shift: event.shiftKey });
    if (!next) return;
    event.preventDefault();
    o.onFocusDay(clamp(next, o.minDay, o.maxDay));
  };

  return html`
    <div class="calendar">
      <div class="month-bar">
        <button
          type="button"
          class="secondary month-step"
          ?disabled=${monthOf(o.minDay) >= month}
          @click=${() => o.onShowMonth(clamp(shiftMonth(o.focusedDay, -1), o.minDay, o.maxDay))}
        >
          <span aria-hidden="true">${o.rtl ? '→' : '←'}</span>
          <span class="visually-hidden">${msg('Vorheriger Monat', { id: 'appointments.calendar.previous' })}</span>
        </button>
        <div id="month-title" class="month-title" aria-live="polite">${monthTitle}</div>
        <button
          type="button"
          class="secondary month-step"
          ?disabled=${monthOf(o.maxDay) <= month}
          @click=${() => o.onShowMonth(clamp(shiftMonth(o.focusedDay, 1), o.minDay, o.maxDay))}
        >
          <span aria-hidden="true">${o.rtl ? '←' : '→'}</span>
          <span class="visually-hidden">${msg('Nächster Monat', { id: 'appointments.calendar.next' })}</span>
        </button>
      </div>
      <table role="grid" aria-labelledby="month-title" aria-busy=${o.loading ? 'true' : 'false'} @keydown=${onKeydown}>
        <thead>
          <tr>
            ${weeks[0]!.map(
              (day) => html`<th scope="col" abbr=${weekdayLong.format(parseDay(day))}>${header(day)}</th>`,
            )}
          </tr>
        </thead>
        <tbody>
          ${weeks.map(
            (week) =>
              html`<tr>
                ${week.map((day) => {
                  const inMonth = monthOf(day) === month;
                  const free = inMonth ? o.freeCount(day) : 0;
                  const label = `${longDay.format(parseDay(day))}, ${
                    free > 0
                      ? freeCountText(free, o.locale)
                      : msg('keine freien Termine', { id: 'appointments.calendar.none' })
                  }`;
                  return inMonth
                    ? html`<td role="gridcell" aria-selected=${day === o.selectedDay ? 'true' : 'false'}>
                        <button
                          type="button"
                          class="day ${free > 0 ? 'has-slots' : ''}"
                          data-day=${day}
                          tabindex=${day === o.focusedDay ? '0' : '-1'}
                          aria-disabled=${free > 0 ? 'false' : 'true'}
                          aria-label=${label}
                          @click=${() => (free > 0 ? o.onChooseDay(day) : o.onFocusDay(day))}
                        >
                          ${dayNumber.format(parseDay(day))}
                        </button>
                      </td>`
                    : html`<td role="gridcell" class="outside" aria-hidden="true">${nothing}</td>`;
                })}
              </tr>`,
          )}
        </tbody>
      </table>
    </div>
  `;
}

function shiftMonth(day: string, months: number): string {
  return dayForKey(day, months > 0 ? 'PageDown' : 'PageUp', { rtl: false, firstDay: 1, shift: false })!;
}

function clamp(day: string, min: string, max: string): string {
  return day < min ? min : day > max ? max : day;
}

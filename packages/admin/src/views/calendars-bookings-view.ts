import { msg, str } from '@lit/localize';
import { LoadController, problemNotice } from '@welcome-widgets/core';
import type { AppointmentAdminContent, StaffBooking, StaffBookingList } from '@welcome-widgets/domain';
import { css, html, nothing, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { isSessionLost, type AdminApi } from '../admin-api.js';
import { viewTitle } from '../admin-texts.js';
import { appointmentContent, staffBookings } from '../calendars-api.js';
import type { AdminBookingCard } from './calendars-booking-card.js';
import { ConsoleView } from './console-view.js';
import { calendarStyles } from './calendars-styles.js';

/** The county's day: the server counts "today" in Berlin. */
const COUNTY_ZONE = 'Europe/Berlin';

type Range = 'today' | 'week';

interface Bookings {
  content: AppointmentAdminContent;
  list: StaffBookingList;
}

/**
 * Bookings of today or of the week from today, by day: a consultant sees their own, editors and
 * admins everyone's or one consultant's. Each booking can be cancelled with a reason.
 */
export class AdminBookingsView extends ConsoleView {
  static override styles = [
    calendarStyles,
    css`
      fieldset.range {
        border: none;
        padding: 0;
        margin: 0 0 var(--_space);
        display: flex;
        flex-wrap: wrap;
        gap: 0.25em 1.5em;
      }

      fieldset.range legend {
        padding: 0;
        margin-block-end: 0.25em;
        font-weight: 600;
      }
    `,
  ];

  @state() private range: Range = 'today';
  @state() private consultant = '';
  private generation = 0;
  /** The last answer: it stays while the next loads, so the list does not jump. */
  private shown?: Bookings;

  private readonly bookings = new LoadController<Bookings, [AdminApi, Range, string, number]>(this, {
    args: () => (this.adminApi ? [this.adminApi, this.range, this.consultant, this.generation] : undefined),
    task: async ([api, range, consultant], { signal }) => {
      const [content, list] = await Promise.all([
        appointmentContent(api, { signal }),
        staffBookings(api, { days: range === 'today' ? 1 : 7, consultant: consultant || undefined }, { signal }),
      ]);
      return { content, list };
    },
    followsLocale: false,
    onComplete: (value) => (this.shown = value),
  });

  override refresh(): void {
    this.generation++;
    this.requestUpdate();
  }

  protected override render(): TemplateResult {
    return html`<h1 tabindex="-1">${viewTitle('bookings')}</h1>
      ${this.renderChoices()}
      ${this.bookings.render({
        pending: () =>
          this.shown
            ? this.renderBookings(this.shown)
            : html`<p role="status">${msg('Wird geladen …', { id: 'admin.loading' })}</p>`,
        error: (problem) =>
          isSessionLost(this.bookings.error)
            ? nothing
            : problemNotice(problem, { locale: this.locale, retry: () => this.bookings.run() }),
        complete: (value) => this.renderBookings(value),
      })}`;
  }

  private renderChoices(): TemplateResult {
    const option = (value: Range, label: string) =>
      html`<div class="choice">
        <input
          type="radio"
          id="range-${value}"
          name="range"
          value=${value}
          .checked=${this.range === value}
          @change=${() => (this.range = value)}
        />
        <label for="range-${value}">${label}</label>
      </div>`;
    const consultants = this.shown?.content.consultants ?? [];
    const seesAll = this.session?.user.role !== 'consultant';
    return html`<fieldset class="range">
        <legend>${msg('Zeitraum', { id: 'admin.bookings.range' })}</legend>
        ${option('today', msg('Heute', { id: 'admin.bookings.today' }))}
        ${option('week', msg('Diese Woche (7 Tage ab heute)', { id: 'admin.bookings.week' }))}
      </fieldset>
      ${
        seesAll
          ? html`<div class="field">
              <label for="consultant"
                >${msg('Beraterin oder Berater', { id: 'admin.bookings.consultant-filter' })}</label
              >
              <select
                id="consultant"
                @change=${(event: Event) => (this.consultant = (event.target as HTMLSelectElement).value)}
              >
                <option value="" ?selected=${this.consultant === ''}>
                  ${msg('Alle', { id: 'admin.bookings.all' })}
                </option>
                ${consultants.map(
                  (consultant) =>
                    html`<option value=${consultant.id} ?selected=${this.consultant === consultant.id}>
                      ${consultant.name}
                    </option>`,
                )}
              </select>
            </div>`
          : nothing
      }`;
  }

  private renderBookings({ content, list }: Bookings): TemplateResult {
    const days = groupByDay(list.bookings);
    const dayFormat = new Intl.DateTimeFormat(this.locale, { dateStyle: 'full', timeZone: COUNTY_ZONE });
    const seesAll = this.session?.user.role !== 'consultant';
    const lang = this.locale === 'en' ? 'en' : 'de';
    const summary =
      this.range === 'today'
        ? msg(str`Heute, ${dayFormat.format(new Date(list.from))}`, { id: 'admin.bookings.today-heading' })
        : msg('Die nächsten 7 Tage', { id: 'admin.bookings.week-heading' });
    return html`<h2 id="list-heading">${summary}</h2>
      ${
        days.length === 0
          ? html`<p class="muted">${msg('Keine Termine in dieser Zeit.', { id: 'admin.bookings.none' })}</p>`
          : days.map(
              ([day, bookings]) =>
                html`<section aria-labelledby="day-${day}">
                  ${this.range === 'week' ? html`<h3 id="day-${day}">${dayFormat.format(new Date(bookings[0]!.start))}</h3>` : nothing}
                  <ul class="list" aria-labelledby=${this.range === 'week' ? `day-${day}` : 'list-heading'}>
                    ${bookings.map((booking) => {
                      const consultant = content.consultants.find((one) => one.id === booking.consultantId);
                      const topic = content.topics.find((one) => one.id === booking.topic);
                      return html`<li>
                        <welcome-admin-booking-card
                          .adminApi=${this.adminApi}
                          .booking=${booking}
                          .topicTitle=${topic?.title[lang] ?? booking.topic}
                          .consultantName=${seesAll ? (consultant?.name ?? booking.consultantId) : undefined}
                          .timeZone=${consultant?.timeZone ?? COUNTY_ZONE}
                          @welcome-admin-booking-cancelled=${this.cancelled}
                        ></welcome-admin-booking-card>
                      </li>`;
                    })}
                  </ul>
                </section>`,
            )
      }`;
  }

  /** The card shows its new state; the list keeps it too, so a re-render does not bring the old one back. */
  private cancelled = (event: Event): void => {
    const card = event.target as AdminBookingCard;
    const shown = this.shown;
    if (!shown || !card.booking) return;
    const updated = card.booking;
    shown.list.bookings = shown.list.bookings.map((one) => (one.id === updated.id ? updated : one));
    // A 409 means someone else changed it: the list loads afresh to show how it stands.
    if (updated.status !== 'cancelled') this.refresh();
  };
}

/** Bookings by their day in Berlin, in the order the server gives (by start). */
function groupByDay(bookings: readonly StaffBooking[]): Array<[string, StaffBooking[]]> {
  const key = new Intl.DateTimeFormat('en-CA', {
    timeZone: COUNTY_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  });
  const days = new Map<string, StaffBooking[]>();
  for (const booking of bookings) {
    const day = key.format(new Date(booking.start));
    days.set(day, [...(days.get(day) ?? []), booking]);
  }
  return [...days];
}

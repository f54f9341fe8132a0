import { msg, str } from '@lit/localize';
import {
  WelcomeElement,
  appointmentTime,
  honeypotField,
  privacyLink,
  isApiError,
  isSupportedLocale,
  type AppointmentSlot,
  type AppointmentTopic,
  type Booking,
  type FieldErrors,
  type SupportedLocale,
} from '@welcome-widgets/core';
import { zonedDate } from '@welcome-widgets/core/time';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { appointmentPickerStyles } from './appointment-picker.styles.js';
import { book, cancelBooking, icsUrl, loadSlots, loadTopics } from './appointments-api.js';
import {
  BOOKING_FIELDS,
  EMPTY_FORM,
  firstInvalidField,
  pageOfConsent,
  validateBooking,
  type BookingField,
  type BookingFormValues,
} from './booking-form.js';
import { addDays, firstOfMonth, lastOfMonth, monthOf } from './calendar/calendar-month.js';
import { forgetCancelLink, linkParams } from './link-params.js';
import { bookingFieldError, problemText, type Problem } from './appointment-texts.js';
import { firstDayOfWeek } from './time/week-start.js';
import {
  BERLIN,
  detectTimeZone,
  differsFromBerlin,
  isValidTimeZone,
  longDateInZone,
  timeInZone,
} from './time/zones.js';
import { calendarGrid } from './ui/calendar-grid.js';
import { TimeZonePicker } from './ui/timezone-picker.js';
import { localeLoaders } from './generated/locale-loaders.js';

type View =
  | { kind: 'loading' }
  | { kind: 'load-failed'; problem: Problem }
  | { kind: 'pick' }
  | { kind: 'form'; slot: AppointmentSlot }
  | { kind: 'confirmed'; booking: Booking }
  | { kind: 'cancel-ask'; id: string; token: string; fromLink: boolean }
  | { kind: 'cancel-failed'; id: string; token: string; fromLink: boolean; problem: Problem | 'invalid' }
  | { kind: 'cancelled' };

export interface BookingConfirmedDetail {
  id: string;
  topic: string;
  start: string;
  end: string;
}

export interface BookingCancelledDetail {
  id: string;
}

/** How far ahead the calendar lets a person look; the server's horizon decides what is bookable. */
const HORIZON_DAYS = 62;

/**
 * Book a virtual consultation: a topic, a day with free slots, a time shown in the viewer's
 * time zone (with Berlin time beside it), a short form, and a confirmation with a calendar file.
 *
 * @tagname welcome-appointment-picker
 * @summary Appointment picker and booking for virtual consultations.
 * @event welcome-booking-confirmed - A booking was made. `detail: { id, topic, start, end }`, never personal data.
 * @event welcome-booking-cancelled - A booking was cancelled. `detail: { id }`
 * @csspart base - The widget's outer section.
 * @csspart heading - The heading.
 * @csspart calendar - The month grid.
 * @csspart slots - The list of times of the chosen day.
 * @csspart form - The booking form.
 * @csspart submit - The booking button.
 * @csspart status - Outcome and error messages.
 */
export class WelcomeAppointmentPicker extends WelcomeElement {
  /** @internal */
  static override localeLoaders = localeLoaders;

  static override styles = appointmentPickerStyles;

  /** Fixes the topic (e.g. `employers`); otherwise `?topic=` or the person's choice. */
  @property() topic = '';

  /** IANA time zone to show times in; default: the viewer's, as the browser reports it. */
  @property() timezone = '';

  /** Link to the privacy notice shown with the consent. */
  @property({ attribute: 'privacy-href' }) privacyHref = '';

  /** Level of the widget's heading in the host page's outline (1–6). */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  @state() private view: View = { kind: 'loading' };
  @state() private topics: AppointmentTopic[] = [];
  @state() private chosenTopic = '';
  @state() private zoneOverride = '';
  @state() private focusedDay = '';
  @state() private selectedDay = '';
  @state() private slots: AppointmentSlot[] = [];
  @state() private slotsLoading = false;
  @state() private slotsProblem?: Problem;
  @state() private slotGone = false;
  @state() private values: BookingFormValues = { ...EMPTY_FORM };
  @state() private errors: FieldErrors = {};
  @state() private problem?: Problem;
  @state() private submitting = false;

  private loadedMonth = '';
  private grouped?: { slots: AppointmentSlot[]; zone: string; byDay: Map<string, AppointmentSlot[]> };
  /** The booking shown before "cancel?", to return to when the person keeps it. */
  private keptBooking?: Booking;
  private slotsRequest?: AbortController;
  private pendingFocus?: string;
  private readonly zonePicker = new TimeZonePicker(this, {
    zone: () => this.zone,
    locale: () => this.locale,
    onChange: (zone) => {
      this.zoneOverride = zone;
    },
  });

  /** The zone times are shown in: the picker's choice, the attribute, or the browser's. */
  private get zone(): string {
    for (const candidate of [this.zoneOverride, this.timezone])
      if (candidate && isValidTimeZone(candidate)) return candidate;
    return detectTimeZone();
  }

  private get today(): string {
    return zonedDate(new Date(), this.zone);
  }

  private get topic_(): AppointmentTopic | undefined {
    return this.topics.find((t) => t.id === this.chosenTopic);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const link = linkParams(location.href);
    if (link.cancel && this.view.kind === 'loading') {
      forgetCancelLink();
      this.view = { kind: 'cancel-ask', ...link.cancel, fromLink: true };
      return;
    }
    void this.start(link.topic);
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('locale') && this.topics.length > 0 && this.view.kind !== 'loading') void this.reloadTopics();
    if ((changed.has('zoneOverride') || changed.has('timezone')) && this.loadedMonth) {
      // A day in one zone is a different span of hours in another: fetch the month afresh.
      this.loadedMonth = '';
      void this.loadMonth(this.focusedDay);
    }
  }

  protected override updated(): void {
    if (!this.pendingFocus) return;
    const target = this.renderRoot.querySelector<HTMLElement>(this.pendingFocus);
    this.pendingFocus = undefined;
    target?.focus();
  }

  private async start(topicFromLink?: string): Promise<void> {
    this.view = { kind: 'loading' };
    try {
      this.topics = (await loadTopics(this.client, this.locale)).topics;
    } catch (error) {
      this.view = { kind: 'load-failed', problem: this.problemOf(error) };
      return;
    }
    const wanted = [this.topic, topicFromLink].find((id) => id && this.topics.some((t) => t.id === id));
    this.chosenTopic = wanted ?? (this.topics.length === 1 ? this.topics[0]!.id : '');
    this.focusedDay = addDays(this.today, 1);
    this.view = { kind: 'pick' };
    if (this.chosenTopic) void this.openFirstFreeMonth();
  }

  private async reloadTopics(): Promise<void> {
    try {
      this.topics = (await loadTopics(this.client, this.locale)).topics;
    } catch {
      // Titles stay in the previous language; everything else follows the new one.
    }
  }

  private async loadMonth(day: string): Promise<void> {
    const month = monthOf(day);
    if (!this.chosenTopic || month === this.loadedMonth) return;
    this.slotsRequest?.abort();
    const request = new AbortController();
    this.slotsRequest = request;
    this.loadedMonth = month;
    this.slotsLoading = true;
    this.slotsProblem = undefined;
    try {
      // One day more on each side: the zone may move a slot across midnight.
      const from = addDays(firstOfMonth(day), -1);
      const to = addDays(lastOfMonth(day), 1);
      const { slots } = await loadSlots(this.client, this.chosenTopic, from, to, request.signal);
      if (request.signal.aborted) return;
      this.slots = slots;
    } catch (error) {
      if (request.signal.aborted) return;
      this.loadedMonth = '';
      this.slots = [];
      this.slotsProblem = this.problemOf(error);
    } finally {
      if (!request.signal.aborted) this.slotsLoading = false;
    }
  }

  private hasSlotsInMonth(day: string): boolean {
    const month = monthOf(day);
    return [...this.slotsByDay.keys()].some((key) => monthOf(key) === month);
  }

  /** Opens on the first month with free times, so that a person at the end of a month does not see an empty one. */
  private async openFirstFreeMonth(): Promise<void> {
    await this.loadMonth(this.focusedDay);
    if (this.slotsProblem || this.hasSlotsInMonth(this.focusedDay)) return;
    const next = addDays(lastOfMonth(this.focusedDay), 1);
    if (next > addDays(this.today, HORIZON_DAYS)) return;
    this.focusedDay = next;
    await this.loadMonth(next);
  }

  private slotsOn(day: string): AppointmentSlot[] {
    return this.slotsByDay.get(day) ?? [];
  }

  /**
   * The loaded slots grouped by their day in the viewer's zone. Computed once per slot list and
   * zone, not for each of the 42 calendar cells on every render.
   */
  private get slotsByDay(): Map<string, AppointmentSlot[]> {
    const zone = this.zone;
    if (this.grouped?.slots !== this.slots || this.grouped.zone !== zone) {
      const byDay = new Map<string, AppointmentSlot[]>();
      for (const slot of this.slots) {
        const day = zonedDate(new Date(slot.start), zone);
        byDay.set(day, [...(byDay.get(day) ?? []), slot]);
      }
      this.grouped = { slots: this.slots, zone, byDay };
    }
    return this.grouped.byDay;
  }

  private problemOf(error: unknown): Problem {
    if (!navigator.onLine) return 'offline';
    if (isApiError(error) && error.status === 429) return 'rate-limited';
    if (isApiError(error) && (error.kind === 'network' || error.kind === 'timeout')) return 'network';
    return 'server';
  }

  protected override render(): TemplateResult {
    return html`
      <section class="root" part="base" dir=${this.textDir} lang=${this.locale} aria-labelledby="heading">
        <div id="heading" class="heading" part="heading" role="heading" aria-level=${this.level(0)}>
          ${msg('Beratungstermin buchen', { id: 'appointments.heading' })}
        </div>
        ${this.renderView()}
      </section>
    `;
  }

  private level(depth: number): number {
    return Math.min(6, Math.max(1, Math.round(this.headingLevel) || 2) + depth);
  }

  private renderView(): TemplateResult {
    const view = this.view;
    switch (view.kind) {
      case 'loading':
        return html`<p class="notice" role="status">
          ${msg('Die Themen werden geladen …', { id: 'appointments.loading' })}
        </p>`;
      case 'load-failed':
        return this.renderProblem(view.problem, () => void this.start());
      case 'pick':
        return this.renderPick();
      case 'form':
        return this.renderForm(view.slot);
      case 'confirmed':
        return this.renderConfirmed(view.booking);
      case 'cancel-ask':
      case 'cancel-failed':
        return this.renderCancel(view);
      case 'cancelled':
        return html`<div class="notice success-notice" part="status" role="status">
          <p id="outcome" class="outcome-title" tabindex="-1">
            ${msg('Ihr Termin ist abgesagt.', { id: 'appointments.cancelled.title' })}
          </p>
          <p>
            ${msg('Die Zeit ist wieder frei. Sie erhalten eine Bestätigung per E-Mail.', { id: 'appointments.cancelled.text' })}
          </p>
          <button type="button" class="secondary" @click=${() => void this.start()}>
            ${msg('Neuen Termin wählen', { id: 'appointments.cancelled.again' })}
          </button>
        </div>`;
    }
  }

  private renderProblem(problem: Problem, retry?: () => void): TemplateResult {
    return html`<div class="notice error-notice" part="status" role="alert">
      <p>${problemText(problem)}</p>
      ${
        retry && problem !== 'rate-limited'
          ? html`<button type="button" class="secondary" @click=${retry}>
              ${msg('Erneut versuchen', { id: 'common.retry' })}
            </button>`
          : nothing
      }
    </div>`;
  }

  private renderPick(): TemplateResult {
    const topic = this.topic_;
    const fixed = Boolean(this.topic && topic?.id === this.topic);
    return html`
      ${fixed ? html`<p class="fixed-topic">${msg('Thema:', { id: 'appointments.topic.fixed' })} <strong>${topic!.title}</strong></p>` : this.renderTopics()}
      ${topic ? this.renderCalendarStep(topic) : nothing}
    `;
  }

  private renderTopics(): TemplateResult {
    return html`<fieldset class="topics">
      <legend>${msg('Worum geht es?', { id: 'appointments.topic.legend' })}</legend>
      ${this.topics.map(
        (topic) =>
          html`<div class="choice topic">
            <input
              id="topic-${topic.id}"
              type="radio"
              name="topic"
              value=${topic.id}
              .checked=${live(this.chosenTopic === topic.id)}
              aria-describedby="topic-${topic.id}-hint"
              @change=${() => this.chooseTopic(topic.id)}
            />
            <label for="topic-${topic.id}">
              ${topic.title}
              <span id="topic-${topic.id}-hint" class="hint option-hint">
                ${msg(str`${topic.durationMinutes} Minuten, per Video`, { id: 'appointments.topic.duration' })}${topic.description ? html` · ${topic.description}` : nothing}
              </span>
            </label>
          </div>`,
      )}
    </fieldset>`;
  }

  private chooseTopic(id: string): void {
    this.chosenTopic = id;
    this.selectedDay = '';
    this.slots = [];
    this.loadedMonth = '';
    void this.openFirstFreeMonth();
  }

  private renderCalendarStep(topic: AppointmentTopic): TemplateResult {
    const minDay = this.today;
    const maxDay = addDays(minDay, HORIZON_DAYS);
    return html`
      ${this.zonePicker.render()}
      <div part="calendar">
        ${calendarGrid({
          locale: this.locale,
          rtl: this.textDir === 'rtl',
          firstDay: firstDayOfWeek(this.locale),
          focusedDay: this.focusedDay,
          selectedDay: this.selectedDay,
          freeCount: (day) => this.slotsOn(day).length,
          loading: this.slotsLoading,
          minDay,
          maxDay,
          onFocusDay: (day) => this.focusDay(day),
          onChooseDay: (day) => this.chooseDay(day),
        })}
      </div>
      <p class="calendar-status" role="status">${this.calendarStatus()}</p>
      ${this.slotsProblem ? this.renderProblem(this.slotsProblem, () => void this.loadMonth(this.focusedDay)) : nothing}
      ${this.selectedDay ? this.renderSlots(topic) : nothing}
    `;
  }

  private calendarStatus(): string {
    if (this.slotsLoading) return msg('Freie Termine werden geladen …', { id: 'appointments.slots.loading' });
    if (this.slotGone)
      return msg('Diese Zeit wurde gerade vergeben. Bitte wählen Sie eine andere; Ihre Angaben bleiben erhalten.', {
        id: 'appointments.slot-gone',
      });
    if (!this.slotsProblem && this.loadedMonth && !this.hasSlotsInMonth(this.focusedDay))
      return msg('In diesem Monat sind keine Termine frei. Bitte sehen Sie im nächsten Monat nach.', {
        id: 'appointments.month.empty',
      });
    return '';
  }

  private focusDay(day: string): void {
    this.focusedDay = day;
    this.pendingFocus = `button[data-day="${day}"]`;
    void this.loadMonth(day);
  }

  private chooseDay(day: string): void {
    this.selectedDay = day;
    this.slotGone = false;
    this.pendingFocus = '#slots-heading';
  }

  private renderSlots(topic: AppointmentTopic): TemplateResult {
    const slots = this.slotsOn(this.selectedDay);
    const first = slots[0] ? new Date(slots[0].start) : new Date(`${this.selectedDay}T12:00:00Z`);
    const showBerlin = differsFromBerlin(this.zone, first);
    return html`<div class="slots" part="slots">
      <div id="slots-heading" class="subheading" role="heading" aria-level=${this.level(1)} tabindex="-1">
        ${longDateInZone(first, this.zone, this.locale)}
      </div>
      ${
        slots.length === 0
          ? html`<p>${msg('An diesem Tag ist kein Termin mehr frei.', { id: 'appointments.slots.none' })}</p>`
          : html`<ul class="slot-list">
              ${slots.map((slot) => {
                const start = new Date(slot.start);
                const end = new Date(slot.end);
                return html`<li>
                  <button type="button" class="slot" data-start=${slot.start} @click=${() => this.chooseSlot(slot)}>
                    <span class="slot-time"
                      >${timeInZone(start, this.zone, this.locale)} – ${timeInZone(end, this.zone, this.locale)}</span
                    >
                    ${
                      showBerlin
                        ? html`<span class="slot-berlin"
                            >${msg(str`${timeInZone(start, BERLIN, this.locale)} Uhr in Berlin`, { id: 'appointments.slot.berlin' })}</span
                          >`
                        : nothing
                    }
                  </button>
                </li>`;
              })}
            </ul>`
      }
      <p class="hint">
        ${msg(str`Dauer: ${topic.durationMinutes} Minuten. Das Gespräch findet per Video statt.`, { id: 'appointments.slots.hint' })}
      </p>
    </div>`;
  }

  private chooseSlot(slot: AppointmentSlot): void {
    const topic = this.topic_;
    if (!this.values.language && topic) this.values = { ...this.values, language: this.defaultTalkLanguage(topic) };
    this.problem = undefined;
    this.slotGone = false;
    this.view = { kind: 'form', slot };
    this.pendingFocus = '#name';
  }

  private defaultTalkLanguage(topic: AppointmentTopic): string {
    return topic.languages.includes(this.locale) ? this.locale : (topic.languages[0] ?? 'de');
  }

  private renderWhen(slot: { start: string; end: string }): TemplateResult {
    const start = new Date(slot.start);
    const end = new Date(slot.end);
    return html`<p class="when">
      <strong>${appointmentTime(start, end, this.zone, this.locale)}</strong>
      ${
        differsFromBerlin(this.zone, start)
          ? html`<br /><span
                >${msg(str`In Berlin: ${longDateInZone(start, BERLIN, this.locale)}, ${timeInZone(start, BERLIN, this.locale)} Uhr`, { id: 'appointments.when.berlin' })}</span
              >`
          : nothing
      }
    </p>`;
  }

  private renderForm(slot: AppointmentSlot): TemplateResult {
    const topic = this.topic_;
    const { values, errors } = this;
    const languageNames = new Intl.DisplayNames([this.locale], { type: 'language' });
    const described = (field: BookingField, hint?: string) =>
      [hint, errors[field] ? `${field}-error` : ''].filter(Boolean).join(' ') || nothing;
    return html`<form part="form" novalidate @submit=${this.submit}>
      <div class="subheading" role="heading" aria-level=${this.level(1)}>
        ${msg('Ihr Termin', { id: 'appointments.form.heading' })}
      </div>
      <p>${topic?.title}</p>
      ${this.renderWhen(slot)}
      <button type="button" class="link-button" @click=${this.backToSlots}>
        ${msg('Andere Zeit wählen', { id: 'appointments.form.change' })}
      </button>

      <div class="field">
        <label for="name">${msg('Name', { id: 'appointments.name.label' })}</label>
        <input
          id="name"
          type="text"
          autocomplete="name"
          required
          maxlength="200"
          .value=${live(values.name)}
          aria-invalid=${errors.name ? 'true' : 'false'}
          aria-describedby=${described('name')}
          @input=${(e: Event) => this.patch({ name: (e.target as HTMLInputElement).value }, 'name')}
        />
        ${this.fieldError('name')}
      </div>
      <div class="field">
        <label for="email">${msg('E-Mail-Adresse', { id: 'appointments.email.label' })}</label>
        <input
          id="email"
          type="email"
          inputmode="email"
          autocomplete="email"
          spellcheck="false"
          dir="ltr"
          required
          maxlength="254"
          .value=${live(values.email)}
          aria-invalid=${errors.email ? 'true' : 'false'}
          aria-describedby=${described('email', 'email-hint')}
          @input=${(e: Event) => this.patch({ email: (e.target as HTMLInputElement).value }, 'email')}
        />
        <span id="email-hint" class="hint"
          >${msg('Dorthin senden wir die Bestätigung, den Videolink und den Link zum Absagen.', { id: 'appointments.email.hint' })}</span
        >
        ${this.fieldError('email')}
      </div>
      <div class="field">
        <label for="language">${msg('Sprache des Gesprächs', { id: 'appointments.language.label' })}</label>
        <select
          id="language"
          aria-invalid=${errors.language ? 'true' : 'false'}
          aria-describedby=${described('language')}
          @change=${(e: Event) => this.patch({ language: (e.target as HTMLSelectElement).value }, 'language')}
        >
          ${(topic?.languages ?? []).map((code) => html`<option value=${code} ?selected=${values.language === code}>${languageNames.of(code) ?? code}</option>`)}
        </select>
        ${this.fieldError('language')}
      </div>
      <div class="field">
        <label for="message">${msg('Ihre Frage (freiwillig)', { id: 'appointments.message.label' })}</label>
        <textarea
          id="message"
          rows="3"
          maxlength="2000"
          .value=${live(values.message)}
          aria-describedby=${described('message', 'message-hint')}
          @input=${(e: Event) => this.patch({ message: (e.target as HTMLTextAreaElement).value }, 'message')}
        ></textarea>
        <span id="message-hint" class="hint"
          >${msg('Damit wir uns vorbereiten können. Bitte keine Ausweisnummern oder Gesundheitsdaten.', { id: 'appointments.message.hint' })}</span
        >
        ${this.fieldError('message')}
      </div>
      ${honeypotField(values.website, (website) => this.patch({ website }))}
      <div class="choice consent">
        <input
          id="consent"
          type="checkbox"
          required
          .checked=${live(values.consent)}
          aria-invalid=${errors.consent ? 'true' : 'false'}
          aria-describedby=${described('consent')}
          @change=${(e: Event) => this.patch({ consent: (e.target as HTMLInputElement).checked }, 'consent')}
        />
        <label for="consent"
          >${msg('Ich bin einverstanden, dass der Landkreis meinen Namen, meine E-Mail-Adresse, die Sprache und meine Frage speichert, um den Termin durchzuführen. Nach dem Termin werden die Angaben gelöscht.', { id: 'appointments.consent' })}</label
        >
      </div>
      ${this.fieldError('consent')} ${privacyLink(this.privacyHref)}
      <div class="problem" role="alert">
        ${this.problem ? this.renderProblem(this.problem, () => void this.submit()) : nothing}
      </div>
      <button type="submit" class="primary" part="submit" aria-disabled=${this.submitting ? 'true' : 'false'}>
        ${this.submitting ? msg('Wird gebucht …', { id: 'appointments.submitting' }) : msg('Termin verbindlich buchen', { id: 'appointments.submit' })}
      </button>
    </form>`;
  }

  private fieldError(field: BookingField): TemplateResult | typeof nothing {
    const code = this.errors[field];
    return code
      ? html`<p id="${field}-error" class="error field-error">${bookingFieldError(field, code)}</p>`
      : nothing;
  }

  private patch(patch: Partial<BookingFormValues>, field?: BookingField): void {
    this.values = { ...this.values, ...patch };
    if (field && this.errors[field]) {
      const { [field]: _fixed, ...rest } = this.errors;
      this.errors = rest;
    }
  }

  private backToSlots = (): void => {
    this.view = { kind: 'pick' };
    this.pendingFocus = '#slots-heading';
  };

  private submit = async (event?: Event): Promise<void> => {
    event?.preventDefault();
    if (this.view.kind !== 'form' || this.submitting) return;
    const slot = this.view.slot;
    const mailLanguage: SupportedLocale = isSupportedLocale(this.values.language) ? this.values.language : this.locale;
    const validated = validateBooking(
      this.values,
      { topic: this.chosenTopic, start: slot.start },
      { timeZone: this.zone, mailLanguage, page: pageOfConsent(location.href) },
    );
    if (!validated.ok) {
      this.showFieldErrors(validated.errors);
      return;
    }
    if (!navigator.onLine) {
      this.problem = 'offline';
      return;
    }
    this.errors = {};
    this.problem = undefined;
    this.submitting = true;
    try {
      const booking = await book(this.client, validated.request);
      this.view = { kind: 'confirmed', booking };
      this.pendingFocus = '#outcome';
      this.values = { ...EMPTY_FORM };
      this.loadedMonth = '';
      this.emit<BookingConfirmedDetail>('welcome-booking-confirmed', {
        id: booking.id,
        topic: booking.topic,
        start: booking.start,
        end: booking.end,
      });
    } catch (error) {
      await this.handleBookingError(error);
    } finally {
      this.submitting = false;
    }
  };

  private async handleBookingError(error: unknown): Promise<void> {
    if (isApiError(error) && error.status === 409) {
      // Someone was faster: back to the day's refreshed times, with everything typed kept.
      this.slotGone = true;
      this.view = { kind: 'pick' };
      this.loadedMonth = '';
      await this.loadMonth(this.focusedDay);
      this.pendingFocus = '#slots-heading';
      return;
    }
    if (isApiError(error) && error.status === 422) {
      const known = Object.fromEntries(
        Object.entries(error.fieldCodes).filter(([f]) => (BOOKING_FIELDS as readonly string[]).includes(f)),
      ) as FieldErrors;
      if (Object.keys(known).length > 0) {
        this.showFieldErrors(known);
        return;
      }
      if (error.fieldCodes.start) {
        this.slotGone = true;
        this.view = { kind: 'pick' };
        this.loadedMonth = '';
        await this.loadMonth(this.focusedDay);
        return;
      }
    }
    this.problem = this.problemOf(error);
  }

  private showFieldErrors(errors: FieldErrors): void {
    this.errors = errors;
    const first = firstInvalidField(errors);
    if (first) this.pendingFocus = `#${first}`;
  }

  private renderConfirmed(booking: Booking): TemplateResult {
    const topic = this.topics.find((t) => t.id === booking.topic);
    return html`<div class="notice success-notice" part="status" role="status">
      <p id="outcome" class="outcome-title" tabindex="-1">
        ${msg('Ihr Termin ist gebucht.', { id: 'appointments.confirmed.title' })}
      </p>
      <p>${topic?.title}</p>
      ${this.renderWhen(booking)}
      <p>
        ${msg('Wir haben Ihnen eine Bestätigung mit dem Videolink und einem Link zum Absagen per E-Mail geschickt.', { id: 'appointments.confirmed.mail' })}
      </p>
      ${booking.videoUrl ? html`<p><a href=${booking.videoUrl} rel="noopener">${msg('Link zum Videogespräch', { id: 'appointments.confirmed.video' })}</a></p>` : nothing}
      <p class="confirm-actions">
        <a class="button-link" href=${icsUrl(this.api, booking.id, booking.cancelToken)} download="beratung.ics"
          >${msg('In den Kalender eintragen (.ics)', { id: 'appointments.confirmed.ics' })}</a
        >
        <button type="button" class="secondary" @click=${() => this.askCancel(booking)}>
          ${msg('Termin absagen', { id: 'appointments.confirmed.cancel' })}
        </button>
      </p>
    </div>`;
  }

  private askCancel(booking: Booking): void {
    this.keptBooking = booking;
    this.view = { kind: 'cancel-ask', id: booking.id, token: booking.cancelToken, fromLink: false };
    this.pendingFocus = '#cancel-title';
  }

  private renderCancel(view: Extract<View, { kind: 'cancel-ask' | 'cancel-failed' }>): TemplateResult {
    const failed = view.kind === 'cancel-failed';
    return html`<div
      class="notice ${failed ? 'error-notice' : ''}"
      part="status"
      role=${failed ? 'alert' : 'group'}
      aria-labelledby="cancel-title"
    >
      <p id="cancel-title" class="outcome-title" tabindex="-1">
        ${
          failed && view.problem === 'invalid'
            ? msg('Dieser Link zum Absagen ist ungültig oder der Termin ist schon abgesagt.', {
                id: 'appointments.cancel.invalid',
              })
            : msg('Möchten Sie Ihren Termin absagen?', { id: 'appointments.cancel.ask' })
        }
      </p>
      ${failed && view.problem !== 'invalid' ? html`<p>${problemText(view.problem)}</p>` : nothing}
      ${
        failed && view.problem === 'invalid'
          ? html`<button type="button" class="secondary" @click=${() => void this.start()}>
              ${msg('Neuen Termin wählen', { id: 'appointments.cancelled.again' })}
            </button>`
          : html`<p class="confirm-actions">
              <button
                type="button"
                class="primary"
                @click=${() => void this.cancel(view.id, view.token, view.fromLink)}
              >
                ${msg('Ja, absagen', { id: 'appointments.cancel.confirm' })}
              </button>
              ${view.fromLink ? nothing : html`<button type="button" class="secondary" @click=${this.keepBooking}>${msg('Nein, Termin behalten', { id: 'appointments.cancel.keep' })}</button>`}
            </p>`
      }
    </div>`;
  }

  private keepBooking = (): void => {
    if (this.keptBooking) this.view = { kind: 'confirmed', booking: this.keptBooking };
    this.pendingFocus = '#outcome';
  };

  private async cancel(id: string, token: string, fromLink: boolean): Promise<void> {
    try {
      await cancelBooking(this.client, id, token);
      this.view = { kind: 'cancelled' };
      this.pendingFocus = '#outcome';
      this.loadedMonth = '';
      this.emit<BookingCancelledDetail>('welcome-booking-cancelled', { id });
    } catch (error) {
      const invalid = isApiError(error) && (error.status === 404 || error.status === 422);
      this.view = { kind: 'cancel-failed', id, token, fromLink, problem: invalid ? 'invalid' : this.problemOf(error) };
      this.pendingFocus = '#cancel-title';
    }
  }
}

import { msg } from '@lit/localize';
import { LoadController, WelcomeElement, problemNotice } from '@welcome-widgets/core';
import {
  type AppointmentSlot,
  type AppointmentTopic,
  type AppointmentTopicsResponse,
  type BookingDetails,
  type HeldBooking,
} from '@welcome-widgets/domain';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { appointmentPickerStyles } from './appointment-picker.styles.js';
import { DEFAULT_HOLD_MINUTES, DEFAULT_MAX_OPEN_PER_ADDRESS, DEFAULT_RETENTION_DAYS } from './appointment-texts.js';
import { icsUrl, loadTopics } from './appointments-api.js';
import type { BookingFormValues } from './booking-form.js';
import type { BookingController } from './controllers/booking-controller.js';
import { CancelController } from './controllers/cancel-controller.js';
import { ConfirmController } from './controllers/confirm-controller.js';
import type { ReleaseController } from './controllers/release-controller.js';
import { SlotsController } from './controllers/slots-controller.js';
import { localeLoaders } from './generated/locale-loaders.js';
import { LazyPart } from './lazy/lazy-part.js';
import { parts } from './lazy/parts.js';
import { forgetBookingLink, linkParams, type BookingRef } from './link-params.js';
import type { BookingCancelledDetail, BookingConfirmedDetail, BookingHeldDetail } from './events.js';
import { bookStep } from './steps/book-step.js';
import { confirmingNotice, detailsLoadingNotice, partLoadingNotice } from './steps/loading-notices.js';
import { currentZoneId } from './time/zone-names.js';
import { detectTimeZone, isValidTimeZone } from './time/zones.js';
import { ZoneCombobox } from './ui/zone-combobox.js';

type ConfirmedView = { kind: 'confirmed'; booking: BookingDetails; ref: BookingRef };
type View =
  | { kind: 'book' }
  | { kind: 'form'; slot: AppointmentSlot }
  /** Booked from this page: the slot waits for the link in the mail. */
  | { kind: 'held'; booking: HeldBooking; email: string; sent: BookingFormValues }
  /** Opened from that link: confirming. */
  | { kind: 'confirm'; ref: BookingRef }
  | ConfirmedView
  /** `back`: where "keep it" returns to: the confirmation just shown, or the room view. */
  | { kind: 'cancel'; ref: BookingRef; back: ConfirmedView | 'room' }
  | { kind: 'room'; ref: BookingRef };

/** Where the focus goes when an outcome's part arrives after "Try again" (or the button again, if it failed again). */
const OUTCOME_FOCUS = '#outcome, #cancel-question, #room-lead, .retry';
/** The form's first field once its part is there; "Try again" while it could not be fetched. */
const FORM_FOCUS = '#name, .retry';

/**
 * Book a virtual consultation: a topic, a day with free slots, a time shown in the viewer's
 * time zone (with Berlin time beside it), a short form; the time is then held until the person
 * confirms it with the link in the mail (`?appointment=&appointment-confirm=`), which opens the
 * confirmation with a calendar file. The links in the confirmation mail open the room view
 * (`?appointment=&appointment-room=`: when, the video link, how to prepare) and the cancel view
 * (`?appointment=&appointment-cancel=`).
 *
 * @tagname welcome-appointment-picker
 * @summary Appointment picker and booking for virtual consultations.
 * @event {CustomEvent<BookingHeldDetail>} welcome-booking-held - A time was booked and is held until confirmed by mail. `detail: { id, topic, start, end, holdExpiresAt }`, never personal data.
 * @event {CustomEvent<BookingConfirmedDetail>} welcome-booking-confirmed - A booking was confirmed with the link in the mail. `detail: { id, topic, start, end }`, never personal data.
 * @event {CustomEvent<BookingCancelledDetail>} welcome-booking-cancelled - A booking was cancelled, or a hold released to correct its address. `detail: { id }`
 * @csspart base - The widget's outer section.
 * @csspart heading - The heading.
 * @csspart calendar - The month grid.
 * @csspart slots - The list of times of the chosen day.
 * @csspart form - The booking form.
 * @csspart submit - The booking button.
 * @csspart status - Outcome and error messages.
 * @cssproperty --welcome-color-warning - Border and tint of warnings such as "this time was just taken" (default #8a5300).
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

  @state() private view: View = { kind: 'book' };
  @state() private chosenTopic = '';
  @state() private zoneOverride = '';
  @state() private slotGone = false;

  private topicFromLink = '';
  private linkRead = false;
  /** The last topics seen, for durations and languages while titles reload in a new language. */
  private knownTopics: readonly AppointmentTopic[] = [];
  private pendingFocus?: { selector: string; view: View };

  /** Topic titles follow `api` and the language; an answer in the old language never shows. */
  private readonly topics = new LoadController<AppointmentTopicsResponse, readonly []>(this, {
    args: () => [] as const,
    task: (_, { client, locale, signal }) => loadTopics(client, locale, signal),
    onComplete: (answer) => this.topicsArrived(answer.topics),
  });

  private readonly slots = new SlotsController(this, {
    topic: () => this.chosenTopic,
    zone: () => this.zone,
  });

  /** The booking form's part (fetched while the times are on screen) and, once it is there, its controller. */
  private readonly bookingPart = new LazyPart(this, parts.booking, ({ BookingController }) => {
    this.booking = new BookingController(this, {
      onHeld: (booking, email, sent) => this.held(booking, email, sent),
      onSlotGone: () => this.slotTaken(),
      // Never hold a time the widget could not then show as held.
      ready: () => this.outcomePart.load(),
    });
    if (this.view.kind === 'form') this.booking.prepare(this.topicInfo(this.chosenTopic)?.languages ?? []);
  });

  private booking?: BookingController;

  /** Held, confirmed, cancel and room views: fetched while the form is on screen, or at once for a mail's link. */
  private readonly outcomePart = new LazyPart(this, parts.outcome, ({ ReleaseController }) => {
    this.release = new ReleaseController(this, { onReleased: (booking) => this.released(booking) });
  });

  private release?: ReleaseController;

  private readonly confirmation = new ConfirmController(this, {
    onConfirmed: (details, ref) => this.confirmed(details, ref),
  });

  private readonly cancel = new CancelController(this, {
    onCancelled: (id) => this.emit<BookingCancelledDetail>('welcome-booking-cancelled', { id }),
  });

  private readonly zonePicker = new ZoneCombobox(this, {
    zone: () => this.zone,
    locale: () => this.locale,
    onChange: (zone) => {
      this.zoneOverride = zone;
    },
  });

  /** The zone times are shown in: the person's choice, the attribute, or the browser's; under its current name. */
  private get zone(): string {
    for (const candidate of [this.zoneOverride, this.timezone])
      if (candidate && isValidTimeZone(candidate)) return currentZoneId(candidate);
    return currentZoneId(detectTimeZone());
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.linkRead) return;
    this.linkRead = true;
    const link = linkParams(location.href);
    this.topicFromLink = link.topic ?? '';
    if (link.confirm ?? link.cancel ?? link.room) this.outcomePart.start(); // beside the request, not after it
    if (link.confirm) {
      forgetBookingLink();
      this.view = { kind: 'confirm', ref: link.confirm };
      // After the first render: `api` and `apiFetch` are set by then, whatever order the page used.
      const ref = link.confirm;
      void this.updateComplete.then(() => this.confirmation.confirm(ref)).then(() => this.focusAfterRender('#outcome'));
      return;
    }
    const opened = link.cancel ?? link.room;
    if (!opened) return;
    forgetBookingLink();
    this.cancel.open(opened);
    this.view = link.cancel ? { kind: 'cancel', ref: opened, back: 'room' } : { kind: 'room', ref: opened };
  }

  /** A page (a CMS, a framework) may set `topic` after the topics arrived: the picker follows it. */
  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!changed.has('topic') || !this.topicInfo(this.topic)) return;
    this.chosenTopic = this.topic;
    this.slotGone = false;
  }

  protected override updated(): void {
    this.preloadParts();
    const pending = this.pendingFocus;
    if (!pending) return;
    if (pending.view !== this.view) {
      this.pendingFocus = undefined;
      return;
    }
    const target = this.renderRoot.querySelector<HTMLElement>(pending.selector);
    if (!target) return; // still loading: focus it when it appears
    this.pendingFocus = undefined;
    target.focus();
  }

  /** What the person may want next is fetched while they look at what they have. */
  private preloadParts(): void {
    if (this.view.kind === 'book' && this.slots.load.status === 'complete') {
      this.bookingPart.preload();
      this.zonePicker.preload();
    }
    if (this.view.kind === 'form' && this.booking) this.outcomePart.preload();
  }

  private focusAfterRender(selector: string): void {
    this.pendingFocus = { selector, view: this.view };
    this.requestUpdate();
  }

  private topicsArrived(topics: AppointmentTopic[]): void {
    this.knownTopics = topics;
    if (topics.some((t) => t.id === this.chosenTopic)) return;
    const wanted = [this.topic, this.topicFromLink].find((id) => id && topics.some((t) => t.id === id));
    this.chosenTopic = wanted ?? (topics.length === 1 ? topics[0]!.id : '');
  }

  /** A topic's title in the widget's current language; undefined while titles (re)load. */
  private titleOf(id: string): string | undefined {
    return this.topics.value?.topics.find((t) => t.id === id)?.title;
  }

  private topicInfo(id: string): AppointmentTopic | undefined {
    return this.knownTopics.find((t) => t.id === id);
  }

  private level(depth: number): number {
    return Math.min(6, Math.max(1, Math.round(this.headingLevel) || 2) + depth);
  }

  protected override render(): TemplateResult {
    const loading =
      (this.view.kind === 'book' && this.topics.status === 'pending' && !this.knownTopics.length) ||
      ((this.view.kind === 'cancel' || this.view.kind === 'room') && this.cancel.details.pending) ||
      (this.view.kind === 'confirm' && this.confirmation.sending) ||
      this.partMissing();
    return html`
      <section
        class="root ${loading ? 'loading' : ''}"
        part="base"
        dir=${this.textDir}
        lang=${this.locale}
        aria-labelledby="heading"
      >
        <div id="heading" class="heading" part="heading" role="heading" aria-level=${this.level(0)} tabindex="-1">
          ${this.heading()}
        </div>
        ${this.renderView()}
      </section>
    `;
  }

  private heading(): string {
    switch (this.view.kind) {
      case 'cancel':
        return msg('Termin absagen', { id: 'appointments.cancel.heading' });
      case 'confirm':
        return msg('Termin bestätigen', { id: 'appointments.confirm.heading' });
      case 'room':
      case 'confirmed':
        return msg('Ihr Beratungstermin', { id: 'appointments.room.heading' });
      default:
        return msg('Beratungstermin buchen', { id: 'appointments.heading' });
    }
  }

  /** The view's part is on its way (not failed). */
  private partMissing(): boolean {
    const part =
      this.view.kind === 'book' ? undefined : this.view.kind === 'form' ? this.bookingPart : this.outcomePart;
    return Boolean(part && !part.value && !part.problem);
  }

  /** A view whose part is not there yet: its loading line, or why it could not be fetched, with "Try again". */
  private partState(part: Pick<LazyPart<unknown>, 'problem' | 'start'>, focus: string): TemplateResult {
    if (part.problem) {
      return problemNotice(part.problem, {
        locale: this.locale,
        retry: () => {
          part.start();
          this.focusAfterRender(focus);
        },
      });
    }
    const kind = this.view.kind;
    if (kind === 'confirm') return confirmingNotice();
    return kind === 'cancel' || kind === 'room' ? detailsLoadingNotice() : partLoadingNotice();
  }

  private renderView(): TemplateResult | typeof nothing {
    const view = this.view;
    if (view.kind === 'book') return this.renderBook();
    if (view.kind === 'form') return this.renderForm(view.slot);
    const outcome = this.outcomePart.value;
    if (!outcome) return this.partState(this.outcomePart, OUTCOME_FOCUS);
    const { heldStep, confirmStep, confirmedStep, cancelStep, roomStep } = outcome;
    const common = { zone: this.zone, locale: this.locale, onNew: this.startOver, topicsPending: this.topics.pending };
    switch (view.kind) {
      case 'held': {
        // Made with the part, before it renders.
        const release = this.release!;
        return heldStep({
          booking: view.booking,
          email: view.email,
          holdMinutes: this.topics.value?.holdMinutes ?? DEFAULT_HOLD_MINUTES,
          topicTitle: this.titleOf(view.booking.topic),
          zone: this.zone,
          locale: this.locale,
          release,
          onChangeAddress: () => void release.release(view.booking),
        });
      }
      case 'confirm':
        return confirmStep({ confirm: this.confirmation, locale: this.locale, onNew: this.startOver });
      case 'confirmed':
        return confirmedStep({
          ...common,
          booking: view.booking,
          topicTitle: this.titleOf(view.booking.topic),
          icsHref: icsUrl(this.api, view.ref),
          onCancel: () => this.askCancel(view.ref, view),
        });
      case 'cancel':
        return cancelStep({
          ...common,
          cancel: this.cancel,
          topicTitle: (id) => this.titleOf(id),
          onConfirm: () => void this.confirmCancel(),
          onKeep: () => this.keep(view),
        });
      case 'room':
        return roomStep({
          ...common,
          cancel: this.cancel,
          topicTitle: (id) => this.titleOf(id),
          icsHref: icsUrl(this.api, view.ref),
          headingLevel: this.level(1),
          onCancel: () => this.askCancel(view.ref, 'room'),
        });
    }
  }

  private renderBook(): TemplateResult {
    const topics = this.topics;
    if (topics.status === 'error')
      return problemNotice(topics.problem ?? 'server', { locale: this.locale, retry: () => topics.run() });
    return bookStep({
      topics: topics.value?.topics,
      topic: this.topicInfo(this.chosenTopic),
      fixed: Boolean(this.topic && this.topic === this.chosenTopic),
      slots: this.slots,
      zone: this.zone,
      locale: this.locale,
      rtl: this.textDir === 'rtl',
      zonePicker: this.zonePicker,
      slotGone: this.slotGone,
      headingLevel: this.level(1),
      onChooseTopic: (id) => {
        this.chosenTopic = id;
        this.slotGone = false;
      },
      onFocusDay: (day) => {
        this.slots.moveFocus(day);
        this.focusAfterRender(`button[data-day="${day}"]`);
      },
      onChooseDay: (day) => {
        this.slots.choose(day);
        this.slotGone = false;
        this.focusAfterRender('#slots-heading');
      },
      onChooseSlot: (slot) => this.chooseSlot(slot),
    });
  }

  private renderForm(slot: AppointmentSlot): TemplateResult {
    const booking = this.booking;
    const part = this.bookingPart.value;
    if (!part || !booking) return this.partState(this.bookingPart, FORM_FOCUS);
    const info = this.topicInfo(this.chosenTopic);
    return part.formStep({
      booking,
      slot,
      topicTitle: this.titleOf(this.chosenTopic),
      languages: info?.languages ?? [],
      zone: this.zone,
      locale: this.locale,
      retentionDays: this.topics.value?.retentionDays ?? DEFAULT_RETENTION_DAYS,
      maxOpenPerAddress: this.topics.value?.maxOpenPerAddress ?? DEFAULT_MAX_OPEN_PER_ADDRESS,
      privacyHref: this.privacyHref,
      headingLevel: this.level(1),
      onBack: () => {
        this.view = { kind: 'book' };
        this.focusAfterRender('#slots-heading');
      },
      onSubmit: () => void booking.submit(slot, { topic: this.chosenTopic, zone: this.zone }),
    });
  }

  private chooseSlot(slot: AppointmentSlot): void {
    // Without the part yet (its idle fetch unfinished or failed): fetched now, prepared when it arrives.
    if (this.booking) this.booking.prepare(this.topicInfo(this.chosenTopic)?.languages ?? []);
    else this.bookingPart.start();
    this.slotGone = false;
    this.view = { kind: 'form', slot };
    this.focusAfterRender(FORM_FOCUS);
  }

  /** Booked: the time is held until the link in the mail confirms it. */
  private held(booking: HeldBooking, email: string, sent: BookingFormValues): void {
    this.release?.clear();
    this.view = { kind: 'held', booking, email, sent };
    this.focusAfterRender('#outcome');
    this.emit<BookingHeldDetail>('welcome-booking-held', {
      id: booking.id,
      topic: booking.topic,
      start: booking.start,
      end: booking.end,
      holdExpiresAt: booking.holdExpiresAt,
    });
  }

  /** The mistyped address's hold is released: the form as sent, the address to correct focused. */
  private released(booking: HeldBooking): void {
    const view = this.view;
    if (view.kind !== 'held' || view.booking.id !== booking.id) return;
    this.emit<BookingCancelledDetail>('welcome-booking-cancelled', { id: booking.id });
    this.booking?.restore(view.sent);
    this.view = { kind: 'form', slot: { start: booking.start, end: booking.end } };
    this.focusAfterRender('#email');
  }

  /** The link in the mail confirmed it (now or by an earlier click): the confirmed view. */
  private confirmed(booking: BookingDetails, ref: BookingRef): void {
    this.view = { kind: 'confirmed', booking, ref };
    this.focusAfterRender('#outcome');
    this.emit<BookingConfirmedDetail>('welcome-booking-confirmed', {
      id: booking.id,
      topic: booking.topic,
      start: booking.start,
      end: booking.end,
    });
  }

  /** Someone was faster: back to the day's refreshed times, with everything typed kept. */
  private slotTaken(): void {
    this.slotGone = true;
    this.view = { kind: 'book' };
    this.slots.refresh();
    this.focusAfterRender('#slot-gone');
  }

  private askCancel(ref: BookingRef, back: ConfirmedView | 'room'): void {
    this.cancel.open(ref);
    this.view = { kind: 'cancel', ref, back };
    this.focusAfterRender('#cancel-question, #outcome');
  }

  private async confirmCancel(): Promise<void> {
    await this.cancel.cancel();
    // Every outcome is focused; a passing problem is an alert that keeps the buttons.
    if (this.cancel.outcome) this.focusAfterRender('#outcome');
  }

  private keep(view: Extract<View, { kind: 'cancel' }>): void {
    this.view = view.back === 'room' ? { kind: 'room', ref: view.ref } : view.back;
    this.focusAfterRender(view.back === 'room' ? '#room-lead' : '#outcome');
  }

  /** "Choose a new appointment": the booking steps afresh, with the times as they are now. */
  private startOver = (): void => {
    this.cancel.close();
    this.slotGone = false;
    this.view = { kind: 'book' };
    this.slots.restart();
    this.slots.refresh();
    this.focusAfterRender('#heading');
  };
}

import { FormController, isApiError, type ApiClient, type FormHost } from '@welcome-widgets/core';
import {
  isSupportedLocale,
  type AppointmentSlot,
  type HeldBooking,
  type SupportedLocale,
} from '@welcome-widgets/domain';
import { book } from '../appointments-api.js';
import {
  BOOKING_FIELDS,
  emptyForm,
  pageOfConsent,
  validateBooking,
  type BookingField,
  type BookingFormValues,
} from '../booking-form.js';

export interface BookingHost extends FormHost {
  readonly client: ApiClient;
  readonly locale: SupportedLocale;
}

export interface BookingOptions {
  /** The slot is held: say where the confirm link went (`email`, as typed); `sent`: the form as sent. */
  onHeld: (booking: HeldBooking, email: string, sent: BookingFormValues) => void;
  /** Someone was faster (409), or the time is no longer bookable: back to the refreshed times. */
  onSlotGone: () => void;
  /**
   * What must be there before the time is held (the part that shows the held time): a failure
   * to get it is a problem of the form, before anything is sent, and the typed values stay.
   */
  ready?: () => Promise<unknown>;
}

/**
 * The booking form: what the person typed (kept through a taken slot, a lost connection and every
 * error), the contract's checks before sending, and the outcomes of sending.
 */
export class BookingController {
  readonly form: FormController<BookingFormValues, BookingField>;

  constructor(
    private readonly host: BookingHost,
    private readonly options: BookingOptions,
  ) {
    this.form = new FormController(host, { initial: emptyForm, fields: BOOKING_FIELDS });
  }

  /** Suggests the talk in the widget's language when the topic offers it. */
  prepare(languages: readonly string[]): void {
    if (this.form.values.language && languages.includes(this.form.values.language)) return;
    const language = languages.includes(this.host.locale) ? this.host.locale : (languages[0] ?? 'de');
    this.form.set({ language });
    this.form.clearProblem();
  }

  async submit(slot: AppointmentSlot, context: { topic: string; zone: string }): Promise<void> {
    const values = this.form.values;
    const mailLanguage: SupportedLocale = isSupportedLocale(values.language) ? values.language : this.host.locale;
    const validated = validateBooking(
      values,
      { topic: context.topic, start: slot.start },
      { timeZone: context.zone, mailLanguage, page: pageOfConsent(location.href) },
    );
    if (!validated.ok) {
      this.form.showErrors(validated.errors);
      return;
    }
    let booking: HeldBooking | undefined;
    await this.form.submit(
      async () => {
        await this.options.ready?.();
        booking = await book(this.host.client, validated.request);
      },
      (error) => this.claimSlotGone(error),
    );
    if (!booking) return;
    const email = validated.request.email;
    this.form.reset();
    this.options.onHeld(booking, email, values);
  }

  /** Back to the form as it was sent (after releasing a hold whose address was mistyped). */
  restore(values: BookingFormValues): void {
    this.form.set(values);
    this.form.clearProblem();
  }

  private claimSlotGone(error: unknown): boolean {
    const gone =
      isApiError(error) &&
      (error.status === 409 ||
        (error.status === 422 &&
          error.fieldCodes.start !== undefined &&
          !BOOKING_FIELDS.some((f) => error.fieldCodes[f])));
    if (gone) this.options.onSlotGone();
    return gone;
  }
}

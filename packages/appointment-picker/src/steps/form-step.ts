import { msg } from '@lit/localize';
import { consentField, honeypotField, problemNotice, selectField, textField } from '@welcome-widgets/core';
import { type AppointmentSlot, type SupportedLocale } from '@welcome-widgets/domain';
import { html, nothing, type TemplateResult } from 'lit';
import { bookingFieldError, consentText } from '../booking/booking-texts.js';
import type { BookingController } from '../controllers/booking-controller.js';
import { bookingSummary } from './when.js';

export interface FormStepOptions {
  booking: BookingController;
  slot: AppointmentSlot;
  topicTitle: string | undefined;
  /** The languages the topic's talks are held in. */
  languages: readonly string[];
  zone: string;
  locale: SupportedLocale;
  retentionDays: number;
  /** Open bookings one address may have, for the error when it has them all. */
  maxOpenPerAddress: number;
  privacyHref: string;
  headingLevel: number;
  onBack: () => void;
  onSubmit: () => void;
}

/** "Your appointment": the chosen time and the few details the county needs to hold it. */
export function formStep(o: FormStepOptions): TemplateResult {
  const form = o.booking.form;
  // Talks are also held in languages beyond the seven of the UI (French): named in the widget's language.
  const names = new Intl.DisplayNames([o.locale], { type: 'language' });
  const limits = { maxOpenPerAddress: o.maxOpenPerAddress, locale: o.locale };
  const errorText = (field: Parameters<typeof bookingFieldError>[0]) => (code: string) =>
    bookingFieldError(field, code, limits);
  return html`<form
    part="form"
    novalidate
    @submit=${(event: Event) => {
      event.preventDefault();
      o.onSubmit();
    }}
  >
    <div class="subheading" role="heading" aria-level=${o.headingLevel}>
      ${msg('Ihr Termin', { id: 'appointments.form.heading' })}
    </div>
    ${bookingSummary(o.slot, o.topicTitle, o.zone, o.locale)}
    <button type="button" class="link-button" @click=${o.onBack}>
      ${msg('Andere Zeit wählen', { id: 'appointments.form.change' })}
    </button>
    ${textField(form, 'name', {
      label: msg('Name', { id: 'appointments.name.label' }),
      autocomplete: 'name',
      required: true,
      maxlength: 200,
      errorText: errorText('name'),
    })}
    ${textField(form, 'email', {
      label: msg('E-Mail-Adresse', { id: 'appointments.email.label' }),
      hint: msg(
        'Dorthin senden wir den Link, mit dem Sie den Termin bestätigen, danach den Videolink und den Link zum Absagen.',
        {
          id: 'appointments.email.hint-confirm',
        },
      ),
      type: 'email',
      inputmode: 'email',
      autocomplete: 'email',
      required: true,
      maxlength: 254,
      ltr: true,
      errorText: errorText('email'),
    })}
    ${selectField(form, 'language', {
      label: msg('Sprache des Gesprächs', { id: 'appointments.language.label' }),
      options: o.languages.map((code) => ({ value: code, label: names.of(code) ?? code })),
      errorText: errorText('language'),
    })}
    ${textField(form, 'message', {
      label: msg('Ihre Frage (freiwillig)', { id: 'appointments.message.label' }),
      hint: msg('Damit wir uns vorbereiten können. Bitte keine Ausweisnummern oder Gesundheitsdaten.', {
        id: 'appointments.message.hint',
      }),
      rows: 3,
      maxlength: 2000,
      errorText: errorText('message'),
    })}
    ${honeypotField(form.values.website, (website) => form.set({ website }))}
    ${consentField(form, 'consent', {
      text: consentText(o.retentionDays, o.locale),
      errorText: errorText('consent'),
      privacyHref: o.privacyHref,
    })}
    <div class="problem">
      ${
        form.problem
          ? problemNotice(form.problem, {
              locale: o.locale,
              retry: o.onSubmit,
              keepsInput: true,
              retryAt: form.retryAt,
            })
          : nothing
      }
    </div>
    <button type="submit" class="primary" part="submit" aria-disabled=${form.submitting ? 'true' : 'false'}>
      ${
        form.submitting
          ? msg('Wird gebucht …', { id: 'appointments.submitting' })
          : msg('Termin verbindlich buchen', { id: 'appointments.submit' })
      }
    </button>
  </form>`;
}

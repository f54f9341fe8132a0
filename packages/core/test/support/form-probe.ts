import { html, type TemplateResult } from 'lit';
import * as z from 'zod/mini';
import { NEWSLETTER_CONSENT_VERSION, WIDGETS_VERSION } from '@welcome-widgets/domain';
import { WelcomeElement } from '../../src/element/welcome-element.js';
import { FormController } from '../../src/form/form-controller.js';
import { consentField, formProblem, selectField, textField } from '../../src/form/form-fields.js';
import { honeypotField } from '../../src/ui/form-parts.js';
import { formStyles } from '../../src/theme/form-styles.js';
import { baseStyles } from '../../src/theme/base-styles.js';

/**
 * A newsletter form built only from core's form layer, sent to the real server without the
 * widget's own checks, so the server's 422 is what maps onto the fields.
 */
export class FormProbe extends WelcomeElement {
  static override styles = [baseStyles, formStyles];

  sent = 0;

  readonly form = new FormController(this, {
    initial: () => ({ email: '', language: 'de', note: '', consent: false, website: '' }),
    fields: ['email', 'language', 'note', 'consent'] as const,
  });

  async send(): Promise<boolean> {
    const { email, language, consent, website } = this.form.values;
    return this.form.submit(async () => {
      await this.client.post(
        'v1/newsletter/subscriptions',
        {
          email,
          topics: ['events'],
          language,
          consent,
          consentVersion: NEWSLETTER_CONSENT_VERSION,
          website,
          page: location.origin + location.pathname,
          widgetVersion: WIDGETS_VERSION,
        },
        z.object({ status: z.string() }),
      );
      this.sent++;
    });
  }

  protected override render(): TemplateResult {
    const form = this.form;
    return html`<form
      dir=${this.textDir}
      novalidate
      @submit=${(event: Event) => {
        event.preventDefault();
        void this.send();
      }}
    >
      ${textField(form, 'email', {
        label: 'E-Mail-Adresse',
        hint: 'Für die Bestätigung.',
        type: 'email',
        autocomplete: 'email',
        ltr: true,
        errorText: (code) => `email:${code}`,
      })}
      ${selectField(form, 'language', {
        label: 'Sprache',
        options: [
          { value: 'de', label: 'Deutsch', lang: 'de' },
          { value: 'ar', label: 'العربية', lang: 'ar' },
        ],
        errorText: (code) => `language:${code}`,
      })}
      ${textField(form, 'note', { label: 'Notiz', rows: 2, errorText: (code) => `note:${code}` })}
      ${honeypotField(form.values.website, (website) => form.set({ website }))}
      ${consentField(form, 'consent', {
        text: 'Ich bin einverstanden.',
        errorText: (code) => `consent:${code}`,
        privacyHref: '/datenschutz',
      })}
      ${formProblem(form, { locale: this.locale, retry: () => void this.send() })}
      <button type="submit" class="primary">Senden</button>
    </form>`;
  }
}
customElements.define('welcome-form-probe', FormProbe);

import { msg } from '@lit/localize';
import { FormController, formProblem, isApiError, textField } from '@welcome-widgets/core';
import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { fieldErrorText, viewTitle } from '../admin-texts.js';
import { checkLogin, type LoginValues } from '../console-forms.js';
import { ConsoleView } from './console-view.js';
import { passwordField, submitButton } from './password-fields.js';
import { viewStyles } from './view-styles.js';

const FIELDS = ['email', 'password'] as const;

/** Why the sign-in is shown: the person came here, or a session just ended. */
export type SignInReason = 'start' | 'expired' | 'logged-out' | 'logged-out-everywhere';

/** Sign-in with e-mail address and password; one answer for every failure, as the server gives it. */
export class AdminLoginView extends ConsoleView {
  static override styles = viewStyles;

  @property({ attribute: false }) reason: SignInReason = 'start';

  @state() private failed = false;

  private readonly form = new FormController<LoginValues, (typeof FIELDS)[number]>(this, {
    initial: () => ({ email: '', password: '' }),
    fields: FIELDS,
  });

  protected override render(): TemplateResult {
    const form = this.form;
    const errorText = (field: (typeof FIELDS)[number]) => (code: string) => fieldErrorText(field, code);
    return html`
      <h1 tabindex="-1">${viewTitle('login')}</h1>
      ${this.renderReason()}
      <form novalidate @submit=${this.submit}>
        ${textField(form, 'email', {
          label: msg('E-Mail-Adresse', { id: 'admin.field.email' }),
          type: 'email',
          inputmode: 'email',
          autocomplete: 'username',
          ltr: true,
          required: true,
          maxlength: 254,
          errorText: errorText('email'),
        })}
        ${passwordField(form, 'password', {
          label: msg('Passwort', { id: 'admin.field.password' }),
          autocomplete: 'current-password',
          errorText: errorText('password'),
        })}
        <div class="status" role="alert">
          ${
            this.failed
              ? html`<p class="notice error-notice">
                  ${msg('Die E-Mail-Adresse oder das Passwort stimmt nicht, oder das Konto ist gesperrt.', {
                    id: 'admin.login.failed',
                  })}
                </p>`
              : nothing
          }
        </div>
        ${formProblem(form, { locale: this.locale, retry: () => void this.submit() })}
        ${submitButton(
          form,
          msg('Anmelden', { id: 'admin.login.submit' }),
          msg('Wird angemeldet …', { id: 'admin.login.submitting' }),
        )}
      </form>
    `;
  }

  private renderReason(): TemplateResult | typeof nothing {
    switch (this.reason) {
      case 'start':
        return nothing;
      case 'expired':
        return html`<p class="notice" role="status">
          ${msg('Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an; Ihre Eingaben bleiben erhalten.', {
            id: 'admin.login.expired',
          })}
        </p>`;
      case 'logged-out':
        return html`<p class="notice success-notice" role="status">
          ${msg('Sie haben sich abgemeldet.', { id: 'admin.login.logged-out' })}
        </p>`;
      case 'logged-out-everywhere':
        return html`<p class="notice success-notice" role="status">
          ${msg('Sie haben sich auf allen Geräten abgemeldet.', { id: 'admin.login.logged-out-everywhere' })}
        </p>`;
    }
  }

  private submit = async (event?: Event): Promise<void> => {
    event?.preventDefault();
    if (this.form.submitting) return;
    this.failed = false;
    const checked = checkLogin(this.form.values);
    if (!checked.ok) {
      this.form.showErrors(checked.errors);
      return;
    }
    const sent = await this.form.submit(
      async () => {
        await this.admin.login({ email: checked.value.email.trim(), password: checked.value.password });
      },
      (error) => {
        if (!isApiError(error) || error.code !== 'login_failed') return false;
        this.failed = true;
        // The password is typed again; the address stays.
        this.form.set({ password: '' });
        return true;
      },
    );
    // The address stays for signing in again after the session lapsed; the password never does.
    if (sent) this.form.set({ password: '' });
  };
}

import { msg } from '@lit/localize';
import { FormController, formProblem, isApiError, problemNotice, problemOf, type Problem } from '@welcome-widgets/core';
import { html, nothing, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { isSessionLost } from '../admin-api.js';
import { fieldErrorText, roleLabel, viewTitle } from '../admin-texts.js';
import { checkNewPassword } from '../console-forms.js';
import { ConsoleView } from './console-view.js';
import { newPasswordFields, passwordField, submitButton } from './password-fields.js';
import { viewStyles } from './view-styles.js';

const FIELDS = ['currentPassword', 'newPassword', 'repeatPassword'] as const;

interface PasswordValues {
  currentPassword: string;
  newPassword: string;
  repeatPassword: string;
}

/**
 * The signed-in person's own account: who they are, a new password (which ends their other
 * sessions), and signing out on every device.
 */
export class AdminAccountView extends ConsoleView {
  static override styles = viewStyles;

  @state() private changed = false;
  @state() private logoutProblem?: Problem;

  private readonly form = new FormController<PasswordValues, (typeof FIELDS)[number]>(this, {
    initial: () => ({ currentPassword: '', newPassword: '', repeatPassword: '' }),
    fields: FIELDS,
  });

  protected override render(): TemplateResult {
    const user = this.session?.user;
    return html`<h1 tabindex="-1">${viewTitle('account')}</h1>
      ${
        user
          ? html`<dl class="facts">
              <dt>${msg('Name', { id: 'admin.field.name' })}</dt>
              <dd>${user.name}</dd>
              <dt>${msg('E-Mail-Adresse', { id: 'admin.field.email' })}</dt>
              <dd dir="ltr">${user.email}</dd>
              <dt>${msg('Rolle', { id: 'admin.field.role' })}</dt>
              <dd>${roleLabel(user.role)}</dd>
            </dl>`
          : nothing
      }
      <h2 id="password-heading">${msg('Passwort ändern', { id: 'admin.password.heading' })}</h2>
      ${this.renderPasswordForm()}
      <h2>${msg('Überall abmelden', { id: 'admin.logout-everywhere.heading' })}</h2>
      <p>
        ${msg('Beendet Ihre Sitzungen auf allen Geräten und in allen Browsern, auch diese hier.', {
          id: 'admin.logout-everywhere.text',
        })}
      </p>
      <div class="problem" role="alert">
        ${this.logoutProblem ? problemNotice(this.logoutProblem, { locale: this.locale, announce: false }) : nothing}
      </div>
      <button type="button" class="secondary" @click=${this.logoutEverywhere}>
        ${msg('Überall abmelden', { id: 'admin.logout-everywhere.submit' })}
      </button>`;
  }

  private renderPasswordForm(): TemplateResult {
    const form = this.form;
    const errorText = (field: (typeof FIELDS)[number]) => (code: string) => fieldErrorText(field, code);
    return html`<form novalidate @submit=${this.submit} aria-labelledby="password-heading">
      ${passwordField(form, 'currentPassword', {
        label: msg('Bisheriges Passwort', { id: 'admin.field.current-password' }),
        autocomplete: 'current-password',
        errorText: errorText('currentPassword'),
      })}
      ${newPasswordFields(form, { password: 'newPassword', repeat: 'repeatPassword' }, errorText)}
      <div class="status" role="status">
        ${
          this.changed
            ? html`<p class="notice success-notice">
                ${msg('Ihr Passwort ist geändert. Ihre Sitzungen auf anderen Geräten sind beendet.', {
                  id: 'admin.password.changed',
                })}
              </p>`
            : nothing
        }
      </div>
      ${formProblem(form, { locale: this.locale, retry: () => void this.submit() })}
      ${submitButton(
        form,
        msg('Passwort ändern', { id: 'admin.password.submit' }),
        msg('Wird gespeichert …', { id: 'admin.saving' }),
      )}
    </form>`;
  }

  private submit = async (event?: Event): Promise<void> => {
    event?.preventDefault();
    if (this.form.submitting) return;
    this.changed = false;
    const { currentPassword, newPassword, repeatPassword } = this.form.values;
    const checked = checkNewPassword(newPassword, repeatPassword, 'newPassword');
    const errors = checked.ok ? {} : { ...checked.errors };
    if (!currentPassword) errors.currentPassword = 'required';
    if (Object.keys(errors).length) {
      this.form.showErrors(errors);
      return;
    }
    const sent = await this.form.submit(
      () => this.admin.changePassword({ currentPassword, newPassword }),
      (error) => {
        if (isSessionLost(error)) return true;
        // A wrong current password is the person's input, not a failure of the service.
        if (isApiError(error) && error.code === 'login_failed') {
          this.form.showErrors({ currentPassword: 'invalid' });
          return true;
        }
        return false;
      },
    );
    if (!sent) return;
    this.form.reset();
    this.changed = true;
  };

  // The console hears of the ended session from the API client and shows the sign-in.
  private logoutEverywhere = async (): Promise<void> => {
    this.logoutProblem = undefined;
    try {
      await this.admin.logout(true);
    } catch (error) {
      if (!isSessionLost(error)) this.logoutProblem = problemOf(error);
    }
  };
}

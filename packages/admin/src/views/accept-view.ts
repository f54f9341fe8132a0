import { msg } from '@lit/localize';
import { FormController, formProblem, isApiError } from '@welcome-widgets/core';
import { TOKEN_PATTERN } from '@welcome-widgets/domain';
import { html, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { fieldErrorText, viewTitle } from '../admin-texts.js';
import { checkNewPassword } from '../console-forms.js';
import { ConsoleView } from './console-view.js';
import { newPasswordFields, submitButton } from './password-fields.js';
import { viewStyles } from './view-styles.js';

const FIELDS = ['password', 'repeatPassword'] as const;

interface AcceptValues {
  password: string;
  repeatPassword: string;
}

/** The invitation link's page: the invited person chooses a password and is signed in. */
export class AdminAcceptView extends ConsoleView {
  static override styles = viewStyles;

  /** The token of the link `#/accept?token=…`. */
  @property() token = '';

  @state() private invalid = false;

  private readonly form = new FormController<AcceptValues, (typeof FIELDS)[number]>(this, {
    initial: () => ({ password: '', repeatPassword: '' }),
    fields: FIELDS,
  });

  protected override render(): TemplateResult {
    return html`<h1 tabindex="-1">${viewTitle('accept')}</h1>
      ${this.invalid || !TOKEN_PATTERN.test(this.token) ? this.renderInvalid() : this.renderForm()}`;
  }

  private renderInvalid(): TemplateResult {
    return html`<div class="notice error-notice" role="alert">
      <p>
        ${msg('Dieser Einladungslink ist ungültig, abgelaufen oder wurde schon benutzt.', {
          id: 'admin.accept.invalid',
        })}
      </p>
      <p>
        ${msg(
          'Einladungen gelten 72 Stunden und nur einmal. Bitten Sie die Person, die Sie eingeladen hat, um eine neue.',
          {
            id: 'admin.accept.invalid-help',
          },
        )}
      </p>
    </div>`;
  }

  private renderForm(): TemplateResult {
    const form = this.form;
    const errorText = (field: (typeof FIELDS)[number]) => (code: string) => fieldErrorText(field, code);
    return html`<p id="intro">
        ${msg('Willkommen! Wählen Sie ein Passwort für Ihr Konto; danach sind Sie angemeldet.', {
          id: 'admin.accept.intro',
        })}
      </p>
      <form novalidate @submit=${this.submit} aria-describedby="intro">
        ${newPasswordFields(form, { password: 'password', repeat: 'repeatPassword' }, errorText)}
        ${formProblem(form, { locale: this.locale, retry: () => void this.submit() })}
        ${submitButton(
          form,
          msg('Passwort festlegen und anmelden', { id: 'admin.accept.submit' }),
          msg('Wird gespeichert …', { id: 'admin.saving' }),
        )}
      </form>`;
  }

  private submit = async (event?: Event): Promise<void> => {
    event?.preventDefault();
    if (this.form.submitting) return;
    const { password, repeatPassword } = this.form.values;
    const checked = checkNewPassword(password, repeatPassword, 'password');
    if (!checked.ok) {
      this.form.showErrors(checked.errors);
      return;
    }
    const sent = await this.form.submit(
      async () => {
        await this.admin.accept({ token: this.token, password: checked.value });
      },
      (error) => {
        // 404 token_invalid, or any other refusal that is not about the password.
        const refused = isApiError(error) && error.status !== undefined && error.status >= 400 && error.status < 500;
        if (!refused || error.status === 422 || error.status === 429) return false;
        this.invalid = true;
        void this.focusHeading();
        return true;
      },
    );
    if (sent) this.form.reset();
  };
}

import { msg, str } from '@lit/localize';
import {
  FormController,
  LoadController,
  formProblem,
  isApiError,
  problemNotice,
  problemOf,
  selectField,
  textField,
  type Problem,
} from '@welcome-widgets/core';
import { STAFF_LANGUAGES, type StaffInvitation, type StaffUser } from '@welcome-widgets/domain';
import { html, nothing, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { isSessionLost, type AdminApi } from '../admin-api.js';
import { fieldErrorText, roleLabel, viewTitle } from '../admin-texts.js';
import { checkInvite, type InviteValues } from '../console-forms.js';
import { AdminAccountCard } from './account-card.js';
import { ConsoleView } from './console-view.js';
import { roleFields } from './role-fields.js';
import { viewStyles } from './view-styles.js';

const FIELDS = ['email', 'name', 'role', 'consultantId', 'language'] as const;

interface Accounts {
  users: StaffUser[];
  invitations: StaffInvitation[];
}

/** The admin's view of the staff: invite someone, the accounts with role and state, the open invitations. */
export class AdminAccountsView extends ConsoleView {
  static override styles = viewStyles;

  @state() private invited?: string;
  @state() private revoked = false;
  @state() private revokeProblem?: Problem;
  private generation = 0;

  private readonly accounts = new LoadController<Accounts, [AdminApi, number]>(this, {
    args: () => (this.adminApi ? [this.adminApi, this.generation] : undefined),
    task: async ([api], { signal }) => {
      const [{ users }, { invitations }] = await Promise.all([api.users({ signal }), api.invitations({ signal })]);
      return { users, invitations };
    },
    followsLocale: false,
    onComplete: (accounts) => (this.shown = accounts),
  });

  /** The last list loaded: it stays while a fresh one loads, so nothing jumps and the focus stays put. */
  private shown?: Accounts;

  private readonly form = new FormController<InviteValues, (typeof FIELDS)[number]>(this, {
    initial: () => ({
      email: '',
      name: '',
      role: 'editor',
      consultantId: '',
      language: this.locale === 'en' ? 'en' : 'de',
    }),
    fields: FIELDS,
  });

  /** Loads the accounts afresh (after a change made elsewhere). */
  override refresh(): void {
    this.generation++;
    this.requestUpdate();
  }

  protected override render(): TemplateResult {
    return html`<h1 tabindex="-1">${viewTitle('accounts')}</h1>
      <h2 id="invite-heading">${msg('Jemanden einladen', { id: 'admin.invite.heading' })}</h2>
      ${this.renderInviteForm()}
      <h2 id="accounts-heading">${msg('Alle Konten', { id: 'admin.accounts.heading' })}</h2>
      ${this.accounts.render({
        pending: () =>
          this.shown
            ? this.renderAccounts(this.shown)
            : html`<p role="status">${msg('Wird geladen …', { id: 'admin.loading' })}</p>`,
        error: (problem) =>
          isSessionLost(this.accounts.error)
            ? nothing
            : problemNotice(problem, { locale: this.locale, retry: () => this.accounts.run() }),
        complete: (accounts) => this.renderAccounts(accounts),
      })}`;
  }

  private renderInviteForm(): TemplateResult {
    const form = this.form;
    const errorText = (field: (typeof FIELDS)[number]) => (code: string) => fieldErrorText(field, code);
    return html`<form
      novalidate
      @submit=${this.invite}
      aria-labelledby="invite-heading"
      aria-describedby="invite-intro"
    >
      <p id="invite-intro">
        ${msg('Die Person erhält eine E-Mail mit einem Link, der 72 Stunden gilt; damit wählt sie ihr Passwort.', {
          id: 'admin.invite.intro',
        })}
      </p>
      ${textField(form, 'email', {
        label: msg('E-Mail-Adresse', { id: 'admin.field.email' }),
        type: 'email',
        inputmode: 'email',
        autocomplete: 'off',
        ltr: true,
        required: true,
        maxlength: 254,
        errorText: errorText('email'),
      })}
      ${textField(form, 'name', {
        label: msg('Name', { id: 'admin.field.name' }),
        autocomplete: 'off',
        required: true,
        maxlength: 100,
        errorText: errorText('name'),
      })}
      ${roleFields(form, msg('Rolle', { id: 'admin.field.role' }), errorText)}
      ${selectField(form, 'language', {
        label: msg('Sprache der Einladung', { id: 'admin.field.invite-language' }),
        options: STAFF_LANGUAGES.map((language) => ({
          value: language,
          label: language === 'de' ? 'Deutsch' : 'English',
          lang: language,
        })),
        errorText: errorText('language'),
      })}
      <div class="status" role="status">
        ${
          this.invited
            ? html`<p class="notice success-notice">
                ${msg(str`Die Einladung an ${this.invited} ist verschickt.`, { id: 'admin.invite.sent' })}
              </p>`
            : nothing
        }
      </div>
      ${formProblem(form, { locale: this.locale, retry: () => void this.invite() })}
      <button type="submit" class="primary" aria-disabled=${form.submitting ? 'true' : 'false'}>
        ${
          form.submitting
            ? msg('Wird gesendet …', { id: 'admin.sending' })
            : msg('Einladung senden', { id: 'admin.invite.submit' })
        }
      </button>
    </form>`;
  }

  private renderAccounts({ users, invitations }: Accounts): TemplateResult {
    const own = this.session?.user.id;
    return html`<ul
        class="list"
        aria-labelledby="accounts-heading"
        @welcome-admin-account-changed=${this.accountChanged}
      >
        ${users.map(
          (user) =>
            html`<li>
              <welcome-admin-account-card
                .adminApi=${this.adminApi}
                .user=${user}
                ?own=${user.id === own}
              ></welcome-admin-account-card>
            </li>`,
        )}
      </ul>
      <h2 id="invitations-heading" tabindex="-1">${msg('Offene Einladungen', { id: 'admin.invitations.heading' })}</h2>
      <div class="problem" role="alert">
        ${this.revokeProblem ? problemNotice(this.revokeProblem, { locale: this.locale, announce: false }) : nothing}
      </div>
      <div class="status" role="status">
        ${
          this.revoked
            ? html`<p class="notice success-notice">
                ${msg('Die Einladung ist zurückgezogen; ihr Link gilt nicht mehr.', { id: 'admin.invitations.revoked' })}
              </p>`
            : nothing
        }
      </div>
      ${
        invitations.length === 0
          ? html`<p class="muted">${msg('Keine offenen Einladungen.', { id: 'admin.invitations.none' })}</p>`
          : html`<ul class="list" aria-labelledby="invitations-heading">
              ${invitations.map((invitation) => this.renderInvitation(invitation))}
            </ul>`
      }`;
  }

  private renderInvitation(invitation: StaffInvitation): TemplateResult {
    const until = new Intl.DateTimeFormat(this.locale, { dateStyle: 'medium', timeStyle: 'short' }).format(
      new Date(invitation.expiresAt),
    );
    return html`<li class="card">
      <h3>${invitation.name}</h3>
      <dl class="facts">
        <dt>${msg('E-Mail-Adresse', { id: 'admin.field.email' })}</dt>
        <dd dir="ltr">${invitation.email}</dd>
        <dt>${msg('Rolle', { id: 'admin.field.role' })}</dt>
        <dd>${roleLabel(invitation.role)}</dd>
        <dt>${msg('Gültig bis', { id: 'admin.invitations.until' })}</dt>
        <dd>${until}</dd>
      </dl>
      <button type="button" class="secondary" @click=${() => void this.revoke(invitation)}>
        ${msg(str`Einladung an ${invitation.name} zurückziehen`, { id: 'admin.invitations.revoke' })}
      </button>
    </li>`;
  }

  private invite = async (event?: Event): Promise<void> => {
    event?.preventDefault();
    if (this.form.submitting) return;
    this.invited = undefined;
    const checked = checkInvite(this.form.values);
    if (!checked.ok) {
      this.form.showErrors(checked.errors);
      return;
    }
    const sent = await this.form.submit(
      async () => {
        await this.admin.invite(checked.value);
      },
      (error) => {
        if (isSessionLost(error)) return true;
        // 409: the address already has an account or an open invitation.
        if (isApiError(error) && error.status === 409) {
          this.form.showErrors({ email: 'taken' });
          return true;
        }
        return false;
      },
    );
    if (!sent) return;
    this.invited = checked.value.email;
    this.form.reset();
    this.refresh();
  };

  private async revoke(invitation: StaffInvitation): Promise<void> {
    this.revoked = false;
    this.revokeProblem = undefined;
    try {
      await this.admin.revokeInvitation(invitation.id);
      this.revoked = true;
      this.refresh();
      // Its button is gone: the focus goes to the list it was in, where the outcome is announced.
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#invitations-heading')?.focus();
    } catch (error) {
      if (!isSessionLost(error)) this.revokeProblem = problemOf(error);
    }
  }

  private accountChanged = (event: Event): void => {
    const card = event.target as AdminAccountCard;
    const value = this.shown;
    if (!value || !card.user) return;
    const updated = card.user;
    value.users = value.users.map((user) => (user.id === updated.id ? updated : user));
  };
}

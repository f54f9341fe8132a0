import { msg, str } from '@lit/localize';
import { FormController, WelcomeElement, formProblem, isApiError } from '@welcome-widgets/core';
import type { StaffUser, StaffUserUpdate } from '@welcome-widgets/domain';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { isSessionLost, type AdminApi } from '../admin-api.js';
import { fieldErrorText, roleLabel } from '../admin-texts.js';
import { checkRoleChange, type RoleValues } from '../console-forms.js';
import { localeLoaders } from '../generated/locale-loaders.js';
import { roleFields } from './role-fields.js';
import { viewStyles } from './view-styles.js';

const FIELDS = ['role', 'consultantId'] as const;

export interface AccountChangedDetail {
  id: number;
}

/**
 * One account in the admin's list: who, role and state, and the forms to change the role and to
 * lock or unlock it. Its own element, so each account's form has its own field ids and errors.
 *
 * @event {CustomEvent<AccountChangedDetail>} welcome-admin-account-changed - The server accepted a change of this account.
 */
export class AdminAccountCard extends WelcomeElement {
  /** @internal */
  static override localeLoaders = localeLoaders;

  static override styles = viewStyles;

  @property({ attribute: false }) adminApi?: AdminApi;
  @property({ attribute: false }) user?: StaffUser;
  /** The signed-in admin's own account: shown, but not changed from here. */
  @property({ type: Boolean }) own = false;

  @state() private saved?: 'role' | 'disabled' | 'enabled';
  @state() private conflict = false;

  private readonly form = new FormController<RoleValues, (typeof FIELDS)[number]>(this, {
    initial: () => ({ role: this.user?.role ?? 'editor', consultantId: this.user?.consultantId ?? '' }),
    fields: FIELDS,
  });

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('user') && !changed.get('user') && this.user) this.form.reset();
  }

  protected override render(): TemplateResult | typeof nothing {
    const user = this.user;
    if (!user) return nothing;
    const formatted = (iso: string | null) =>
      iso
        ? new Intl.DateTimeFormat(this.locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso))
        : msg('noch nie', { id: 'admin.accounts.never' });
    return html`<article class="card" aria-labelledby="account-name">
      <h3 id="account-name">${user.name}</h3>
      <dl class="facts">
        <dt>${msg('E-Mail-Adresse', { id: 'admin.field.email' })}</dt>
        <dd dir="ltr">${user.email}</dd>
        <dt>${msg('Rolle', { id: 'admin.field.role' })}</dt>
        <dd>${roleLabel(user.role)}${user.consultantId ? html` (<code>${user.consultantId}</code>)` : nothing}</dd>
        <dt>${msg('Zustand', { id: 'admin.accounts.state' })}</dt>
        <dd>
          ${
            user.disabled
              ? msg('gesperrt', { id: 'admin.accounts.disabled' })
              : msg('aktiv', { id: 'admin.accounts.active' })
          }
        </dd>
        <dt>${msg('Zuletzt angemeldet', { id: 'admin.accounts.last-login' })}</dt>
        <dd>${formatted(user.lastLoginAt)}</dd>
      </dl>
      ${
        this.own
          ? html`<p class="muted">
              ${msg('Ihr eigenes Konto: Rolle und Zustand ändert eine andere Person mit der Rolle Administration.', {
                id: 'admin.accounts.own',
              })}
            </p>`
          : this.renderActions(user)
      }
    </article>`;
  }

  private renderActions(user: StaffUser): TemplateResult {
    const form = this.form;
    const errorText = (field: (typeof FIELDS)[number]) => (code: string) => fieldErrorText(field, code);
    return html`<form novalidate @submit=${this.changeRole}>
        ${roleFields(form, msg(str`Rolle von ${user.name}`, { id: 'admin.accounts.role-of' }), errorText)}
        ${formProblem(form, { locale: this.locale, retry: () => void this.changeRole() })}
        <div class="actions">
          <button type="submit" class="primary" aria-disabled=${form.submitting ? 'true' : 'false'}>
            ${msg('Rolle ändern', { id: 'admin.accounts.change-role' })}
          </button>
          <button
            type="button"
            class="secondary"
            aria-disabled=${form.submitting ? 'true' : 'false'}
            @click=${this.toggleDisabled}
          >
            ${
              user.disabled
                ? msg('Konto entsperren', { id: 'admin.accounts.enable' })
                : msg('Konto sperren', { id: 'admin.accounts.disable' })
            }
          </button>
        </div>
      </form>
      <div class="status" role="status">${this.renderOutcome(user)}</div>`;
  }

  private renderOutcome(user: StaffUser): TemplateResult | typeof nothing {
    if (this.conflict)
      return html`<p class="notice error-notice">
        ${msg('Das geht nicht: Es muss immer mindestens ein aktives Konto mit der Rolle Administration geben.', {
          id: 'admin.accounts.last-admin',
        })}
      </p>`;
    switch (this.saved) {
      case undefined:
        return nothing;
      case 'role':
        return html`<p class="notice success-notice">
          ${msg(str`Die Rolle ist jetzt: ${roleLabel(user.role)}.`, { id: 'admin.accounts.role-saved' })}
        </p>`;
      case 'disabled':
        return html`<p class="notice success-notice">
          ${msg('Das Konto ist gesperrt; seine Sitzungen sind beendet.', { id: 'admin.accounts.disabled-saved' })}
        </p>`;
      case 'enabled':
        return html`<p class="notice success-notice">
          ${msg('Das Konto ist entsperrt.', { id: 'admin.accounts.enabled-saved' })}
        </p>`;
    }
  }

  private changeRole = async (event?: Event): Promise<void> => {
    event?.preventDefault();
    const checked = checkRoleChange(this.form.values);
    if (!checked.ok) {
      this.form.showErrors(checked.errors);
      return;
    }
    await this.save(checked.value, 'role');
  };

  private toggleDisabled = (): void => {
    if (!this.user) return;
    void this.save({ disabled: !this.user.disabled }, this.user.disabled ? 'enabled' : 'disabled');
  };

  private async save(update: StaffUserUpdate, what: 'role' | 'disabled' | 'enabled'): Promise<void> {
    const user = this.user;
    if (!user || !this.adminApi || this.form.submitting) return;
    const api = this.adminApi;
    this.saved = undefined;
    this.conflict = false;
    const sent = await this.form.submit(
      async () => {
        this.user = await api.updateUser(user.id, update);
      },
      (error) => {
        if (isSessionLost(error)) return true;
        if (isApiError(error) && error.status === 409) {
          this.conflict = true;
          return true;
        }
        return false;
      },
    );
    if (!sent) return;
    this.saved = what;
    this.emit<AccountChangedDetail>('welcome-admin-account-changed', { id: user.id });
  }
}

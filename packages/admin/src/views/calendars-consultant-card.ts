import { msg, str } from '@lit/localize';
import { FormController, WelcomeElement, formProblem } from '@welcome-widgets/core';
import type { AdminConsultant } from '@welcome-widgets/domain';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { isSessionLost, type AdminApi } from '../admin-api.js';
import { updateConsultant } from '../calendars-api.js';
import { localeLoaders } from '../generated/locale-loaders.js';
import { consultantFields } from './calendars-consultant-fields.js';
import { calendarStyles } from './calendars-styles.js';

const FIELDS = ['name', 'timeZone'] as const;
type Field = (typeof FIELDS)[number];

/**
 * One consultant for editors: the name the picker and the mails show, and the time zone their
 * hours are in. Hours and absences are in the calendar view, which the consultant uses too.
 *
 * @event {CustomEvent<{ content: unknown }>} welcome-admin-content-changed - The server stored a change.
 */
export class AdminConsultantCard extends WelcomeElement {
  /** @internal */
  static override localeLoaders = localeLoaders;

  static override styles = calendarStyles;

  @property({ attribute: false }) adminApi?: AdminApi;
  @property({ attribute: false }) consultant?: AdminConsultant;

  @state() private saved = false;

  private readonly form = new FormController<Record<Field, string>, Field>(this, {
    initial: () => ({ name: this.consultant?.name ?? '', timeZone: this.consultant?.timeZone ?? 'Europe/Berlin' }),
    fields: FIELDS,
  });

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('consultant') && !changed.get('consultant') && this.consultant) this.form.reset();
  }

  protected override render(): TemplateResult | typeof nothing {
    const consultant = this.consultant;
    if (!consultant) return nothing;
    const form = this.form;
    return html`<article class="card" aria-labelledby="consultant-heading">
      <h3 id="consultant-heading">${consultant.name}</h3>
      <p class="muted">${msg('Kennung', { id: 'admin.consultant.id' })}: <code dir="ltr">${consultant.id}</code></p>
      <form novalidate @submit=${this.save}>
        ${consultantFields(form)}
        <div class="status" role="status">
          ${
            this.saved
              ? html`<p class="notice success-notice">${msg('Gespeichert.', { id: 'admin.consultant.saved' })}</p>`
              : nothing
          }
        </div>
        ${formProblem(form, { locale: this.locale, retry: () => void this.save() })}
        <button type="submit" class="primary" aria-disabled=${form.submitting ? 'true' : 'false'}>
          ${msg(str`${consultant.name} speichern`, { id: 'admin.consultant.save' })}
        </button>
      </form>
    </article>`;
  }

  private save = async (event?: Event): Promise<void> => {
    event?.preventDefault();
    const consultant = this.consultant;
    if (!consultant || !this.adminApi || this.form.submitting) return;
    const api = this.adminApi;
    this.saved = false;
    const { name, timeZone } = this.form.values;
    const missing = Object.fromEntries(
      FIELDS.filter((field) => !this.form.values[field].trim()).map((field) => [field, 'required']),
    );
    if (Object.keys(missing).length) {
      this.form.showErrors(missing);
      return;
    }
    const sent = await this.form.submit(
      async () => {
        const content = await updateConsultant(api, consultant.id, { name: name.trim(), timeZone: timeZone.trim() });
        this.consultant = content.consultants.find((one) => one.id === consultant.id) ?? consultant;
        this.emit('welcome-admin-content-changed', { content });
      },
      (error) => isSessionLost(error),
    );
    if (sent) this.saved = true;
  };
}

import { msg, str } from '@lit/localize';
import {
  FormController,
  formProblem,
  isApiError,
  problemNotice,
  problemOf,
  textField,
  type Problem,
} from '@welcome-widgets/core';
import type { AppointmentAdminContent } from '@welcome-widgets/domain';
import { html, nothing, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { isSessionLost } from '../admin-api.js';
import { viewTitle } from '../admin-texts.js';
import { createConsultant, updateSettings } from '../calendars-api.js';
import { hoursErrors, hoursFields, newEntryErrors } from '../calendars-forms.js';
import { calendarFieldError } from '../calendars-texts.js';
import { consultantFields } from './calendars-consultant-fields.js';
import { calendarStyles } from './calendars-styles.js';
import {
  dateField,
  escapedId,
  hoursFieldsTemplate,
  liveFields,
  type HoursValues,
  type WeeklyRule,
} from './calendars-hours-form.js';
import { AppointmentContentView } from './calendars-content-view.js';

const SETTINGS_FIELDS = ['bufferMinutes', 'horizon.minHoursAhead', 'horizon.maxWeeksAhead'] as const;
type SettingsField = (typeof SETTINGS_FIELDS)[number];
const CLOSING_FIELDS = ['date', 'closingNote'] as const;
type ClosingField = (typeof CLOSING_FIELDS)[number];

interface NewConsultant extends HoursValues {
  id: string;
  name: string;
  timeZone: string;
}

/**
 * The county's offer for editors and admins: closing days, buffer and booking horizon, the
 * consultants (name, time zone, adding one) and the topics (texts in seven languages, duration,
 * languages, who offers them). Each part saves on its own; the server checks the whole content.
 */
export class AdminAppointmentsView extends AppointmentContentView {
  static override styles = calendarStyles;

  @state() private saved?: 'closing-added' | 'closing-removed' | 'settings' | 'consultant-added';
  @state() private removeProblem?: Problem;
  private settingsFor?: AppointmentAdminContent;

  private readonly settings = new FormController<Record<SettingsField, string>, SettingsField>(this, {
    initial: () => ({
      bufferMinutes: String(this.content?.bufferMinutes ?? ''),
      'horizon.minHoursAhead': String(this.content?.horizon.minHoursAhead ?? ''),
      'horizon.maxWeeksAhead': String(this.content?.horizon.maxWeeksAhead ?? ''),
    }),
    fields: SETTINGS_FIELDS,
    focusTarget: escapedId,
  });

  private readonly closing = new FormController<Record<ClosingField, string>, ClosingField>(this, {
    initial: () => ({ date: '', closingNote: '' }),
    fields: CLOSING_FIELDS,
  });

  private readonly newConsultant: FormController<NewConsultant, string> = new FormController(
    this,
    liveFields(
      {
        initial: () => ({
          id: '',
          name: '',
          timeZone: 'Europe/Berlin',
          rules: [{ weekday: 'mon', from: '09:00', to: '12:00' }],
        }),
        focusTarget: escapedId,
      },
      () => ['id', 'name', 'timeZone', ...hoursFields(this.newConsultant.values.rules.length)],
    ),
  );

  protected override willUpdate(): void {
    // The settings form shows the stored values once loaded; typed values stay after that.
    if (this.content && !this.settingsFor) {
      this.settingsFor = this.content;
      this.settings.reset();
    }
  }

  protected override render(): TemplateResult {
    return html`<h1 tabindex="-1">${viewTitle('appointments')}</h1>
      ${this.renderContentOr((content) => this.renderContent(content))}`;
  }

  private renderContent(content: AppointmentAdminContent): TemplateResult {
    return html`${this.renderClosingDays(content)} ${this.renderSettings()}
      <h2 id="consultants-heading">${msg('Beraterinnen und Berater', { id: 'admin.offer.consultants-heading' })}</h2>
      <ul class="list" aria-labelledby="consultants-heading" @welcome-admin-content-changed=${this.contentChanged}>
        ${content.consultants.map(
          (consultant) =>
            html`<li>
              <welcome-admin-consultant-card
                .adminApi=${this.adminApi}
                .consultant=${consultant}
              ></welcome-admin-consultant-card>
            </li>`,
        )}
      </ul>
      ${this.renderNewConsultant()}
      <h2 id="topics-heading">${msg('Themen', { id: 'admin.offer.topics-heading' })}</h2>
      <ul class="list" aria-labelledby="topics-heading" @welcome-admin-content-changed=${this.contentChanged}>
        ${content.topics.map(
          (topic) =>
            html`<li>
              <welcome-admin-topic-card
                .adminApi=${this.adminApi}
                .topic=${topic}
                .consultants=${content.consultants}
              ></welcome-admin-topic-card>
            </li>`,
        )}
      </ul>`;
  }

  private renderClosingDays(content: AppointmentAdminContent): TemplateResult {
    const date = new Intl.DateTimeFormat(this.locale, { dateStyle: 'full', timeZone: 'UTC' });
    const day = (iso: string) => date.format(new Date(`${iso}T00:00:00Z`));
    const form = this.closing;
    return html`<h2 id="closing-heading" tabindex="-1">${msg('Schließtage', { id: 'admin.offer.closing-heading' })}</h2>
      <p>
        ${msg(
          'Tage, an denen das Amt über die Feiertage in Sachsen hinaus geschlossen ist: an ihnen gibt es für niemanden Termine.',
          { id: 'admin.offer.closing-intro' },
        )}
      </p>
      <div class="problem" role="alert">
        ${this.removeProblem ? problemNotice(this.removeProblem, { locale: this.locale, announce: false }) : nothing}
      </div>
      <div class="status" role="status">
        ${
          this.saved === 'closing-removed'
            ? html`<p class="notice success-notice">
                ${msg('Der Schließtag ist entfernt.', { id: 'admin.offer.closing-removed' })}
              </p>`
            : nothing
        }
      </div>
      ${
        content.closingDays.length === 0
          ? html`<p class="muted">${msg('Keine Schließtage eingetragen.', { id: 'admin.offer.closing-none' })}</p>`
          : html`<ul class="list" aria-labelledby="closing-heading">
              ${content.closingDays.map(
                (closing, index) =>
                  html`<li class="card absence">
                    <span>${day(closing.date)}${closing.note ? html` · ${closing.note}` : nothing}</span>
                    <button type="button" class="secondary" @click=${() => void this.removeClosingDay(index)}>
                      ${msg(str`Schließtag ${day(closing.date)} entfernen`, { id: 'admin.offer.closing-remove' })}
                    </button>
                  </li>`,
              )}
            </ul>`
      }
      <h3 id="closing-add-heading">${msg('Schließtag eintragen', { id: 'admin.offer.closing-add-heading' })}</h3>
      <form novalidate aria-labelledby="closing-add-heading" @submit=${this.addClosingDay}>
        ${dateField(form, 'date', {
          label: msg('Datum', { id: 'admin.offer.closing-date' }),
          required: true,
          errorText: (code) => calendarFieldError('date', code),
        })}
        ${textField(form, 'closingNote', {
          label: msg('Anlass (nur intern)', { id: 'admin.offer.closing-note' }),
          maxlength: 200,
          errorText: (code) => calendarFieldError('text', code),
        })}
        <div class="status" role="status">
          ${
            this.saved === 'closing-added'
              ? html`<p class="notice success-notice">
                  ${msg('Der Schließtag ist eingetragen; an ihm gibt es keine freien Termine mehr.', {
                    id: 'admin.offer.closing-added',
                  })}
                </p>`
              : nothing
          }
        </div>
        ${formProblem(form, { locale: this.locale, retry: () => void this.addClosingDay() })}
        <button type="submit" class="primary" aria-disabled=${form.submitting ? 'true' : 'false'}>
          ${msg('Schließtag eintragen', { id: 'admin.offer.closing-add' })}
        </button>
      </form>`;
  }

  private renderSettings(): TemplateResult {
    const form = this.settings;
    const number = (field: SettingsField, label: string, hint: string) =>
      textField(form, field, {
        label,
        hint,
        inputmode: 'numeric',
        ltr: true,
        required: true,
        maxlength: 4,
        errorText: () => msg('Bitte eine Zahl im angegebenen Bereich.', { id: 'admin.offer.number-error' }),
      });
    return html`<h2 id="settings-heading">${msg('Buchungsregeln', { id: 'admin.offer.settings-heading' })}</h2>
      <form novalidate aria-labelledby="settings-heading" @submit=${this.saveSettings}>
        ${number(
          'bufferMinutes',
          msg('Pause nach jedem Gespräch (Minuten)', { id: 'admin.offer.buffer' }),
          msg('0 bis 120, in Schritten von 15.', { id: 'admin.offer.buffer-hint' }),
        )}
        ${number(
          'horizon.minHoursAhead',
          msg('Frühestens buchbar (Stunden vorher)', { id: 'admin.offer.min-hours' }),
          msg('0 bis 336.', { id: 'admin.offer.min-hours-hint' }),
        )}
        ${number(
          'horizon.maxWeeksAhead',
          msg('Höchstens buchbar (Wochen voraus)', { id: 'admin.offer.max-weeks' }),
          msg('1 bis 52.', { id: 'admin.offer.max-weeks-hint' }),
        )}
        <div class="status" role="status">
          ${
            this.saved === 'settings'
              ? html`<p class="notice success-notice">
                  ${msg('Die Buchungsregeln sind gespeichert.', { id: 'admin.offer.settings-saved' })}
                </p>`
              : nothing
          }
        </div>
        ${formProblem(form, { locale: this.locale, retry: () => void this.saveSettings() })}
        <button type="submit" class="primary" aria-disabled=${form.submitting ? 'true' : 'false'}>
          ${msg('Buchungsregeln speichern', { id: 'admin.offer.settings-save' })}
        </button>
      </form>`;
  }

  private renderNewConsultant(): TemplateResult {
    const form = this.newConsultant;
    return html`<h3 id="new-consultant-heading">
        ${msg('Beraterin oder Berater hinzufügen', { id: 'admin.offer.new-consultant' })}
      </h3>
      <form novalidate aria-labelledby="new-consultant-heading" @submit=${this.addConsultant}>
        ${textField(form, 'id', {
          label: msg('Kennung', { id: 'admin.consultant.id' }),
          hint: msg('Bleibt für immer; Konten und Buchungen nennen sie. Zum Beispiel team-familie.', {
            id: 'admin.offer.id-hint',
          }),
          ltr: true,
          required: true,
          maxlength: 64,
          errorText: (code) => calendarFieldError('id', code),
        })}
        ${consultantFields(form)}
        <h4>${msg('Sprechzeiten jede Woche', { id: 'admin.calendar.hours-heading' })}</h4>
        ${hoursFieldsTemplate(form as unknown as FormController<HoursValues, string>)}
        <div class="status" role="status">
          ${
            this.saved === 'consultant-added'
              ? html`<p class="notice success-notice">
                  ${msg(
                    'Hinzugefügt. Ein Thema bietet die Sprechzeiten an, sobald es die Person unter „Beraten von“ nennt.',
                    {
                      id: 'admin.offer.consultant-added',
                    },
                  )}
                </p>`
              : nothing
          }
        </div>
        ${formProblem(form, { locale: this.locale, retry: () => void this.addConsultant() })}
        <button type="submit" class="primary" aria-disabled=${form.submitting ? 'true' : 'false'}>
          ${msg('Hinzufügen', { id: 'admin.offer.consultant-add' })}
        </button>
      </form>`;
  }

  private contentChanged = (event: Event): void => {
    const { content } = (event as CustomEvent<{ content: AppointmentAdminContent }>).detail;
    this.content = content;
  };

  private addClosingDay = async (event?: Event): Promise<void> => {
    event?.preventDefault();
    const content = this.content;
    if (!content || !this.adminApi) return;
    const api = this.adminApi;
    this.saved = undefined;
    const { date, closingNote } = this.closing.values;
    if (!date) {
      this.closing.showErrors({ date: 'required' });
      return;
    }
    const index = content.closingDays.length;
    const added = { date, ...(closingNote.trim() ? { note: closingNote.trim() } : {}) };
    const sent = await this.closing.submit(
      async () => {
        this.content = await updateSettings(api, { closingDays: [...content.closingDays, added] });
      },
      (error) => {
        if (isSessionLost(error)) return true;
        if (isApiError(error) && error.status === 422) {
          const errors = newEntryErrors(error.fieldCodes, 'closingDays', index, { date: 'date', note: 'closingNote' });
          if (Object.keys(errors).length === 0) return false;
          this.closing.showErrors(errors);
          return true;
        }
        return false;
      },
    );
    if (!sent) return;
    this.closing.reset();
    this.saved = 'closing-added';
  };

  private async removeClosingDay(index: number): Promise<void> {
    const content = this.content;
    if (!content || !this.adminApi) return;
    this.saved = undefined;
    this.removeProblem = undefined;
    try {
      this.content = await updateSettings(this.adminApi, {
        closingDays: content.closingDays.filter((_, at) => at !== index),
      });
      this.saved = 'closing-removed';
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#closing-heading')?.focus();
    } catch (error) {
      if (!isSessionLost(error)) this.removeProblem = problemOf(error);
    }
  }

  private saveSettings = async (event?: Event): Promise<void> => {
    event?.preventDefault();
    if (!this.adminApi) return;
    const api = this.adminApi;
    this.saved = undefined;
    const values = this.settings.values;
    const numbers = Object.fromEntries(SETTINGS_FIELDS.map((field) => [field, Number(values[field].trim())]));
    const wrong = SETTINGS_FIELDS.filter((field) => !values[field].trim() || !Number.isFinite(numbers[field]));
    if (wrong.length) {
      this.settings.showErrors(Object.fromEntries(wrong.map((field) => [field, 'invalid'])));
      return;
    }
    const sent = await this.settings.submit(
      async () => {
        this.content = await updateSettings(api, {
          bufferMinutes: numbers.bufferMinutes!,
          horizon: {
            minHoursAhead: numbers['horizon.minHoursAhead']!,
            maxWeeksAhead: numbers['horizon.maxWeeksAhead']!,
          },
        });
      },
      (error) => isSessionLost(error),
    );
    if (sent) this.saved = 'settings';
  };

  private addConsultant = async (event?: Event): Promise<void> => {
    event?.preventDefault();
    if (!this.adminApi) return;
    const api = this.adminApi;
    this.saved = undefined;
    const { id, name, timeZone, rules } = this.newConsultant.values;
    const missing: Record<string, string> = {};
    for (const [field, value] of Object.entries({ id, name, timeZone })) if (!value.trim()) missing[field] = 'required';
    rules.forEach((rule: WeeklyRule, index) => {
      if (!rule.from) missing[`rules.${index}.from`] = 'required';
      if (!rule.to) missing[`rules.${index}.to`] = 'required';
    });
    if (rules.length === 0) missing.rules = 'required';
    if (Object.keys(missing).length) {
      this.newConsultant.showErrors(missing);
      return;
    }
    const sent = await this.newConsultant.submit(
      async () => {
        this.content = await createConsultant(api, {
          id: id.trim(),
          name: name.trim(),
          timeZone: timeZone.trim(),
          rules,
          absences: [],
        });
      },
      (error) => {
        if (isSessionLost(error)) return true;
        if (isApiError(error) && error.status === 409) {
          this.newConsultant.showErrors({ id: 'conflict' });
          return true;
        }
        if (isApiError(error) && error.status === 422) {
          this.newConsultant.showErrors(hoursErrors(error.fieldCodes));
          return true;
        }
        return false;
      },
    );
    if (!sent) return;
    this.newConsultant.reset();
    this.saved = 'consultant-added';
  };
}

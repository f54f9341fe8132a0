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
import type { AdminConsultant, AppointmentAdminContent } from '@welcome-widgets/domain';
import { html, nothing, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { isSessionLost } from '../admin-api.js';
import { viewTitle } from '../admin-texts.js';
import { updateConsultant } from '../calendars-api.js';
import { hoursErrors, hoursFields, newEntryErrors } from '../calendars-forms.js';
import { calendarFieldError } from '../calendars-texts.js';
import {
  dateField,
  escapedId,
  hoursFieldsTemplate,
  liveFields,
  type HoursValues,
  type WeeklyRule,
} from './calendars-hours-form.js';
import { calendarStyles } from './calendars-styles.js';
import { AppointmentContentView } from './calendars-content-view.js';

const ABSENCE_FIELDS = ['from', 'to', 'note'] as const;
type AbsenceField = (typeof ABSENCE_FIELDS)[number];

/**
 * A consultant's own calendar: weekly hours, absences and the private calendar feed. Editors and
 * admins choose whose (the API lets them change everyone's); a consultant sees only their own.
 */
export class AdminCalendarView extends AppointmentContentView {
  static override styles = calendarStyles;

  @state() private chosen = '';
  @state() private saved?: 'hours' | 'absence-added' | 'absence-removed';
  @state() private removeProblem?: Problem;
  private hoursOf?: string;

  private readonly hours: FormController<HoursValues, string> = new FormController(
    this,
    liveFields(
      {
        initial: () => ({ rules: this.consultant?.rules.map((rule) => ({ ...rule }) as WeeklyRule) ?? [] }),
        focusTarget: escapedId,
      },
      () => hoursFields(this.hours.values.rules.length),
    ),
  );

  private readonly absence = new FormController<Record<AbsenceField, string>, AbsenceField>(this, {
    initial: () => ({ from: '', to: '', note: '' }),
    fields: ABSENCE_FIELDS,
  });

  private get consultantId(): string {
    const user = this.session?.user;
    if (user?.role === 'consultant') return user.consultantId ?? '';
    return this.chosen || this.content?.consultants[0]?.id || '';
  }

  private get consultant(): AdminConsultant | undefined {
    return this.content?.consultants.find((one) => one.id === this.consultantId);
  }

  protected override willUpdate(): void {
    // A consultant's hours fill the form when first shown (and when another is chosen); typed rows stay otherwise.
    const id = this.consultant?.id;
    if (id && id !== this.hoursOf) {
      this.hoursOf = id;
      this.hours.reset();
      this.absence.reset();
      this.saved = undefined;
    }
  }

  protected override render(): TemplateResult {
    return html`<h1 tabindex="-1">${viewTitle('calendar')}</h1>
      ${this.renderContentOr((content) => this.renderCalendar(content))}`;
  }

  private renderCalendar(content: AppointmentAdminContent): TemplateResult {
    const consultant = this.consultant;
    const seesAll = this.session?.user.role !== 'consultant';
    return html`${
      seesAll
        ? html`<div class="field">
            <label for="consultant">${msg('Kalender von', { id: 'admin.calendar.whose' })}</label>
            <select
              id="consultant"
              @change=${(event: Event) => (this.chosen = (event.target as HTMLSelectElement).value)}
            >
              ${content.consultants.map(
                (one) => html`<option value=${one.id} ?selected=${one.id === this.consultantId}>${one.name}</option>`,
              )}
            </select>
          </div>`
        : nothing
    }
    ${
      consultant
        ? html`<p>${msg(str`Alle Zeiten in der Zeitzone ${consultant.timeZone}.`, { id: 'admin.calendar.zone' })}</p>
            ${this.renderHours()} ${this.renderAbsences(consultant)}
            <welcome-admin-feed-panel
              .adminApi=${this.adminApi}
              .consultantId=${consultant.id}
            ></welcome-admin-feed-panel>`
        : html`<p class="notice error-notice">
            ${msg('Dieses Konto nennt keine Beraterin und keinen Berater der Termindaten.', {
              id: 'admin.calendar.no-consultant',
            })}
          </p>`
    }`;
  }

  private renderHours(): TemplateResult {
    return html`<h2 id="hours-heading">${msg('Sprechzeiten jede Woche', { id: 'admin.calendar.hours-heading' })}</h2>
      <form novalidate aria-labelledby="hours-heading" @submit=${this.saveHours}>
        ${hoursFieldsTemplate(this.hours)}
        <div class="status" role="status">
          ${
            this.saved === 'hours'
              ? html`<p class="notice success-notice">
                  ${msg('Die Sprechzeiten sind gespeichert; freie Termine folgen ihnen sofort.', {
                    id: 'admin.calendar.hours-saved',
                  })}
                </p>`
              : nothing
          }
        </div>
        ${formProblem(this.hours, { locale: this.locale, retry: () => void this.saveHours() })}
        <button type="submit" class="primary" aria-disabled=${this.hours.submitting ? 'true' : 'false'}>
          ${msg('Sprechzeiten speichern', { id: 'admin.calendar.hours-save' })}
        </button>
      </form>`;
  }

  private renderAbsences(consultant: AdminConsultant): TemplateResult {
    const date = new Intl.DateTimeFormat(this.locale, { dateStyle: 'medium', timeZone: 'UTC' });
    const day = (iso: string) => date.format(new Date(`${iso}T00:00:00Z`));
    const form = this.absence;
    return html`<h2 id="absences-heading" tabindex="-1">
        ${msg('Abwesenheiten', { id: 'admin.calendar.absences-heading' })}
      </h2>
      <p>
        ${msg('An diesen Tagen bietet der Kalender keine Termine an; schon gebuchte bleiben bestehen.', {
          id: 'admin.calendar.absences-intro',
        })}
      </p>
      <div class="problem" role="alert">
        ${this.removeProblem ? problemNotice(this.removeProblem, { locale: this.locale, announce: false }) : nothing}
      </div>
      <div class="status" role="status">
        ${
          this.saved === 'absence-removed'
            ? html`<p class="notice success-notice">
                ${msg('Die Abwesenheit ist entfernt.', { id: 'admin.calendar.absence-removed' })}
              </p>`
            : nothing
        }
      </div>
      ${
        consultant.absences.length === 0
          ? html`<p class="muted">
              ${msg('Keine Abwesenheiten eingetragen.', { id: 'admin.calendar.absences-none' })}
            </p>`
          : html`<ul class="list" aria-labelledby="absences-heading">
              ${consultant.absences.map((absence, index) => {
                const span =
                  absence.from === absence.to
                    ? day(absence.from)
                    : msg(str`${day(absence.from)} bis ${day(absence.to)}`, { id: 'admin.calendar.absence-span' });
                return html`<li class="card absence">
                  <span>${span}${absence.note ? html` · ${absence.note}` : nothing}</span>
                  <button type="button" class="secondary" @click=${() => void this.removeAbsence(consultant, index)}>
                    ${msg(str`Abwesenheit ${span} entfernen`, { id: 'admin.calendar.absence-remove' })}
                  </button>
                </li>`;
              })}
            </ul>`
      }
      <h3 id="absence-add-heading">${msg('Abwesenheit eintragen', { id: 'admin.calendar.absence-add-heading' })}</h3>
      <form novalidate aria-labelledby="absence-add-heading" @submit=${this.addAbsence}>
        ${dateField(form, 'from', {
          label: msg('Erster Tag', { id: 'admin.calendar.absence-from' }),
          required: true,
          errorText: (code) => calendarFieldError('date', code),
        })}
        ${dateField(form, 'to', {
          label: msg('Letzter Tag', { id: 'admin.calendar.absence-to' }),
          hint: msg('Leer lassen für einen einzelnen Tag.', { id: 'admin.calendar.absence-to-hint' }),
          errorText: (code) => calendarFieldError(code === 'range' ? 'range' : 'date', code),
        })}
        ${textField(form, 'note', {
          label: msg('Notiz (nur intern)', { id: 'admin.calendar.absence-note' }),
          maxlength: 200,
          errorText: (code) => calendarFieldError('text', code),
        })}
        <div class="status" role="status">
          ${
            this.saved === 'absence-added'
              ? html`<p class="notice success-notice">
                  ${msg('Die Abwesenheit ist eingetragen; an diesen Tagen gibt es keine freien Termine mehr.', {
                    id: 'admin.calendar.absence-added',
                  })}
                </p>`
              : nothing
          }
        </div>
        ${formProblem(form, { locale: this.locale, retry: () => void this.addAbsence() })}
        <button type="submit" class="primary" aria-disabled=${form.submitting ? 'true' : 'false'}>
          ${msg('Abwesenheit eintragen', { id: 'admin.calendar.absence-add' })}
        </button>
      </form>`;
  }

  private saveHours = async (event?: Event): Promise<void> => {
    event?.preventDefault();
    const consultant = this.consultant;
    if (!consultant || !this.adminApi) return;
    const api = this.adminApi;
    this.saved = undefined;
    const rules = this.hours.values.rules;
    const missing = Object.fromEntries(
      rules.flatMap((rule, index) =>
        (['from', 'to'] as const).filter((part) => !rule[part]).map((part) => [`rules.${index}.${part}`, 'required']),
      ),
    );
    if (rules.length === 0) missing.rules = 'required';
    if (Object.keys(missing).length) {
      this.hours.showErrors(missing);
      return;
    }
    const sent = await this.hours.submit(
      async () => {
        this.content = await updateConsultant(api, consultant.id, { rules });
      },
      (error) => {
        if (isSessionLost(error)) return true;
        if (isApiError(error) && error.status === 422) {
          this.hours.showErrors(hoursErrors(error.fieldCodes));
          return true;
        }
        return false;
      },
    );
    if (sent) this.saved = 'hours';
  };

  private addAbsence = async (event?: Event): Promise<void> => {
    event?.preventDefault();
    const consultant = this.consultant;
    if (!consultant || !this.adminApi) return;
    const api = this.adminApi;
    this.saved = undefined;
    const { from, to, note } = this.absence.values;
    if (!from) {
      this.absence.showErrors({ from: 'required' });
      return;
    }
    const last = to || from;
    if (last < from) {
      this.absence.showErrors({ to: 'range' });
      return;
    }
    const added = { from, to: last, ...(note.trim() ? { note: note.trim() } : {}) };
    const index = consultant.absences.length;
    const sent = await this.absence.submit(
      async () => {
        this.content = await updateConsultant(api, consultant.id, { absences: [...consultant.absences, added] });
      },
      (error) => {
        if (isSessionLost(error)) return true;
        if (isApiError(error) && error.status === 422) {
          // The server names the new entry by its place in the list: `absences.3.from`, `absences.3` (from after to).
          const errors = newEntryErrors(
            error.fieldCodes,
            'absences',
            index,
            { from: 'from', to: 'to', note: 'note' },
            'to',
          );
          if (Object.keys(errors).length === 0) return false;
          this.absence.showErrors(errors);
          return true;
        }
        return false;
      },
    );
    if (!sent) return;
    this.absence.reset();
    this.saved = 'absence-added';
  };

  private async removeAbsence(consultant: AdminConsultant, index: number): Promise<void> {
    if (!this.adminApi) return;
    this.saved = undefined;
    this.removeProblem = undefined;
    try {
      this.content = await updateConsultant(this.adminApi, consultant.id, {
        absences: consultant.absences.filter((_, at) => at !== index),
      });
      this.saved = 'absence-removed';
      // Its button is gone: the focus goes to the list it was in, where the outcome is announced.
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#absences-heading')?.focus();
    } catch (error) {
      if (!isSessionLost(error)) this.removeProblem = problemOf(error);
    }
  }
}

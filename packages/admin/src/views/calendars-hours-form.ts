import { msg, str } from '@lit/localize';
import { fieldError, type FormController, type FormOptions } from '@welcome-widgets/core';
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { WEEKDAYS, calendarFieldError, weekdayLabel, type Weekday } from '../calendars-texts.js';

export interface WeeklyRule {
  weekday: Weekday;
  from: string;
  to: string;
}

export interface HoursValues {
  rules: WeeklyRule[];
}

/** The ids hold dots (the server's paths): selectors need them escaped. */
export const escapedId = (field: string): string => `#${CSS.escape(field)}`;

/**
 * Form options whose fields are read anew each time they are asked for: a form with rows has the
 * fields of its rows as they are now (a 422 may name any of them).
 */
export function liveFields<V, F extends string>(
  options: Omit<FormOptions<V, F>, 'fields'>,
  fields: () => readonly F[],
): FormOptions<V, F> {
  return {
    ...options,
    get fields() {
      return fields();
    },
  };
}

/** A date picker with the console's label, hint and error markup (core's text field has no date type). */
export function dateField<F extends string>(
  form: FormController<Record<F, string>, F>,
  field: F,
  options: { label: string; hint?: string; required?: boolean; errorText: (code: string) => string },
): TemplateResult {
  const hintId = options.hint ? `${field}-hint` : undefined;
  return html`<div class="field">
    <label for=${field}>${options.label}</label>
    <input
      id=${field}
      name=${field}
      type="date"
      ?required=${options.required ?? false}
      .value=${live(form.values[field])}
      aria-invalid=${form.errors[field] ? 'true' : 'false'}
      aria-describedby=${ifDefined(form.describedBy(field, hintId))}
      @input=${(event: Event) => form.set({ [field]: (event.target as HTMLInputElement).value } as Partial<Record<F, string>>, field)}
    />
    ${options.hint ? html`<span id=${hintId!} class="hint">${options.hint}</span>` : nothing}
    ${fieldError(form, field, options.errorText)}
  </div>`;
}

/**
 * Weekly hours as rows of weekday, from and to (quarter hours, in the consultant's zone), each
 * with its own errors under its fields; rows are added and removed before saving them all.
 */
export function hoursFieldsTemplate(form: FormController<HoursValues, string>): TemplateResult {
  const rules = form.values.rules;
  const change = (index: number, patch: Partial<WeeklyRule>, field: string) =>
    form.set({ rules: rules.map((rule, at) => (at === index ? { ...rule, ...patch } : rule)) }, field);
  const errorText = (kind: 'choice' | 'time' | 'range') => (code: string) =>
    calendarFieldError(code === 'range' ? 'range' : kind, code);
  const input = (index: number, part: 'from' | 'to', label: string) => {
    const field = `rules.${index}.${part}`;
    return html`<div class="field">
      <label for=${field}>${label}</label>
      <input
        id=${field}
        type="time"
        step="900"
        required
        .value=${live(rules[index]![part])}
        aria-invalid=${form.errors[field] ? 'true' : 'false'}
        aria-describedby=${ifDefined(form.describedBy(field))}
        @input=${(event: Event) => change(index, { [part]: (event.target as HTMLInputElement).value }, field)}
      />
      ${fieldError(form, field, errorText('time'))}
    </div>`;
  };
  return html`<div id="rules" tabindex="-1" aria-describedby=${ifDefined(form.describedBy('rules'))}>
    ${fieldError(form, 'rules', (code) => calendarFieldError('list', code))}
    ${rules.map((rule, index) => {
      const weekday = `rules.${index}.weekday`;
      return html`<fieldset class="row">
        <legend>${msg(str`Sprechzeit ${index + 1}`, { id: 'admin.calendar.rule-legend' })}</legend>
        <div class="field">
          <label for=${weekday}>${msg('Wochentag', { id: 'admin.calendar.weekday' })}</label>
          <select
            id=${weekday}
            aria-invalid=${form.errors[weekday] ? 'true' : 'false'}
            aria-describedby=${ifDefined(form.describedBy(weekday))}
            @change=${(event: Event) => change(index, { weekday: (event.target as HTMLSelectElement).value as Weekday }, weekday)}
          >
            ${WEEKDAYS.map((day) => html`<option value=${day} ?selected=${rule.weekday === day}>${weekdayLabel(day)}</option>`)}
          </select>
          ${fieldError(form, weekday, errorText('choice'))}
        </div>
        ${input(index, 'from', msg('von', { id: 'admin.calendar.from-time' }))}
        ${input(index, 'to', msg('bis', { id: 'admin.calendar.to-time' }))}
        <button
          type="button"
          class="secondary"
          @click=${() => {
            // The rows after it move up: their errors would name the wrong row.
            form.errors = {};
            form.set({ rules: rules.filter((_, at) => at !== index) });
          }}
        >
          ${msg(str`Sprechzeit ${index + 1} entfernen`, { id: 'admin.calendar.rule-remove' })}
        </button>
      </fieldset>`;
    })}
    <button
      type="button"
      class="secondary"
      @click=${() => form.set({ rules: [...rules, { weekday: 'mon', from: '09:00', to: '12:00' }] }, 'rules')}
    >
      ${msg('Sprechzeit hinzufügen', { id: 'admin.calendar.rule-add' })}
    </button>
  </div>`;
}

import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { SupportedLocale } from '@welcome-widgets/domain';
import { privacyLink } from '../ui/form-parts.js';
import { problemNotice } from '../ui/problem-notice.js';
import { errorId, type FormController } from './form-controller.js';

// Field templates shared by every widget's forms: one markup for labels, hints, errors,
// aria-invalid and aria-describedby, so a fix to one is a fix to all.

type AnyForm<F extends string> = FormController<object, F>;

function valueOf<F extends string>(form: AnyForm<F>, field: F): unknown {
  return (form.values as Record<string, unknown>)[field];
}

/** The error line under a field, with the id its input points to; nothing while the field is fine. */
export function fieldError<F extends string>(
  form: AnyForm<F>,
  field: F,
  text: (code: string) => string,
): TemplateResult | typeof nothing {
  const code = form.errors[field];
  return code ? html`<p id=${errorId(field)} class="error field-error">${text(code)}</p>` : nothing;
}

export interface TextFieldOptions {
  label: string;
  hint?: string;
  errorText: (code: string) => string;
  type?: 'text' | 'email' | 'tel' | 'url' | 'password';
  autocomplete?: string;
  inputmode?: 'text' | 'email' | 'tel' | 'url' | 'numeric' | 'decimal';
  maxlength?: number;
  required?: boolean;
  /** Addresses and numbers read left to right also in Arabic. */
  ltr?: boolean;
  /** A text area of this many rows instead of a one-line input. */
  rows?: number;
}

export function textField<F extends string>(form: AnyForm<F>, field: F, options: TextFieldOptions): TemplateResult {
  const hintId = options.hint ? `${field}-hint` : undefined;
  const value = String(valueOf(form, field) ?? '');
  const onInput = (event: Event) =>
    form.set({ [field]: (event.target as HTMLInputElement | HTMLTextAreaElement).value }, field);
  const invalid = form.errors[field] ? 'true' : 'false';
  const describedBy = form.describedBy(field, hintId);
  const control = options.rows
    ? html`<textarea
        id=${field}
        name=${field}
        rows=${options.rows}
        maxlength=${ifDefined(options.maxlength)}
        ?required=${options.required ?? false}
        .value=${live(value)}
        aria-invalid=${invalid}
        aria-describedby=${ifDefined(describedBy)}
        @input=${onInput}
      ></textarea>`
    : html`<input
        id=${field}
        name=${field}
        type=${options.type ?? 'text'}
        inputmode=${ifDefined(options.inputmode)}
        autocomplete=${ifDefined(options.autocomplete)}
        spellcheck=${ifDefined(options.type === 'email' ? 'false' : undefined)}
        dir=${ifDefined(options.ltr ? 'ltr' : undefined)}
        maxlength=${ifDefined(options.maxlength)}
        ?required=${options.required ?? false}
        .value=${live(value)}
        aria-invalid=${invalid}
        aria-describedby=${ifDefined(describedBy)}
        @input=${onInput}
      />`;
  return html`<div class="field">
    <label for=${field}>${options.label}</label>
    ${control} ${options.hint ? html`<span id=${hintId!} class="hint">${options.hint}</span>` : nothing}
    ${fieldError(form, field, options.errorText)}
  </div>`;
}

export interface SelectOption {
  value: string;
  label: string;
  /** The language of the option's own label (language names written in their language). */
  lang?: string;
}

export interface SelectFieldOptions {
  label: string;
  options: readonly SelectOption[];
  errorText: (code: string) => string;
  /** Runs after the value is stored, e.g. to remember that the person chose. */
  onChange?: (value: string) => void;
}

export function selectField<F extends string>(form: AnyForm<F>, field: F, options: SelectFieldOptions): TemplateResult {
  const value = String(valueOf(form, field) ?? '');
  return html`<div class="field">
    <label for=${field}>${options.label}</label>
    <select
      id=${field}
      name=${field}
      aria-invalid=${form.errors[field] ? 'true' : 'false'}
      aria-describedby=${ifDefined(form.describedBy(field))}
      @change=${(event: Event) => {
        const chosen = (event.target as HTMLSelectElement).value;
        form.set({ [field]: chosen }, field);
        options.onChange?.(chosen);
      }}
    >
      ${options.options.map(
        (option) =>
          html`<option value=${option.value} lang=${ifDefined(option.lang)} ?selected=${option.value === value}>
            ${option.label}
          </option>`,
      )}
    </select>
    ${fieldError(form, field, options.errorText)}
  </div>`;
}

export interface CheckboxGroupOptions {
  legend: string;
  options: readonly SelectOption[];
  errorText: (code: string) => string;
}

/** Several choices stored as a list of values, in the order the options are given. */
export function checkboxGroup<F extends string>(
  form: AnyForm<F>,
  field: F,
  options: CheckboxGroupOptions,
): TemplateResult {
  const chosen = (valueOf(form, field) as readonly string[] | undefined) ?? [];
  const toggle = (value: string, checked: boolean) =>
    form.set(
      { [field]: options.options.map((o) => o.value).filter((v) => (v === value ? checked : chosen.includes(v))) },
      field,
    );
  return html`<fieldset id="${field}-group" aria-describedby=${ifDefined(form.describedBy(field))}>
    <legend>${options.legend}</legend>
    ${options.options.map(
      (option, index) =>
        html`<div class="choice">
          <input
            id="${field}-${option.value}"
            type="checkbox"
            name=${field}
            value=${option.value}
            .checked=${live(chosen.includes(option.value))}
            data-first=${ifDefined(index === 0 ? field : undefined)}
            @change=${(event: Event) => toggle(option.value, (event.target as HTMLInputElement).checked)}
          />
          <label for="${field}-${option.value}">${option.label}</label>
        </div>`,
    )}
    ${fieldError(form, field, options.errorText)}
  </fieldset>`;
}

export interface ConsentFieldOptions {
  /** What the person agrees to, with purpose and deletion, as the law asks. */
  text: string;
  errorText: (code: string) => string;
  privacyHref: string;
}

/** The consent checkbox with its error and the privacy notice link aligned under its text. */
export function consentField<F extends string>(
  form: AnyForm<F>,
  field: F,
  options: ConsentFieldOptions,
): TemplateResult {
  return html`<div class="consent-block">
    <div class="choice consent">
      <input
        id=${field}
        name=${field}
        type="checkbox"
        required
        .checked=${live(Boolean(valueOf(form, field)))}
        aria-invalid=${form.errors[field] ? 'true' : 'false'}
        aria-describedby=${ifDefined(form.describedBy(field))}
        @change=${(event: Event) => form.set({ [field]: (event.target as HTMLInputElement).checked }, field)}
      />
      <label for=${field}>${options.text}</label>
    </div>
    ${fieldError(form, field, options.errorText)} ${privacyLink(options.privacyHref)}
  </div>`;
}

/**
 * Where a form says why sending failed (network, rate limit, …), with "Try again" and the
 * promise that what was typed is kept; an empty live region until then.
 */
export function formProblem<F extends string>(
  form: AnyForm<F>,
  options: { locale: SupportedLocale; retry: () => void },
): TemplateResult {
  // The live region is on the page before the notice arrives, so screen readers announce it.
  return html`<div class="problem" role="alert">
    ${
      form.problem
        ? problemNotice(form.problem, {
            locale: options.locale,
            retry: options.retry,
            keepsInput: true,
            retryAt: form.retryAt,
            announce: false,
          })
        : nothing
    }
  </div>`;
}

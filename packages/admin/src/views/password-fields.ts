import { msg } from '@lit/localize';
import { textField, type FormController } from '@welcome-widgets/core';
import { html, type TemplateResult } from 'lit';

type Form<F extends string> = FormController<object, F>;

/** A password input as every console form has it; `new-password` ones carry the length hint. */
export function passwordField<F extends string>(
  form: Form<F>,
  field: F,
  options: { label: string; autocomplete: 'current-password' | 'new-password'; errorText: (code: string) => string },
): TemplateResult {
  return textField(form, field, {
    label: options.label,
    ...(options.autocomplete === 'new-password'
      ? {
          hint: msg('Mindestens 12 Zeichen. Ein langer Satz ist leichter zu merken und schwer zu erraten.', {
            id: 'admin.field.new-password-hint',
          }),
        }
      : {}),
    type: 'password',
    autocomplete: options.autocomplete,
    required: true,
    maxlength: 256,
    errorText: options.errorText,
  });
}

/** A new password and its repetition (accepting an invitation, changing one's own). */
export function newPasswordFields<F extends string>(
  form: Form<F>,
  fields: { password: F; repeat: F },
  errorText: (field: F) => (code: string) => string,
): TemplateResult {
  return html`${passwordField(form, fields.password, {
    label: msg('Neues Passwort', { id: 'admin.field.new-password' }),
    autocomplete: 'new-password',
    errorText: errorText(fields.password),
  })}
  ${textField(form, fields.repeat, {
    label: msg('Neues Passwort wiederholen', { id: 'admin.field.repeat-password' }),
    type: 'password',
    autocomplete: 'new-password',
    required: true,
    maxlength: 256,
    errorText: errorText(fields.repeat),
  })}`;
}

/** The form's submit button: says what it does, and that it is at work while the form is sent. */
export function submitButton(form: { submitting: boolean }, idle: string, busy: string): TemplateResult {
  return html`<button type="submit" class="primary" aria-disabled=${form.submitting ? 'true' : 'false'}>
    ${form.submitting ? busy : idle}
  </button>`;
}

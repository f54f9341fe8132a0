import { msg } from '@lit/localize';
import { textField, type FormController } from '@welcome-widgets/core';
import { html, type TemplateResult } from 'lit';
import { calendarFieldError } from '../calendars-texts.js';

/** A consultant's name and time zone, as adding one and changing one both ask for them. */
export function consultantFields<F extends string>(
  form: FormController<object, F | 'name' | 'timeZone'>,
): TemplateResult {
  return html`${textField(form, 'name', {
    label: msg('Name', { id: 'admin.field.name' }),
    required: true,
    maxlength: 200,
    errorText: (code) => calendarFieldError('text', code),
  })}
  ${textField(form, 'timeZone', {
    label: msg('Zeitzone', { id: 'admin.consultant.time-zone' }),
    ltr: true,
    required: true,
    maxlength: 64,
    errorText: (code) => calendarFieldError('timeZone', code),
  })}`;
}

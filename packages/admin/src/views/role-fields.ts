import { msg } from '@lit/localize';
import { selectField, textField, type FormController } from '@welcome-widgets/core';
import { STAFF_ROLES, type StaffRole } from '@welcome-widgets/domain';
import { html, nothing, type TemplateResult } from 'lit';
import { roleLabel } from '../admin-texts.js';

type RoleForm = FormController<{ role: StaffRole; consultantId: string }, 'role' | 'consultantId'>;

/** The role, and for a consultant which one of the appointment data they are (inviting, changing a role). */
export function roleFields<F extends string>(
  form: FormController<object, F>,
  roleLabelText: string,
  errorText: (field: 'role' | 'consultantId') => (code: string) => string,
): TemplateResult {
  // The forms have more fields than these two; the controller's field type cannot say so (it is invariant).
  const roleForm = form as unknown as RoleForm;
  return html`${selectField(roleForm, 'role', {
    label: roleLabelText,
    options: STAFF_ROLES.map((role) => ({ value: role, label: roleLabel(role) })),
    errorText: errorText('role'),
  })}
  ${
    roleForm.values.role === 'consultant'
      ? textField(roleForm, 'consultantId', {
          label: msg('Kennung der Beraterin oder des Beraters', { id: 'admin.field.consultant' }),
          hint: msg('Wie in den Termindaten, zum Beispiel anna-schmidt.', { id: 'admin.field.consultant-hint' }),
          ltr: true,
          maxlength: 100,
          errorText: errorText('consultantId'),
        })
      : nothing
  }`;
}

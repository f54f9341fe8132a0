import {
  StaffInvitationRequest,
  StaffPassword,
  StaffUserUpdate,
  fieldErrorsFromIssues,
  type StaffLanguage,
  type StaffRole,
} from '@welcome-widgets/domain';
import * as z from 'zod/mini';

// The console's forms checked with the contracts the server uses, so both name the same fields.

export type Checked<T> = { ok: true; value: T } | { ok: false; errors: Record<string, string> };

export interface LoginValues {
  email: string;
  password: string;
}

/** Sign-in asks only for something in both fields: the server's answer tells nothing more either. */
export function checkLogin(values: LoginValues): Checked<LoginValues> {
  const errors: Record<string, string> = {};
  if (!values.email.trim()) errors.email = 'required';
  if (!values.password) errors.password = 'required';
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, value: values };
}

/** A new password and its repetition; `field` names the new one's field in the form. */
export function checkNewPassword(password: string, repeat: string, field: 'password' | 'newPassword'): Checked<string> {
  const input = { [field]: password };
  const parsed = z.safeParse(z.object({ [field]: StaffPassword }), input);
  const errors: Record<string, string> = parsed.success ? {} : fieldErrorsFromIssues(parsed.error.issues, input);
  if (!repeat) errors.repeatPassword = 'required';
  else if (repeat !== password) errors.repeatPassword = 'mismatch';
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, value: password };
}

export interface InviteValues {
  email: string;
  name: string;
  role: StaffRole;
  consultantId: string;
  language: StaffLanguage;
}

export function checkInvite(values: InviteValues): Checked<StaffInvitationRequest> {
  const input = {
    email: values.email,
    name: values.name,
    role: values.role,
    language: values.language,
    ...(values.role === 'consultant' ? { consultantId: values.consultantId.trim() } : {}),
  };
  const parsed = z.safeParse(StaffInvitationRequest, input);
  if (!parsed.success) return { ok: false, errors: fieldErrorsFromIssues(parsed.error.issues, input) };
  if (values.role === 'consultant' && !input.consultantId) return { ok: false, errors: { consultantId: 'required' } };
  return { ok: true, value: parsed.data };
}

export interface RoleValues {
  role: StaffRole;
  consultantId: string;
}

/** A role change: a consultant names whose calendar is theirs; the other roles name none. */
export function checkRoleChange(values: RoleValues): Checked<StaffUserUpdate> {
  const input = {
    role: values.role,
    consultantId: values.role === 'consultant' ? values.consultantId.trim() : null,
  };
  if (values.role === 'consultant' && !input.consultantId) return { ok: false, errors: { consultantId: 'required' } };
  const parsed = z.safeParse(StaffUserUpdate, input);
  return parsed.success
    ? { ok: true, value: parsed.data }
    : { ok: false, errors: fieldErrorsFromIssues(parsed.error.issues, input) };
}

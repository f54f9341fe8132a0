import type { FieldErrorCode } from './errors.js';

export type FieldErrors = Record<string, FieldErrorCode>;

/** The field code plain-text.ts's checks' issues carry; `fieldErrorsFromIssues` passes it on. */
export const CONTROL_CHARACTERS_CODE = 'control_characters' satisfies FieldErrorCode;

/** What is read of an issue: zod's issues (the server) and check-kit.ts's (the browser) both have it. */
export interface IssueLike {
  readonly code: string;
  readonly path: readonly PropertyKey[];
  readonly keys?: readonly string[];
  readonly params?: { readonly fieldCode?: unknown };
}

/** English texts for API clients without their own; widgets translate the code instead. */
export const FIELD_ERROR_MESSAGES: Record<FieldErrorCode, string> = {
  required: 'This field is required.',
  invalid: 'This value is not valid.',
  too_long: 'This value is too long.',
  too_short: 'This value is too short.',
  not_allowed: 'This value is not allowed.',
  unknown_field: 'This field is not expected.',
  control_characters:
    'This text contains invisible control characters (such as a line break, NUL or a bidi override); remove them.',
  too_many_open: 'This address already has the maximum of open appointments; cancel one before booking another.',
  common_password: 'This password is on a list of common passwords; choose another.',
};

/**
 * Turns schema issues into one code per top-level field, the same way in the browser and on
 * the server, so a 422 maps onto exactly the fields the widget validated itself.
 */
export function fieldErrorsFromIssues(issues: readonly IssueLike[], input: unknown): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys' && issue.path.length === 0) {
      for (const key of issue.keys ?? []) setOnce(errors, key, 'unknown_field');
      continue;
    }
    const field = issue.path.length > 0 ? String(issue.path[0]) : '_';
    setOnce(errors, field, codeFor(issue, valueAt(input, field)));
  }
  return errors;
}

/** Field names come from the client: "constructor" or "__proto__" must be plain keys, never the prototype's. */
function setOnce(errors: FieldErrors, field: string, code: FieldErrorCode): void {
  if (Object.hasOwn(errors, field)) return;
  Object.defineProperty(errors, field, { value: code, enumerable: true, writable: true, configurable: true });
}

function codeFor(issue: IssueLike, value: unknown): FieldErrorCode {
  if (value === undefined || value === null || value === '' || value === false) return 'required';
  // Custom checks name their own code (plain-text.ts); anything else they might say stays 'invalid'.
  if (issue.code === 'custom' && issue.params?.fieldCode === CONTROL_CHARACTERS_CODE) return CONTROL_CHARACTERS_CODE;
  switch (issue.code) {
    case 'too_big':
      return 'too_long';
    case 'too_small':
      return Array.isArray(value) ? 'required' : 'too_short';
    case 'invalid_value':
      return 'not_allowed';
    case 'unrecognized_keys':
      return 'unknown_field';
    default:
      return 'invalid';
  }
}

function valueAt(input: unknown, field: string): unknown {
  return typeof input === 'object' && input !== null && Object.hasOwn(input, field)
    ? (input as Record<string, unknown>)[field]
    : undefined;
}

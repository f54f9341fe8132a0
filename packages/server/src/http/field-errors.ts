import { CONTROL_CHARACTERS_CODE, type FieldErrorCode, type FieldErrors } from '@welcome-widgets/domain';
import type * as z from 'zod/mini';

/**
 * A schema's issues as the field errors of a 422 under their whole paths (`rules.0.from`; domain's
 * fieldErrorsFromIssues names top-level fields only), one code per field (its first issue): refused
 * characters, unknown and missing fields, else `invalid`. `code` names what an API tells apart
 * beyond that; `field` names the field by its path (default: the whole path, `_` for the body).
 */
export function fieldErrorsOf(
  issues: readonly z.core.$ZodIssue[],
  options: {
    field?: (path: string[]) => string;
    code?: (issue: z.core.$ZodIssue) => FieldErrorCode | undefined;
  } = {},
): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const path = issue.path.map(String);
    const field = options.field?.(path) ?? (path.join('.') || '_');
    if (Object.hasOwn(errors, field)) continue;
    errors[field] =
      issue.code === 'custom' && issue.params?.fieldCode === CONTROL_CHARACTERS_CODE
        ? CONTROL_CHARACTERS_CODE
        : (options.code?.(issue) ??
          (issue.code === 'unrecognized_keys'
            ? 'unknown_field'
            : issue.code === 'invalid_type' && issue.input === undefined
              ? 'required'
              : 'invalid'));
  }
  return errors;
}

import { STAFF_PASSWORD_MAX_LENGTH, STAFF_PASSWORD_MIN_LENGTH, type FieldErrorCode } from '@welcome-widgets/domain';
import { isCommonPassword } from './common-passwords.js';

/**
 * Why a new password is refused, or undefined. Length counts code points, as people count
 * characters (an emoji is one). The API's schema checks the length too; the CLI relies on this.
 */
export function passwordProblem(password: string): FieldErrorCode | undefined {
  const length = [...password].length;
  if (length < STAFF_PASSWORD_MIN_LENGTH) return 'too_short';
  if (password.length > STAFF_PASSWORD_MAX_LENGTH) return 'too_long';
  if (isCommonPassword(password)) return 'common_password';
  return undefined;
}

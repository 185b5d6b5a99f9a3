import { AppError, ErrorCode } from '@app/core';
import { passwordWeakness } from './password-strength';

/** BAD_USER_INPUT (with the reason) for a weak password; the password itself is never logged nor put in an error. */
export function assertStrongPassword(password: string, personal: string[]): void {
  const weakness = passwordWeakness(password, personal);
  if (weakness)
    throw new AppError(ErrorCode.BAD_USER_INPUT, `password: ${weakness.message}`, {
      field: 'password',
      reason: weakness.reason,
    });
}

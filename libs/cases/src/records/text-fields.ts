import { AppError } from '@app/core';

/** IsNotEmpty lets whitespace through: a required text is trimmed, and only blanks is as good as nothing. */
export function requiredText(field: string, value: string): string {
  const trimmed = value.trim();
  if (!trimmed) throw AppError.badInput(field, 'should not be empty');
  return trimmed;
}

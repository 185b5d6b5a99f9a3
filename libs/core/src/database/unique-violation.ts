import { AppError, isUniqueViolation } from '../errors/app-error';

/**
 * Runs a write; a duplicate under one of the named unique constraints becomes the AppError
 * given for it (a CONFLICT naming the field), anything else is rethrown.
 */
export async function withUniqueConflicts<T>(
  write: () => Promise<T>,
  conflicts: Record<string, () => AppError>,
): Promise<T> {
  try {
    return await write();
  } catch (error) {
    const constraint = Object.keys(conflicts).find((name) => isUniqueViolation(error, name));
    if (constraint) throw conflicts[constraint]();
    throw error;
  }
}

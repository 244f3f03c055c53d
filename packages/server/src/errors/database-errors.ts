import { AppError } from './app-error.ts';

interface PgError {
  code?: string;
  constraint?: string;
  column?: string;
}

/**
 * Translates a PostgreSQL constraint violation into an AppError (the one place that knows
 * SQLSTATE codes). Returns undefined for anything else.
 */
export function translateDatabaseError(error: unknown): AppError | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const e = error as PgError;
  switch (e.code) {
    case '23505':
      if (e.constraint === 'applications_one_per_person') {
        return new AppError('APPLICATION_EXISTS', 'This person has already applied to this programme.');
      }
      return new AppError('ALREADY_EXISTS', 'A record with these values already exists.', {
        extra: e.constraint ? { constraint: e.constraint } : {},
      });
    case '23503':
      return new AppError('VALIDATION_FAILED', 'A referenced record does not exist.', {
        errors: [{ path: e.column ?? e.constraint ?? 'reference', message: 'does not exist' }],
      });
    case '23514':
    case '23502':
    case '22P02':
    case '22007':
    case '22008':
      return new AppError('VALIDATION_FAILED', 'A value is not acceptable.', {
        errors: [{ path: e.column ?? e.constraint ?? 'value', message: 'is not acceptable' }],
      });
    default:
      return undefined;
  }
}

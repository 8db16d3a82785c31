import type { ErrorCode, FieldIssue } from '../../shared/ipc/result';

/** An expected failure with a message an officer can act on (always Indonesian). */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues?: FieldIssue[],
  ) {
    super(message);
    this.name = 'AppError';
  }
}

/** Invalid input on one field, found by the core (e.g. a date in the future): the UI marks the field. */
export function invalidField(path: string, message: string): AppError {
  return new AppError('invalid_input', message, [{ path, message }]);
}

export function notFound(message: string): AppError {
  return new AppError('not_found', message);
}

/** True for SQLite's UNIQUE constraint error (better-sqlite3's SqliteError code). */
export function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === 'SQLITE_CONSTRAINT_UNIQUE';
}

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

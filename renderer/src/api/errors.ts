import type { ErrorCode, FieldIssue } from '../../../shared/ipc/result';

/** Codes from the contract, plus one only a transport can know: nobody answered. */
export type ApiErrorCode = ErrorCode | 'unreachable';

/** A failed call: an `{ok:false}` Result from the core, or a transport failure. */
export class ApiError extends Error {
  readonly code: ApiErrorCode;
  readonly issues: FieldIssue[];

  constructor(code: ApiErrorCode, message: string, issues: FieldIssue[] = []) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.issues = issues;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

/** The backend is gone (host stopped, network down): the shell shows its "unreachable" screen. */
export function isUnreachable(error: unknown): boolean {
  return isApiError(error) && error.code === 'unreachable';
}

export const UNREACHABLE_MESSAGE = 'Tidak dapat terhubung ke layanan PPID Desk.';

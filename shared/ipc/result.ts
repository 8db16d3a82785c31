// The envelope every channel answers with, over Electron IPC and over the browser host's HTTP.
// Kept free of Node and DOM so main, host, CLI and renderer share one definition.

export const ERROR_CODES = [
  'invalid_input', // the input did not match the channel's schema
  'unknown_channel', // no such channel in the contract
  'not_found',
  'conflict', // e.g. a unique number already taken, a stale version
  'forbidden', // sender or token not allowed; an officer without the role the channel needs
  'unauthenticated', // no session, or it expired or was revoked: sign in again
  'unsupported', // e.g. a logo that is not PNG/JPEG
  'precondition', // a missing step: e.g. a refusal letter before the refusal, letters before the office profile
  'db_too_new', // the database was written by a newer PPID Desk
  'disk', // the disk is full, read-only or not writable: nothing was stored
  'internal', // a bug: logged with details, shown with a generic message
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface FieldIssue {
  /** Dotted path of the field, e.g. "ppid.nip"; "" for the whole input. */
  path: string;
  message: string;
}

export interface AppErrorShape {
  code: ErrorCode;
  message: string;
  issues?: FieldIssue[];
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppErrorShape };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (code: ErrorCode, message: string, issues?: FieldIssue[]): Result<never> => ({
  ok: false,
  error: issues && issues.length > 0 ? { code, message, issues } : { code, message },
});

/** Runtime check of an envelope that crossed a process or network boundary. */
export function isResult(body: unknown): body is Result<unknown> {
  if (typeof body !== 'object' || body === null || !('ok' in body)) return false;
  const candidate = body as { ok: unknown; value?: unknown; error?: unknown };
  if (candidate.ok === true) return 'value' in candidate;
  if (candidate.ok !== false || typeof candidate.error !== 'object' || candidate.error === null) return false;
  const error = candidate.error as { code?: unknown; message?: unknown };
  return typeof error.code === 'string' && typeof error.message === 'string';
}

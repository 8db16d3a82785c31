// The messages between Electron main and the core's utility process (issue 16: the core off the
// window's thread, as Actual Budget runs its server). Plain structured-clone data over a port:
// Electron's UtilityProcess / parentPort in the app, node:worker_threads MessageChannel in tests.
import type { AppErrorShape, Result } from '../../../shared/ipc/result';
import type { AutoBackupOutcome, CoreOptions } from '../types';

/** The part of a message port both ends use. Listeners get the message itself (not a MessageEvent). */
export interface PortLike {
  postMessage(message: unknown): void;
  on(event: 'message', listener: (message: unknown) => void): unknown;
}

/** Core options that can cross a process boundary (no clock object: the core process keeps real time). */
export type RemoteCoreOptions = Omit<CoreOptions, 'clock' | 'lan'>;

/**
 * Core methods besides handle() that the shell calls. 'setLan' tells the core where main's LAN host
 * serves (app:lanInfo), since a getter cannot cross the process boundary.
 */
export type CoreMethod = 'autoBackup' | 'warmUp' | 'close' | 'setLan';

export type ToCore =
  | { kind: 'init'; options: RemoteCoreOptions }
  /** `args`: whatever handle() takes after the input (e.g. the calling officer), passed through as is. */
  | { kind: 'call'; id: number; channel: string; input: unknown; args: unknown[] }
  | { kind: 'method'; id: number; method: CoreMethod; args: unknown[] };

export type FromCore =
  | { kind: 'ready'; dataDir: string }
  /** createCore failed: name 'AppError' with its officer-facing message (db_too_new, a locked archive...). */
  | { kind: 'failed'; error: { name: string; message: string; code?: AppErrorShape['code'] } }
  | { kind: 'result'; id: number; result: Result<unknown> }
  | { kind: 'returned'; id: number; value: AutoBackupOutcome | undefined }
  | { kind: 'event'; name: string; payload: unknown };

const KINDS = new Set(['init', 'call', 'method', 'ready', 'failed', 'result', 'returned', 'event']);

/** A message from the other side, or null for anything that is not one of ours. */
export function asMessage<T extends ToCore | FromCore>(value: unknown): T | null {
  return typeof value === 'object' && value !== null && KINDS.has((value as { kind?: unknown }).kind as string) ? (value as T) : null;
}

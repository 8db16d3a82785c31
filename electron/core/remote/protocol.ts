// The messages between Electron main and the core's utility process (issue 16: the core off the
// window's thread, as Actual Budget runs its server). Plain structured-clone data over a port:
// Electron's UtilityProcess / parentPort in the app, node:worker_threads MessageChannel in tests.
import type { AppErrorShape, Result } from '../../../shared/ipc/result';
import type { AutoBackupOutcome, CoreOptions } from '../types';

/**
 * The part of a message port both ends use. Listeners get the message itself (not a MessageEvent)
 * and the ports transferred with it, if any (main hands the core one end of a parser's channel).
 */
export interface PortLike {
  postMessage(message: unknown): void;
  on(event: 'message', listener: (message: unknown, ports?: readonly PortLike[]) => void): unknown;
  /** Ends the port (a parser's channel, once its child is gone). */
  close?(): void;
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

// Parser children (issue 16): in Electron the core cannot start them itself (child_process.fork
// would relaunch the Electron binary, and utilityProcess exists only in main), so it asks main.
// Main forks electron/core/archive/parse/worker.ts as a utility process and hands the core one end
// of a MessageChannelMain (transferred with 'parser:forked'); jobs and replies then go straight
// between core and child. Main relays kills and reports exits. Same port as the calls above.

/** Core -> main. `id` is the core's number for the child. */
export type ParserToMain =
  | { kind: 'parser:fork'; id: number; maxOldSpaceMb: number; reportRss: boolean }
  | { kind: 'parser:kill'; id: number };

/** Main -> core. 'parser:forked' comes with the core's end of the child's port. */
export type ParserFromMain =
  | { kind: 'parser:forked'; id: number; pid: number | undefined }
  | { kind: 'parser:rss'; id: number; bytes: number }
  /** The child is gone (or never started); `signal` only where the platform tells it. */
  | { kind: 'parser:exit'; id: number; code: number | null; signal: string | null };

const PARSER_KINDS = new Set(['parser:fork', 'parser:kill', 'parser:forked', 'parser:rss', 'parser:exit']);

/** A parser message from the other side, or null. */
export function asParserMessage<T extends ParserToMain | ParserFromMain>(value: unknown): T | null {
  if (typeof value !== 'object' || value === null) return null;
  const { kind, id } = value as { kind?: unknown; id?: unknown };
  return PARSER_KINDS.has(kind as string) && Number.isSafeInteger(id) ? (value as T) : null;
}

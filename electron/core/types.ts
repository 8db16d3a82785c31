import type { ArchiveKeys } from './crypto/keys';
import type { Caller } from './auth/caller';
import type { Result } from '../../shared/ipc/result';
import type { EventName, EventPayload } from '../../shared/ipc/events';

/** Where the core runs; reported by `app:info` and used for defaults (e.g. the audit actor). */
export type HostKind = 'electron' | 'browser' | 'cli' | 'test';

export interface Clock {
  now(): Date;
}
export const systemClock: Clock = { now: () => new Date() };

/**
 * A clock that starts at `start` and runs on in real time: for training sessions and end-to-end
 * tests that must act on a case on its own dates (e.g. extend a request before its 10 days end).
 */
export function runningClockFrom(start: Date, base: Clock = systemClock): Clock {
  const offset = start.getTime() - base.now().getTime();
  return { now: () => new Date(base.now().getTime() + offset) };
}

export interface CoreOptions {
  /** The data folder: archive.db, blobs/, backups/. Created if missing. */
  dataDir: string;
  clock?: Clock;
  host?: HostKind;
  /** Who acts, written in the audit log. Defaults to the OS user name. */
  actor?: string;
  /** Path to a better_sqlite3.node built for another runtime (the Electron ABI); see build/scripts/native.mjs. */
  nativeBinding?: string;
  /**
   * 'exclusive' (default): take archive.lock, refusing while another live program holds it.
   * 'shared': open without taking it, for tools that only read while the app runs and for tests
   * of concurrent writers; refused only while a restore holds the lock.
   */
  lock?: 'exclusive' | 'shared';
  /** Keys of an encrypted archive (crypto/keys.ts resolveKeys); required when encryption.json says so. */
  keys?: ArchiveKeys;
  /** Where a LAN host started by this program serves, read by app:lanInfo (set once it listens). */
  lan?: () => { urls: string[] } | null;
}

/** What an automatic backup did: made one, skipped (why), or failed (the Indonesian message). */
export interface AutoBackupOutcome {
  trigger: 'start' | 'quit';
  at: string;
  status: 'created' | 'skipped' | 'failed';
  message: string;
  file?: string;
}

export interface CoreEvents {
  on<E extends EventName>(name: E, listener: (payload: EventPayload<E>) => void): () => void;
  /** Every event, for transports that forward them all (Electron webContents, host SSE). */
  onAny(listener: (name: EventName, payload: unknown) => void): () => void;
}

export interface Core {
  /**
   * Check the caller's permission for the channel (shared/ipc/permissions.ts), parse `input`
   * against the contract, run the handler, answer with a Result. Never throws.
   * `caller` undefined = system (CLI, tests, shell internals): allowed everything. Hosts MUST pass
   * a session caller for every renderer/browser call (auth/caller.ts), even without a token.
   */
  handle(channel: string, input: unknown, caller?: Caller): Promise<Result<unknown>>;
  events: CoreEvents;
  readonly dataDir: string;
  /**
   * The automatic backup (issue 10): 'start' makes one when none was made today, 'quit' when the
   * archive changed since the newest one; then old ones are rotated. Called by the shells (never
   * the CLI); never throws, the outcome is also reported by `backup:status`.
   */
  autoBackup(trigger: 'start' | 'quit'): Promise<AutoBackupOutcome>;
  /**
   * Reads the fonts, starts HarfBuzz and pdf-lib, and loads the report's charts (ECharts, resvg) in
   * the background (issue 16), so the first letter or report after start-up is as fast as the rest. Called by the shells once the window or page is
   * served; never throws (a failure is logged, the first letter then pays the cost).
   */
  warmUp(): Promise<void>;
  close(): void;
}

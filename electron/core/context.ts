import type { Db } from './db/connection';
import type { ArchiveKeys } from './crypto/keys';
import type { BlobStore } from './blobs/store';
import type { AutoBackupOutcome, Clock, HostKind } from './types';
import type { EventName, EventPayload } from '../../shared/ipc/events';
import type { ClientKeyClaim } from './idempotency/keys';
import type { LanServing } from './lan/service';
import type { Caller } from './auth/caller';
import type { Role } from '../../shared/domain/auth/roles';

/** The signed-in officer of a call (issue 14). */
export interface CtxOfficer {
  id: number;
  name: string;
  nip: string;
  jabatan: string;
  roles: readonly Role[];
}

/** What every service gets: the open database, the blob store, time, and who is acting. */
export interface Ctx {
  db: Db;
  blobs: BlobStore;
  clock: Clock;
  /**
   * Who acts, as the history and the audit log print it: the signed-in officer's name; for system
   * calls the officer's name set at this desk (app/officer.ts), else the computer account.
   */
  actor: string;
  /** The signed-in officer; null (or absent, in contexts built by hand) for system calls. */
  officer?: CtxOfficer | null;
  /** Who called (auth/caller.ts); absent = system. The auth service reads the session token from it. */
  caller?: Caller;
  /** The computer account (OS user or the core's `actor` option), whatever name is set. */
  account?: string;
  host: HostKind;
  dataDir: string;
  /** Queue an event; it is delivered after the current handler returns (i.e. after commit). */
  emit<E extends EventName>(name: E, payload: EventPayload<E>): void;
  /** Deliver an event at once: progress of a long-running call (an archive import), not a change to refetch. */
  emitNow<E extends EventName>(name: E, payload: EventPayload<E>): void;
  /** The archive's files as a whole (backup, restore); absent in contexts built outside createCore. */
  archive?: ArchiveControl;
  /** Keys of an encrypted archive: backups are written and checked with them. */
  keys?: ArchiveKeys;
  /** The idempotency key of this create call, if it sent one; the create records it (idempotency/keys.ts). */
  clientKey?: ClientKeyClaim;
  /** Where a LAN host started by this program serves (app:lanInfo); absent when none runs. */
  lan?: () => LanServing | null;
}

export interface ArchiveControl {
  /**
   * Closes the database, runs `job` (which may replace archive.db and blobs/), then reopens and
   * migrates it. Throws AppError('conflict') while other calls are still running.
   */
  withArchiveClosed<T>(job: () => T): T;
  /** One maintenance job (backup, restore) at a time: AppError('conflict') while another runs. */
  exclusive<T>(job: () => Promise<T>): Promise<T>;
  lastAutoBackup(): AutoBackupOutcome | null;
}

export const nowIso = (ctx: Pick<Ctx, 'clock'>): string => ctx.clock.now().toISOString();

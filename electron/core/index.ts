// createCore: the whole backend, runnable in plain Node (tests, browser host, CLI) and in Electron's main.
import os from 'node:os';
import type { EventName } from '../../shared/ipc/events';
import { createBlobStore, ensurePrivateDir, type BlobStore } from './blobs/store';
import { missingKeyMessage, readEncryptionInfo, type ArchiveKeys } from './crypto/keys';
import { tightenFileModes } from './storage/modes';
import type { ArchiveControl, Ctx, CtxOfficer } from './context';
import { trackCommits } from './db/commits';
import { openDatabase, type Db } from './db/connection';
import { migrate } from './db/migrate';
import { dispatchTracked } from './dispatch';
import { AppError } from './errors';
import { createEventHub } from './events';
import { runAutoBackup } from './maintenance/autoBackup';
import { loadRenderers } from './letters/render';
import { assertNoInterruptedRestore } from './maintenance/restoreMarker';
import { dataPaths } from './paths';
import { acquireLock, ArchiveLockedError, liveHolder, lockedMessage, type ArchiveLock } from './storage/lock';
import { systemClock, type AutoBackupOutcome, type Core, type CoreOptions } from './types';
import { officerName } from './app/officer';
import type { Caller } from './auth/caller';
import { admit } from './auth/guard';
import { runAs } from './auth/acting';

export type { Core, CoreOptions } from './types';

export function defaultActor(): string {
  try {
    return os.userInfo().username || 'operator';
  } catch {
    return 'operator';
  }
}

const BUSY_MESSAGE = 'Pencadangan atau pemulihan lain sedang berjalan. Tunggu hingga selesai, lalu coba lagi.';

/**
 * Opens (creating if needed) the data folder and migrates it. Throws AppError('db_too_new') for a
 * newer database, ArchiveLockedError while another live program holds archive.lock.
 */
/** An encrypted archive needs its keys; keys for a plain archive would create an unreadable mix. */
function assertKeysMatch(dataDir: string, keys: ArchiveKeys | undefined): void {
  const info = readEncryptionInfo(dataDir);
  if (info && !keys) {
    throw new AppError('precondition', missingKeyMessage(info));
  }
  if (!info && keys) {
    throw new AppError('precondition', 'Arsip ini belum terenkripsi. Jalankan "ppid-desk encrypt --key-file BERKAS" untuk mengenkripsinya, atau buka tanpa kunci.');
  }
}

export function createCore(options: CoreOptions): Core {
  const paths = dataPaths(options.dataDir);
  // Owner-only: another local user must not read names and NIK off the disk (UU 27/2022).
  ensurePrivateDir(paths.dataDir);
  assertKeysMatch(paths.dataDir, options.keys);
  let lock: ArchiveLock | null = null;
  if (options.lock === 'shared') {
    const holder = liveHolder(paths.dataDir);
    if (holder?.kind === 'restore') throw new ArchiveLockedError(holder, lockedMessage(holder, paths.dataDir));
  } else {
    lock = acquireLock(paths.dataDir, options.host ?? 'test');
  }
  const openArchive = (): Db => {
    assertNoInterruptedRestore(paths.dataDir);
    const db = openDatabase(paths.db, { ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}), ...(options.keys ? { key: options.keys.db } : {}) });
    tightenFileModes(paths.db);
    try {
      migrate(db);
    } catch (error) {
      db.close();
      throw error;
    }
    // Every write of this core reports its commit to the call that made it (see db/commits.ts).
    trackCommits(db);
    return db;
  };
  const blobOptions = options.keys ? { key: options.keys.blobs } : {};
  let db: Db;
  let blobs: BlobStore;
  try {
    db = openArchive();
    blobs = createBlobStore(paths.blobs, blobOptions);
  } catch (error) {
    lock?.release();
    throw error;
  }
  const clock = options.clock ?? systemClock;
  const actor = options.actor ?? defaultActor();
  const host = options.host ?? 'test';
  const log = (message: string, error: unknown) => console.error(`[ppid-desk] ${message}`, error);
  const hub = createEventHub();
  let closed = false;
  let inFlight = 0;
  let maintenanceBusy = false;
  let lastAuto: AutoBackupOutcome | null = null;

  const archive: ArchiveControl = {
    withArchiveClosed(job) {
      if (inFlight > 1) throw new AppError('conflict', 'Pekerjaan lain (mis. impor) masih berjalan. Tunggu hingga selesai, lalu coba lagi.');
      db.close();
      try {
        return job();
      } finally {
        try {
          db = openArchive();
          blobs = createBlobStore(paths.blobs, blobOptions);
        } catch (error) {
          // The files are there (the restore checked them) but cannot be opened: stop serving.
          closed = true;
          log('cannot reopen the archive after a restore', error);
        }
      }
    },
    async exclusive(job) {
      if (maintenanceBusy) throw new AppError('conflict', BUSY_MESSAGE);
      maintenanceBusy = true;
      try {
        return await job();
      } finally {
        maintenanceBusy = false;
      }
    },
    lastAutoBackup: () => lastAuto,
  };

  const makeCtx = (emit: Ctx['emit'], officer: CtxOfficer | null = null, caller?: Caller): Ctx => ({
    db,
    blobs,
    clock,
    // The signed-in officer's name; for system calls the desk's officer name once set, for the
    // history and the audit log.
    // The CLI is never the officer named at the desk: it says "CLI (OS user)".
    actor: officer?.name ?? (host === 'cli' ? `CLI (${actor})` : (officerName(db) ?? actor)),
    officer,
    ...(caller ? { caller } : {}),
    account: actor,
    host,
    dataDir: paths.dataDir,
    archive,
    ...(options.keys ? { keys: options.keys } : {}),
    ...(options.lan ? { lan: options.lan } : {}),
    emit,
    emitNow: (name, payload) => hub.emit(name, payload),
  });

  return {
    dataDir: paths.dataDir,
    events: hub,
    async handle(channel, input, caller) {
      if (closed) return { ok: false, error: { code: 'internal', message: 'Aplikasi sedang ditutup.' } };
      // The guard first (auth/guard.ts): no input of an unsigned or unauthorised caller is parsed.
      let admission;
      try {
        admission = admit(db, clock, channel, caller);
      } catch (error) {
        log(`resolving the caller of ${channel} failed`, error);
        return { ok: false, error: { code: 'internal', message: 'Sesi tidak dapat diperiksa. Coba lagi, dan bila berulang laporkan ke admin.' } };
      }
      if (!admission.ok) return admission.result;
      const officer = admission.officer;
      // Events are held until the handler has returned, i.e. after its transaction committed, and
      // sent whenever something was committed, even if a later step failed: the change is real.
      const pending: [EventName, unknown][] = [];
      const ctx = makeCtx((name, payload) => void pending.push([name, payload]), officer, caller);
      inFlight += 1;
      try {
        // Every audit entry of this call names its officer (auth/acting.ts).
        const { result, committed } = await runAs(officer ? { id: officer.id, name: officer.name } : null, () => dispatchTracked(ctx, channel, input, log));
        if (result.ok || committed) for (const [name, payload] of pending) hub.emit(name, payload);
        return result;
      } finally {
        inFlight -= 1;
      }
    },
    async warmUp() {
      try {
        const { prepareFonts } = await loadRenderers();
        await prepareFonts();
        const { prepareCharts } = await import('./reports/document/charts');
        await prepareCharts();
      } catch (error) {
        log('warming up the PDF renderer failed', error);
      }
    },
    async autoBackup(trigger) {
      const at = clock.now().toISOString();
      if (closed) return { trigger, at, status: 'skipped', message: 'Aplikasi sedang ditutup.' };
      try {
        lastAuto = await archive.exclusive(() => runAutoBackup(makeCtx((name, payload) => hub.emit(name, payload)), trigger));
      } catch (error) {
        if (!(error instanceof AppError)) log(`automatic backup (${trigger}) failed`, error);
        const message = error instanceof AppError ? error.message : `Pencadangan otomatis gagal: ${(error as Error).message}`;
        lastAuto = { trigger, at, status: 'failed', message };
      }
      return lastAuto;
    },
    close() {
      closed = true;
      if (db.open) db.close();
      lock?.release();
    },
  };
}

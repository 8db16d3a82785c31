// archive.lock: one program at a time has the archive open for writing (the desktop app, the
// browser host, a writing CLI command, a restore). SQLite alone would let them interleave safely,
// but a restore swaps the files under an open connection, so it must know nobody else holds them.
// The file names its holder (pid, host name, kind, start time); a lock whose pid is no longer
// alive on this host was left by a crash (kill -9, power cut) and is taken over.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AppError } from '../errors';

export const LOCK_FILE = 'archive.lock';

/** Who holds the lock: the shells by their host kind, and `ppid-desk restore`. */
export type LockKind = 'electron' | 'browser' | 'cli' | 'test' | 'restore';

export interface LockInfo {
  pid: number;
  host: string;
  kind: LockKind;
  startedAt: string;
  token: string;
}

export interface ArchiveLock {
  readonly file: string;
  readonly info: LockInfo;
  /** Removes the lock file if it is still ours. Safe to call twice. */
  release(): void;
}

const KIND_LABEL: Record<LockKind, string> = {
  electron: 'aplikasi desktop PPID Desk',
  browser: 'PPID Desk di peramban (start:browser)',
  cli: 'perintah ppid-desk',
  test: 'pengujian',
  restore: 'pemulihan (ppid-desk restore)',
};

/** An attempt to open an archive that another live program holds. */
export class ArchiveLockedError extends AppError {
  constructor(
    readonly holder: LockInfo,
    message: string,
  ) {
    super('conflict', message);
  }
}

export function lockPath(dataDir: string): string {
  return path.join(dataDir, LOCK_FILE);
}

/** The lock file's content, or null when there is none (or it cannot be read as one). */
export function readLock(dataDir: string): LockInfo | null {
  let text: string;
  try {
    text = fs.readFileSync(lockPath(dataDir), 'utf8');
  } catch {
    return null;
  }
  try {
    const value = JSON.parse(text) as Partial<LockInfo>;
    if (typeof value.pid !== 'number' || typeof value.host !== 'string') return null;
    return {
      pid: value.pid,
      host: value.host,
      kind: (value.kind ?? 'cli') as LockKind,
      startedAt: String(value.startedAt ?? ''),
      token: String(value.token ?? ''),
    };
  } catch {
    return null;
  }
}

export function pidAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Whether `info` still stands. On another host we cannot look at its processes, so it stands
 * (an archive on a shared folder opened from two computers is exactly what the lock is for).
 */
export function lockIsLive(info: LockInfo): boolean {
  return info.host !== os.hostname() || pidAlive(info.pid);
}

/** The live holder of the archive's lock, or null when it is free (no file, or a stale one). */
export function liveHolder(dataDir: string): LockInfo | null {
  const info = readLock(dataDir);
  return info && lockIsLive(info) ? info : null;
}

export function describeHolder(info: LockInfo): string {
  const since = Number.isNaN(Date.parse(info.startedAt)) ? '' : `, sejak ${new Date(info.startedAt).toLocaleString('id-ID')}`;
  return `PID ${info.pid}: ${KIND_LABEL[info.kind] ?? info.kind}${since}`;
}

export function lockedMessage(info: LockInfo, dataDir: string): string {
  if (info.host !== os.hostname()) {
    return (
      `Arsip sedang dibuka oleh aplikasi lain di komputer ${info.host} (PID ${info.pid}). Tutup PPID Desk di komputer itu dahulu. ` +
      `Bila Anda yakin tidak ada PPID Desk yang berjalan di sana, hapus berkas ${lockPath(dataDir)}.`
    );
  }
  if (info.kind === 'restore') {
    return `Arsip sedang dipulihkan dari cadangan (${describeHolder(info)}). Tunggu hingga pemulihan selesai, lalu coba lagi.`;
  }
  return `Arsip sedang dibuka oleh aplikasi lain (${describeHolder(info)}). Tutup aplikasi itu dahulu, lalu coba lagi.`;
}

const held = new Map<string, LockInfo>();
let exitHookInstalled = false;

function removeIfOurs(file: string, token: string): void {
  try {
    const current = JSON.parse(fs.readFileSync(file, 'utf8')) as { token?: unknown };
    if (current.token === token) fs.rmSync(file, { force: true });
  } catch {
    // Gone already, or not ours any more: nothing to release.
  }
}

/** process 'exit' runs only synchronous code: exactly what unlinking needs. */
function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on('exit', () => {
    for (const [file, info] of held) removeIfOurs(file, info.token);
    held.clear();
  });
}

/**
 * Takes the archive's lock for `kind`, or throws ArchiveLockedError naming the live holder.
 * A stale lock (its pid dead on this host) is taken over. The lock is released by release(),
 * and at the latest when the process exits normally; after kill -9 it is stale and taken over.
 */
export function acquireLock(dataDir: string, kind: LockKind): ArchiveLock {
  const file = lockPath(dataDir);
  const info: LockInfo = { pid: process.pid, host: os.hostname(), kind, startedAt: new Date().toISOString(), token: randomBytes(12).toString('hex') };
  const text = `${JSON.stringify(info, null, 2)}\n`;
  for (let attempt = 0; attempt < 5; attempt++) {
    let fd: number;
    try {
      // 'wx': created only when absent, so two programs cannot both believe they took it.
      fd = fs.openSync(file, 'wx', 0o600);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const current = readLock(dataDir);
      if (current && lockIsLive(current)) throw new ArchiveLockedError(current, lockedMessage(current, dataDir));
      if (!current && recentlyWritten(file)) {
        // Empty or half-written: another program is writing it this very moment. Give it a moment.
        sleepMs(50);
        continue;
      }
      // Stale: left by a crash. Remove it (only if it is still the one we judged) and try again.
      takeOver(file, current);
      continue;
    }
    try {
      fs.writeSync(fd, text);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    held.set(file, info);
    installExitHook();
    let released = false;
    return {
      file,
      info,
      release() {
        if (released) return;
        released = true;
        held.delete(file);
        removeIfOurs(file, info.token);
      },
    };
  }
  const current = readLock(dataDir);
  if (current) throw new ArchiveLockedError(current, lockedMessage(current, dataDir));
  throw new AppError('conflict', `Kunci arsip ${file} tidak dapat diambil. Tutup aplikasi PPID Desk lain, lalu coba lagi.`);
}

function recentlyWritten(file: string): boolean {
  try {
    return Date.now() - fs.statSync(file).mtimeMs < 2000;
  } catch {
    return false;
  }
}

function takeOver(file: string, judged: LockInfo | null): void {
  const now = readLock(path.dirname(file));
  if ((now?.token ?? null) !== (judged?.token ?? null)) return; // someone replaced it meanwhile: judge again
  fs.rmSync(file, { force: true });
}

function sleepMs(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

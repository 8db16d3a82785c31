// Online backup: `VACUUM INTO` writes a consistent snapshot while the app keeps working (it runs
// on plain and encrypted builds of SQLite alike, where the backup API does not), the blob files
// the snapshot names are copied beside it (FILE.blobs/) and checked by their SHA-256, and the
// copy is opened and checked before it gets its final name. A manifest (FILE.json) records the
// check, so the list in Pengaturan › Cadangan need not re-read every backup.
import fs from 'node:fs';
import path from 'node:path';
import { openDatabase } from '../db/connection';
import { createBlobStore } from '../blobs/store';
import { ENCRYPTION_FILE, type ArchiveKeys } from '../crypto/keys';
import { privateFile } from '../storage/modes';
import { AppError } from '../errors';
import { asDiskAppError, assertFreeSpace, fileSize } from '../storage/disk';
import { APP_VERSION } from '../app/version';
import { checkDatabaseFile, type CheckReport } from './check';
import { OFFICE_KEY_FILE } from '../newsroom/narasi/officeKey';
import type { BackupTrigger } from '../../../shared/ipc/channels/backup';

export type { BackupTrigger };

export interface BackupManifest {
  app: 'PPID Desk';
  appVersion: string;
  createdAt: string;
  trigger: BackupTrigger;
  /** archive.db copy plus its blob files. */
  bytes: number;
  blobs: number;
  schemaVersion: number;
  /** Hash of the newest audit entry (null: none yet): equal heads mean nothing changed since. */
  auditHead: string | null;
  check: { ok: boolean; at: string };
}

export interface BackupResult {
  file: string;
  blobsDir: string;
  bytes: number;
  blobs: number;
  check: CheckReport;
  manifest: BackupManifest;
}

export interface BackupProgress {
  phase: 'database' | 'files' | 'check';
  done: number;
  total: number;
}

export interface BackupOptions {
  trigger?: BackupTrigger;
  now?: Date;
  onProgress?: (progress: BackupProgress) => void;
  /** An encrypted archive's keys: the backup stays encrypted under them (VACUUM INTO keeps the cipher). */
  keys?: ArchiveKeys;
}

export function blobsDirFor(backupFile: string): string {
  return `${backupFile}.blobs`;
}

/** encryption.json of the archive an encrypted backup came from (its salt). */
export function encryptionInfoFor(backupFile: string): string {
  return `${backupFile}.encryption.json`;
}

/**
 * Files of the data folder that travel with the archive, each beside the backup as FILE.<name>:
 * the office's signing key (paket narasi), so a restored office signs with the fingerprint other
 * offices already trust.
 */
export const SIDE_FILES = [OFFICE_KEY_FILE];

export function sideFileFor(backupFile: string, name: string): string {
  return `${backupFile}.${name}`;
}

export function manifestFor(backupFile: string): string {
  return `${backupFile}.json`;
}

export function readManifest(backupFile: string): BackupManifest | null {
  try {
    const value = JSON.parse(fs.readFileSync(manifestFor(backupFile), 'utf8')) as BackupManifest;
    return value && value.app === 'PPID Desk' ? value : null;
  } catch {
    return null;
  }
}

/** Writes the backup of `dbFile` (and its blobs) to `target`; never overwrites. Throws AppError with an Indonesian message. */
export async function backupArchive(dbFile: string, sourceBlobsDir: string, target: string, options: BackupOptions = {}): Promise<BackupResult> {
  const file = path.resolve(target);
  if (fs.existsSync(file)) throw new AppError('conflict', `Berkas ${file} sudah ada; pilih nama lain agar cadangan lama tidak tertimpa.`);
  const blobsDir = blobsDirFor(file);
  const partial = `${file}.part`;
  const partialBlobs = `${blobsDir}.part`;
  const progress = options.onProgress ?? (() => undefined);
  const cleanup = () => {
    fs.rmSync(partial, { force: true });
    fs.rmSync(partialBlobs, { recursive: true, force: true });
  };
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    cleanup();
    snapshot(dbFile, sourceBlobsDir, partial, path.dirname(file), options.keys);
    privateFile(partial);
    progress({ phase: 'database', done: 1, total: 1 });
    const { rows, schemaVersion, auditHead } = namedBlobs(partial, options.keys);
    await copyBlobs(sourceBlobsDir, partialBlobs, rows, progress, options.keys);
    fsyncFile(partial);
    progress({ phase: 'check', done: 0, total: 1 });
    const check = checkDatabaseFile(partial, partialBlobs, options.keys);
    if (!check.ok) {
      throw new AppError('precondition', `Cadangan dibuat tetapi gagal diperiksa, jadi dibuang: ${check.lines.filter((l) => !l.ok).map((l) => `${l.name}: ${l.detail}`).join('; ')}`);
    }
    // A leftover FILE.blobs without FILE is from a run cut off between the two renames below.
    fs.rmSync(blobsDir, { recursive: true, force: true });
    fs.renameSync(partialBlobs, blobsDir);
    fs.renameSync(partial, file);
    fsyncDir(path.dirname(file));
    const blobBytes = rows.reduce((sum, row) => sum + row.size, 0);
    const manifest: BackupManifest = {
      app: 'PPID Desk',
      appVersion: APP_VERSION,
      createdAt: (options.now ?? new Date()).toISOString(),
      trigger: options.trigger ?? 'cli',
      bytes: fileSize(file) + blobBytes,
      blobs: rows.length,
      schemaVersion,
      auditHead,
      check: { ok: true, at: (options.now ?? new Date()).toISOString() },
    };
    writeManifest(file, manifest);
    // The salt is needed to derive the keys from the passphrase: it travels with the backup.
    const encryption = path.join(path.dirname(dbFile), ENCRYPTION_FILE);
    if (options.keys && fs.existsSync(encryption)) fs.copyFileSync(encryption, encryptionInfoFor(file));
    for (const name of SIDE_FILES) {
      const source = path.join(path.dirname(dbFile), name);
      if (!fs.existsSync(source)) continue;
      fs.copyFileSync(source, sideFileFor(file, name));
      privateFile(sideFileFor(file, name));
    }
    progress({ phase: 'check', done: 1, total: 1 });
    return { file, blobsDir, bytes: fileSize(file), blobs: rows.length, check, manifest };
  } catch (error) {
    cleanup();
    throw asDiskAppError(error);
  }
}

/** The consistent copy of the database, after checking the target disk has room for it and the blobs. */
function snapshot(dbFile: string, sourceBlobsDir: string, partial: string, targetDir: string, keys?: ArchiveKeys): void {
  if (!fs.existsSync(dbFile)) throw new AppError('not_found', `Tidak ada basis data di ${dbFile}: tidak ada yang dicadangkan.`);
  // Read-only: a backup taken while the app runs must not change the archive's journal mode.
  const db = openDatabase(dbFile, { readonly: true, fileMustExist: true, ...(keys ? { key: keys.db } : {}) });
  try {
    const blobBytes = (db.prepare('SELECT coalesce(sum(size), 0) FROM blobs').pluck().get() as number) ?? 0;
    assertFreeSpace(targetDir, fileSize(dbFile) + fileSize(`${dbFile}-wal`) + blobBytes, 'cadangan');
    if (!fs.existsSync(sourceBlobsDir) && blobBytes > 0) {
      throw new AppError('precondition', `Folder berkas ${sourceBlobsDir} tidak ada; cadangan dibatalkan. Jalankan ppid-desk check.`);
    }
    db.prepare('VACUUM INTO ?').run(partial);
  } finally {
    db.close();
  }
}

/** The blobs the snapshot names: a row in the snapshot always has its file (files are written before rows commit). */
function namedBlobs(partial: string, keys?: ArchiveKeys): { rows: { sha256: string; size: number }[]; schemaVersion: number; auditHead: string | null } {
  const db = openDatabase(partial, { readonly: true, fileMustExist: true, ...(keys ? { key: keys.db } : {}) });
  try {
    return {
      rows: db.prepare('SELECT sha256, size FROM blobs ORDER BY sha256').all() as { sha256: string; size: number }[],
      schemaVersion: db.pragma('user_version', { simple: true }) as number,
      auditHead: (db.prepare('SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1').pluck().get() as string | undefined) ?? null,
    };
  } finally {
    db.close();
  }
}

async function copyBlobs(sourceDir: string, destDir: string, rows: { sha256: string }[], progress: (p: BackupProgress) => void, keys?: ArchiveKeys): Promise<void> {
  const blobOptions = keys ? { key: keys.blobs } : {};
  const source = createBlobStore(sourceDir, blobOptions);
  const dest = createBlobStore(destDir, blobOptions);
  progress({ phase: 'files', done: 0, total: rows.length });
  for (const [i, row] of rows.entries()) {
    let bytes: Buffer;
    try {
      // The store's read checks the bytes against their SHA-256: a missing or changed file throws.
      bytes = source.read(row.sha256);
    } catch (error) {
      const code = error instanceof AppError ? error.code : undefined;
      if (code === 'not_found') {
        throw new AppError('precondition', `Berkas ${row.sha256.slice(0, 12)} hilang dari arsip; cadangan dibatalkan. Jalankan ppid-desk check.`);
      }
      if (code === 'internal') {
        throw new AppError('precondition', `Berkas ${row.sha256.slice(0, 12)} rusak di arsip; cadangan dibatalkan. Jalankan ppid-desk check.`);
      }
      throw error;
    }
    dest.write(bytes);
    // Let progress events and other calls through on large archives.
    if (i % 25 === 24) {
      progress({ phase: 'files', done: i + 1, total: rows.length });
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
  progress({ phase: 'files', done: rows.length, total: rows.length });
}

function writeManifest(file: string, manifest: BackupManifest): void {
  const target = manifestFor(file);
  const tmp = `${target}.part`;
  fs.writeFileSync(tmp, `${JSON.stringify(manifest, null, 2)}\n`);
  fsyncFile(tmp);
  fs.renameSync(tmp, target);
}

export function fsyncFile(file: string): void {
  const fd = fs.openSync(file, 'r+');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** Makes renames durable on POSIX; Windows cannot open directories and does not need it. */
export function fsyncDir(dir: string): void {
  if (process.platform === 'win32') return;
  const fd = fs.openSync(dir, 'r');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

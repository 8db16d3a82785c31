// Restore: put a backup (FILE + FILE.blobs/) in place of the archive. The current archive is never
// deleted: it is moved, with its -wal/-shm (which belong to it, and which would corrupt the restored
// database if left beside it), into pre-restore-<time>/ in the data folder. The backup is checked
// before anything moves, copied in under temporary names (fsynced) while the current archive is
// still in place, and only then are the files swapped by renames. The caller holds archive.lock
// and has no connection to the archive open.
import fs from 'node:fs';
import path from 'node:path';
import { appendAudit } from '../audit/repo';
import { openDatabase } from '../db/connection';
import { AppError } from '../errors';
import { BLOBS_DIR, DB_FILE, dataPaths } from '../paths';
import { asDiskAppError, assertFreeSpace, fileSize } from '../storage/disk';
import { blobsDirFor, fsyncDir, fsyncFile, sideFileFor, SIDE_FILES } from './backup';
import { checkDatabaseFile, type CheckReport } from './check';
import type { ArchiveKeys } from '../crypto/keys';
import { markerPath, type RestoreMarker } from './restoreMarker';

export interface VerifiedBackup {
  file: string;
  blobsDir: string;
  bytes: number;
  blobs: number;
  check: CheckReport;
}

export interface RestoreReport {
  backup: string;
  /** Where the replaced archive now is; null when the data folder held none. */
  preRestoreDir: string | null;
  moved: string[];
  blobs: number;
  check: CheckReport;
}

/** The files of a live archive that move aside together (the database with its WAL, and its blobs). */
const ARCHIVE_PARTS = [DB_FILE, `${DB_FILE}-wal`, `${DB_FILE}-shm`, `${DB_FILE}-journal`, BLOBS_DIR];
const TMP_DB = `${DB_FILE}.restore-tmp`;
const TMP_BLOBS = `${BLOBS_DIR}.restore-tmp`;

function listBlobFiles(blobsDir: string): { rel: string; size: number }[] {
  const out: { rel: string; size: number }[] = [];
  if (!fs.existsSync(blobsDir)) return out;
  for (const sub of fs.readdirSync(blobsDir)) {
    if (!/^[0-9a-f]{2}$/.test(sub)) continue; // tmp/ and anything else is not part of the store
    const dir = path.join(blobsDir, sub);
    if (!fs.statSync(dir).isDirectory()) continue;
    for (const name of fs.readdirSync(dir)) {
      if (!/^[0-9a-f]{64}$/.test(name)) continue;
      const stat = fs.statSync(path.join(dir, name));
      if (stat.isFile()) out.push({ rel: path.join(sub, name), size: stat.size });
    }
  }
  return out;
}

/** Checks that `file` is a whole backup this version can open; throws AppError('invalid_input') otherwise. */
export function verifyBackup(file: string, dataDir: string, keys?: ArchiveKeys): VerifiedBackup {
  const resolved = path.resolve(file);
  let stat: fs.Stats;
  try {
    stat = fs.statSync(resolved);
  } catch {
    throw new AppError('invalid_input', `Berkas cadangan ${resolved} tidak ditemukan.`);
  }
  if (!stat.isFile()) throw new AppError('invalid_input', `${resolved} bukan berkas cadangan (.db).`);
  if (resolved === path.resolve(dataPaths(dataDir).db)) {
    throw new AppError('invalid_input', `${resolved} adalah arsip yang sedang dipakai, bukan cadangan. Pilih berkas di folder cadangan.`);
  }
  // A database with a WAL beside it is a live archive, not a backup: its newest commits may be in
  // the -wal only, and copying the .db alone would lose them.
  if (fileSize(`${resolved}-wal`) > 0) {
    throw new AppError(
      'invalid_input',
      `${resolved} adalah basis data yang pernah dibuka (ada berkas -wal di sebelahnya), bukan cadangan. ` +
        `Buat cadangan darinya dahulu: ppid-desk --data-dir "${path.dirname(resolved)}" backup BERKAS-BARU.db, lalu pulihkan berkas itu.`,
    );
  }
  const blobsDir = blobsDirFor(resolved);
  const check = checkDatabaseFile(resolved, blobsDir, keys);
  if (!check.ok) {
    const problems = check.lines.filter((l) => !l.ok).map((l) => `${l.name}: ${l.detail}`);
    throw new AppError('invalid_input', `Cadangan ${resolved} tidak lolos pemeriksaan, jadi tidak dipulihkan: ${problems.join('; ')}`);
  }
  const files = listBlobFiles(blobsDir);
  return { file: resolved, blobsDir, bytes: stat.size + files.reduce((sum, f) => sum + f.size, 0), blobs: files.length, check };
}

function stampOf(at: Date): string {
  return at.toISOString().replace(/[-:]/g, '').replace(/\..*/, '').replace('T', '-');
}

function asideDirName(dataDir: string, at: Date): string {
  for (let n = 1; ; n++) {
    const name = n === 1 ? `pre-restore-${stampOf(at)}` : `pre-restore-${stampOf(at)}-${n}`;
    if (!fs.existsSync(path.join(dataDir, name))) return path.join(dataDir, name);
  }
}

function copyDurably(from: string, to: string): void {
  fs.copyFileSync(from, to, fs.constants.COPYFILE_EXCL);
  fsyncFile(to);
}

/**
 * Replaces the archive in `dataDir` by the verified backup. Throws AppError (disk full, ...) with
 * the current archive untouched when anything fails before the swap.
 */
export function restoreArchive(dataDir: string, backup: VerifiedBackup, options: { now: Date; actor: string; keys?: ArchiveKeys }): RestoreReport {
  const root = path.resolve(dataDir);
  const tmpDb = path.join(root, TMP_DB);
  const tmpBlobs = path.join(root, TMP_BLOBS);
  // A backup without a side file (older ones) leaves the data folder's own in place.
  const sides = SIDE_FILES.filter((name) => fs.existsSync(sideFileFor(backup.file, name)));
  const tmpSide = (name: string) => path.join(root, `${name}.restore-tmp`);
  const cleanup = () => {
    fs.rmSync(tmpDb, { force: true });
    fs.rmSync(tmpBlobs, { recursive: true, force: true });
    for (const name of sides) fs.rmSync(tmpSide(name), { force: true });
  };
  const files = listBlobFiles(backup.blobsDir);
  // 1. Copy the backup in beside the archive, under temporary names. A full disk stops here.
  try {
    fs.mkdirSync(root, { recursive: true });
    cleanup();
    assertFreeSpace(root, backup.bytes, 'pemulihan');
    copyDurably(backup.file, tmpDb);
    fs.mkdirSync(tmpBlobs);
    for (const sub of new Set(files.map((f) => path.dirname(f.rel)))) fs.mkdirSync(path.join(tmpBlobs, sub));
    for (const f of files) copyDurably(path.join(backup.blobsDir, f.rel), path.join(tmpBlobs, f.rel));
    for (const sub of new Set(files.map((f) => path.dirname(f.rel)))) fsyncDir(path.join(tmpBlobs, sub));
    fsyncDir(tmpBlobs);
    for (const name of sides) copyDurably(sideFileFor(backup.file, name), tmpSide(name));
  } catch (error) {
    cleanup();
    throw asDiskAppError(error);
  }

  // 2. Move the current archive aside (renames: no copy, nothing deleted), then the backup in.
  const present = [...ARCHIVE_PARTS, ...sides].filter((part) => fs.existsSync(path.join(root, part)));
  const preRestoreDir = present.length > 0 ? asideDirName(root, options.now) : null;
  const marker: RestoreMarker = { backup: backup.file, preRestoreDir: preRestoreDir ?? '', startedAt: options.now.toISOString() };
  fs.writeFileSync(markerPath(root), `${JSON.stringify(marker, null, 2)}\n`);
  fsyncFile(markerPath(root));
  fsyncDir(root);
  if (preRestoreDir) {
    fs.mkdirSync(preRestoreDir);
    for (const part of present) fs.renameSync(path.join(root, part), path.join(preRestoreDir, part));
    fsyncDir(preRestoreDir);
  }
  fs.renameSync(tmpBlobs, path.join(root, BLOBS_DIR));
  fs.renameSync(tmpDb, path.join(root, DB_FILE));
  for (const name of sides) fs.renameSync(tmpSide(name), path.join(root, name));
  fsyncDir(root);
  fs.rmSync(markerPath(root));
  fsyncDir(root);

  // 3. Record the restore in the restored archive's own audit chain, then check the result.
  const paths = dataPaths(root);
  recordRestore(paths.db, backup, preRestoreDir, options);
  const check = checkDatabaseFile(paths.db, paths.blobs, options.keys);
  return { backup: backup.file, preRestoreDir, moved: present, blobs: files.length, check };
}

function recordRestore(dbFile: string, backup: VerifiedBackup, preRestoreDir: string | null, options: { now: Date; actor: string; keys?: ArchiveKeys }): void {
  const db = openDatabase(dbFile, { fileMustExist: true, ...(options.keys ? { key: options.keys.db } : {}) });
  try {
    // Not mutate: the core's connection is closed during a restore (withArchiveClosed), so there is
    // no ctx to write through. This is the restored file's own short-lived connection, and the entry
    // carries the restore's instant and actor explicitly; no event, the caller emits backup:changed.
    db.transaction(() => {
      appendAudit(db, {
        at: options.now.toISOString(),
        actor: options.actor,
        action: 'archive.restore',
        entity: 'archive',
        data: { backup: backup.file, backupAuditHead: backup.check.auditHead ?? null, preRestoreDir },
      });
    }).immediate();
  } finally {
    db.close();
  }
}

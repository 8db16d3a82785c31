// The backups `encrypt` finds (the data folder's backups/ and the configured backup folder) are
// encrypted too: a plain backup beside an encrypted archive would hand out every NIK it protects.
// Each backup is copied, the copy rekeyed and checked, then renamed over the original; its
// encryption.json (the archive's, for the salt) is written beside it and its blobs encrypted one
// by one. Whether a backup is done is read from the file itself (does it open without a key?), so
// a run cut off anywhere is finished by running `encrypt` again.
import fs from 'node:fs';
import path from 'node:path';
import { createBlobStore } from '../blobs/store';
import { openDatabase } from '../db/connection';
import { AppError } from '../errors';
import { checkDatabaseFile } from '../maintenance/check';
import { backupFolderOf, listBackups } from '../maintenance/backups';
import { blobsDirFor, encryptionInfoFor } from '../maintenance/backup';
import { assertFreeSpace } from '../storage/disk';
import { privateFile } from '../storage/modes';
import { writeEncryptionInfo, type ArchiveKeys, type EncryptionInfo } from './keys';

export interface BackupsReport {
  /** Backups encrypted by this run (or finished: their blobs or encryption.json). */
  converted: string[];
  /** Backups left as they were, with the reason (e.g. encrypted under another key). */
  skipped: { file: string; reason: string }[];
  /** The folders looked in. */
  folders: string[];
}

/** `dbFile` is the (encrypted) archive, opened only to read the configured backup folder. */
export function encryptBackups(dataDir: string, dbFile: string, keys: ArchiveKeys, info: EncryptionInfo): BackupsReport {
  const db = openDatabase(dbFile, { readonly: true, fileMustExist: true, key: keys.db });
  let folders: string[];
  try {
    const where = backupFolderOf(db, dataDir);
    folders = [...new Set([path.resolve(where.defaultFolder), path.resolve(where.folder)])];
  } finally {
    db.close();
  }
  const report: BackupsReport = { converted: [], skipped: [], folders };
  for (const folder of folders) {
    for (const entry of listBackups(folder)) {
      try {
        if (encryptBackup(entry.file, keys, info)) report.converted.push(entry.file);
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        report.skipped.push({ file: entry.file, reason: error.message });
      }
    }
  }
  return report;
}

/** True when something was changed. Throws AppError when this backup cannot be converted with `keys`. */
function encryptBackup(file: string, keys: ArchiveKeys, info: EncryptionInfo): boolean {
  let changed = false;
  if (opensPlain(file)) {
    assertFreeSpace(path.dirname(file), fs.statSync(file).size, 'enkripsi cadangan');
    const tmp = `${file}.encrypting`;
    fs.rmSync(tmp, { force: true });
    try {
      fs.copyFileSync(file, tmp);
      privateFile(tmp);
      const copy = openDatabase(tmp, { fileMustExist: true });
      try {
        copy.pragma('journal_mode = DELETE'); // rekey needs it; a VACUUM INTO copy has it already
        copy.pragma(`hexrekey = '${keys.db.toString('hex')}'`);
      } finally {
        copy.close();
      }
      const check = checkDatabaseFile(tmp, undefined, keys);
      if (!check.ok) throw new AppError('internal', `salinan terenkripsi gagal diperiksa (${check.lines.filter((l) => !l.ok).map((l) => l.detail).join('; ')}); cadangan dibiarkan`);
      fs.renameSync(tmp, file);
    } finally {
      fs.rmSync(tmp, { force: true });
    }
    changed = true;
  } else {
    // Encrypted already: by this archive's key (a cut-off run, or a backup made after encrypt), or another.
    try {
      openDatabase(file, { readonly: true, fileMustExist: true, key: keys.db }).close();
    } catch (error) {
      if (error instanceof AppError) throw new AppError('precondition', 'terenkripsi dengan kunci lain, atau rusak; dibiarkan');
      throw error;
    }
  }
  if (!fs.existsSync(encryptionInfoFor(file))) {
    writeEncryptionInfo(path.dirname(file), info, encryptionInfoFor(file));
    changed = true;
  }
  const blobsDir = blobsDirFor(file);
  if (fs.existsSync(blobsDir)) {
    const db = openDatabase(file, { readonly: true, fileMustExist: true, key: keys.db });
    let shas: string[];
    try {
      shas = db.prepare('SELECT sha256 FROM blobs').pluck().all() as string[];
    } finally {
      db.close();
    }
    const store = createBlobStore(blobsDir, { key: keys.blobs });
    for (const sha of shas) if (store.has(sha) && store.encryptInPlace(sha)) changed = true;
  }
  return changed;
}

function opensPlain(file: string): boolean {
  try {
    openDatabase(file, { readonly: true, fileMustExist: true }).close();
    return true;
  } catch (error) {
    if (error instanceof AppError) return false;
    throw error;
  }
}

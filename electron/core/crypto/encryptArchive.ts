// `ppid-desk encrypt`: turns a plain archive into an encrypted one. The database is copied
// (VACUUM INTO), the copy rekeyed (SQLite3 Multiple Ciphers needs journal_mode=DELETE for that) and
// checked with the new key before it replaces the original; the plain original is kept aside until
// the end, so a power cut at any step leaves a readable archive. Blobs are then encrypted one by
// one, each atomically; the keyed store reads plain and encrypted blobs alike, so an interrupted run
// is finished by running the command again.
import fs from 'node:fs';
import { createBlobStore, type BlobStore } from '../blobs/store';
import { openDatabase } from '../db/connection';
import { AppError } from '../errors';
import { checkDatabaseFile } from '../maintenance/check';
import { dataPaths } from '../paths';
import { assertFreeSpace, fileSize } from '../storage/disk';
import { privateFile } from '../storage/modes';
import { deriveKeys, newEncryptionInfo, readEncryptionInfo, writeEncryptionInfo, type ArchiveKeys } from './keys';

export interface EncryptReport {
  /** False when the database was already encrypted and only leftover plain blobs were converted. */
  databaseConverted: boolean;
  blobsConverted: number;
  blobsTotal: number;
  plainCopy: string | null;
}

/** Caller holds archive.lock. `secret` is the key file's bytes. */
export function encryptArchive(dataDir: string, secret: Uint8Array, options: { now: Date; keepPlain?: boolean }): EncryptReport {
  const paths = dataPaths(dataDir);
  if (!fs.existsSync(paths.db)) throw new AppError('not_found', `Tidak ada arsip di ${paths.db}.`);
  const existing = readEncryptionInfo(dataDir);
  if (existing) {
    // Already encrypted: finish the blobs an interrupted run left plain (needs the same key).
    const keys = deriveKeys(secret, existing);
    openDatabase(paths.db, { readonly: true, fileMustExist: true, key: keys.db }).close();
    const { converted, total } = encryptBlobs(paths.db, createBlobStore(paths.blobs, { key: keys.blobs }), keys);
    return { databaseConverted: false, blobsConverted: converted, blobsTotal: total, plainCopy: null };
  }
  assertFreeSpace(dataDir, fileSize(paths.db) + fileSize(`${paths.db}-wal`), 'enkripsi arsip');
  const info = newEncryptionInfo('key-file', options.now);
  const keys = deriveKeys(secret, info);
  const tmp = `${paths.db}.encrypting`;
  fs.rmSync(tmp, { force: true });
  const plain = openDatabase(paths.db, { fileMustExist: true });
  try {
    plain.pragma('wal_checkpoint(TRUNCATE)');
    plain.prepare('VACUUM INTO ?').run(tmp);
  } finally {
    plain.close();
  }
  privateFile(tmp);
  const copy = openDatabase(tmp, { fileMustExist: true });
  try {
    copy.pragma('journal_mode = DELETE');
    copy.pragma(`hexrekey = '${keys.db.toString('hex')}'`);
  } finally {
    copy.close();
  }
  const check = checkDatabaseFile(tmp, undefined, keys);
  if (!check.ok) {
    fs.rmSync(tmp, { force: true });
    throw new AppError('internal', `Salinan terenkripsi gagal diperiksa; arsip tidak diubah: ${check.lines.filter((l) => !l.ok).map((l) => l.detail).join('; ')}`);
  }
  const aside = `${paths.db}.plain-${options.now.toISOString().replace(/[-:]/g, '').replace(/\..*/, '')}`;
  fs.renameSync(paths.db, aside);
  for (const extra of ['-wal', '-shm']) fs.rmSync(`${paths.db}${extra}`, { force: true });
  fs.renameSync(tmp, paths.db);
  writeEncryptionInfo(dataDir, info);
  const { converted, total } = encryptBlobs(paths.db, createBlobStore(paths.blobs, { key: keys.blobs }), keys);
  if (!options.keepPlain) fs.rmSync(aside, { force: true });
  return { databaseConverted: true, blobsConverted: converted, blobsTotal: total, plainCopy: options.keepPlain ? aside : null };
}

function encryptBlobs(dbFile: string, store: BlobStore, keys: ArchiveKeys): { converted: number; total: number } {
  const db = openDatabase(dbFile, { readonly: true, fileMustExist: true, key: keys.db });
  let shas: string[];
  try {
    shas = db.prepare('SELECT sha256 FROM blobs').pluck().all() as string[];
  } finally {
    db.close();
  }
  let converted = 0;
  for (const sha of shas) if (store.has(sha) && store.encryptInPlace(sha)) converted += 1;
  return { converted, total: shas.length };
}

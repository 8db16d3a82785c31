// `ppid-desk encrypt`: turns a plain archive into an encrypted one. The database is copied
// (VACUUM INTO), the copy rekeyed (SQLite3 Multiple Ciphers needs journal_mode=DELETE for that) and
// checked with the new key before it replaces the original; the plain original is kept aside until
// the end, so a power cut at any step leaves a readable archive. The new encryption.json (its salt)
// is written as encryption.json.pending before the swap and renamed after it, so a cut between the
// two renames is finished by running the command again with the same key. Blobs are then encrypted
// one by one, each atomically; the keyed store reads plain and encrypted blobs alike, so an
// interrupted run is finished by running the command again. The archive's backups follow
// (encryptBackups.ts).
import fs from 'node:fs';
import path from 'node:path';
import { createBlobStore, type BlobStore } from '../blobs/store';
import { openDatabase } from '../db/connection';
import { AppError } from '../errors';
import { checkDatabaseFile } from '../maintenance/check';
import { dataPaths } from '../paths';
import { assertFreeSpace, fileSize } from '../storage/disk';
import { privateFile } from '../storage/modes';
import { encryptBackups, type BackupsReport } from './encryptBackups';
import { deriveKeys, encryptionFile, newEncryptionInfo, pendingEncryptionFile, readEncryptionInfo, writeEncryptionInfo, type ArchiveKeys, type EncryptionInfo } from './keys';

export interface EncryptReport {
  /** False when the database was already encrypted and only leftover plain blobs were converted. */
  databaseConverted: boolean;
  blobsConverted: number;
  blobsTotal: number;
  /** The plain database kept aside (--keep-plain), else null. */
  plainCopy: string | null;
  /** Plain copies left by an earlier, interrupted run and removed by this one. */
  plainLeftoversRemoved: string[];
  /** The archive's own backups (backups/ and the configured folder), encrypted under the same key. */
  backups: BackupsReport;
}

export interface EncryptOptions {
  now: Date;
  keepPlain?: boolean;
  /** Where the secret lives (recorded in encryption.json): a key file/passphrase, or the desktop keychain. */
  secretKind?: EncryptionInfo['secret'];
}

const pendingFile = pendingEncryptionFile;

/** Caller holds archive.lock. `secret` is the key file's bytes (or the typed passphrase, or the keychain's secret). */
export function encryptArchive(dataDir: string, secret: Uint8Array, options: EncryptOptions): EncryptReport {
  const paths = dataPaths(dataDir);
  if (!fs.existsSync(paths.db)) throw new AppError('not_found', `Tidak ada arsip di ${paths.db}.`);
  const existing = readEncryptionInfo(dataDir) ?? finishInterruptedSwap(dataDir, secret);
  if (existing) {
    // Already encrypted: finish what an interrupted run left (plain blobs, plain copies); same key.
    const keys = deriveKeys(secret, existing);
    openDatabase(paths.db, { readonly: true, fileMustExist: true, key: keys.db }).close();
    fs.rmSync(`${paths.db}.encrypting`, { force: true });
    const { converted, total } = encryptBlobs(paths.db, createBlobStore(paths.blobs, { key: keys.blobs }), keys);
    const backups = encryptBackups(dataDir, paths.db, keys, existing);
    const leftovers = options.keepPlain ? [] : removePlainCopies(paths.db);
    return { databaseConverted: false, blobsConverted: converted, blobsTotal: total, plainCopy: null, plainLeftoversRemoved: leftovers, backups };
  }
  assertFreeSpace(dataDir, fileSize(paths.db) + fileSize(`${paths.db}-wal`), 'enkripsi arsip');
  const info = newEncryptionInfo(options.secretKind ?? 'key-file', options.now);
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
  // The salt reaches the disk before the encrypted file takes the archive's place.
  writeEncryptionInfo(dataDir, info, pendingFile(dataDir));
  const aside = `${paths.db}.plain-${options.now.toISOString().replace(/[-:]/g, '').replace(/\..*/, '')}`;
  fs.renameSync(paths.db, aside);
  for (const extra of ['-wal', '-shm']) fs.rmSync(`${paths.db}${extra}`, { force: true });
  fs.renameSync(tmp, paths.db);
  fs.renameSync(pendingFile(dataDir), encryptionFile(dataDir));
  const { converted, total } = encryptBlobs(paths.db, createBlobStore(paths.blobs, { key: keys.blobs }), keys);
  const backups = encryptBackups(dataDir, paths.db, keys, info);
  // Only now, with the encrypted database checked and every blob converted, does the plain copy go.
  const leftovers = options.keepPlain ? [] : removePlainCopies(paths.db);
  return {
    databaseConverted: true,
    blobsConverted: converted,
    blobsTotal: total,
    plainCopy: options.keepPlain ? aside : null,
    plainLeftoversRemoved: leftovers.filter((f) => f !== aside),
    backups,
  };
}

/**
 * A run cut off between swapping the database and renaming encryption.json.pending leaves an
 * encrypted archive.db without encryption.json. If the database still opens without a key, the swap
 * never happened: the pending file is dropped. Otherwise it is finished when `secret` opens it.
 */
function finishInterruptedSwap(dataDir: string, secret: Uint8Array): EncryptionInfo | null {
  const pending = readEncryptionInfo(dataDir, pendingFile(dataDir));
  if (!pending) return null;
  const dbFile = dataPaths(dataDir).db;
  try {
    openDatabase(dbFile, { readonly: true, fileMustExist: true }).close();
    fs.rmSync(pendingFile(dataDir), { force: true });
    return null;
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
  }
  // Throws "Kunci arsip salah" for another key: nothing is renamed then.
  openDatabase(dbFile, { readonly: true, fileMustExist: true, key: deriveKeys(secret, pending).db }).close();
  fs.renameSync(pendingFile(dataDir), encryptionFile(dataDir));
  return pending;
}

/** archive.db.plain-<time> files (ours by name) beside the database; removed once the encrypted archive is whole. */
function removePlainCopies(dbFile: string): string[] {
  const prefix = `${path.basename(dbFile)}.plain-`;
  const removed: string[] = [];
  for (const name of fs.readdirSync(path.dirname(dbFile))) {
    if (!name.startsWith(prefix)) continue;
    const file = path.join(path.dirname(dbFile), name);
    for (const extra of ['', '-wal', '-shm', '-journal']) fs.rmSync(`${file}${extra}`, { force: true });
    removed.push(file);
  }
  return removed;
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

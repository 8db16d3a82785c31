// Online backup: SQLite's backup API copies a consistent snapshot while the app keeps working,
// then the copy is opened and checked before it is called a backup. Blob files named in the
// database are copied beside it (FILE.blobs/) and checked by their SHA-256.
import fs from 'node:fs';
import path from 'node:path';
import { openDatabase } from '../db/connection';
import { createBlobStore, sha256Hex } from '../blobs/store';
import { checkDatabaseFile, type CheckReport } from './check';

export interface BackupResult {
  file: string;
  blobsDir: string;
  bytes: number;
  blobs: number;
  check: CheckReport;
}

export function blobsDirFor(backupFile: string): string {
  return `${backupFile}.blobs`;
}

export async function backupArchive(dbFile: string, sourceBlobsDir: string, target: string): Promise<BackupResult> {
  const file = path.resolve(target);
  if (fs.existsSync(file)) throw new Error(`Berkas ${file} sudah ada; pilih nama lain agar cadangan lama tidak tertimpa.`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const partial = `${file}.part`;
  fs.rmSync(partial, { force: true });
  const db = openDatabase(dbFile, { fileMustExist: true });
  let shas: string[];
  try {
    await db.backup(partial);
    shas = (db.prepare('SELECT sha256 FROM blobs').pluck().all() as string[]);
  } finally {
    db.close();
  }
  const blobsDir = blobsDirFor(file);
  const source = createBlobStore(sourceBlobsDir);
  const dest = createBlobStore(blobsDir);
  for (const sha of shas) {
    const bytes = source.read(sha);
    if (sha256Hex(bytes) !== sha) throw new Error(`Berkas blob ${sha.slice(0, 12)} rusak di arsip; cadangan dibatalkan.`);
    dest.write(bytes);
  }
  fs.renameSync(partial, file);
  const check = checkDatabaseFile(file, blobsDir);
  if (!check.ok) throw new Error(`Cadangan dibuat tetapi gagal diperiksa: ${check.lines.filter((l) => !l.ok).map((l) => l.detail).join('; ')}`);
  return { file, blobsDir, bytes: fs.statSync(file).size, blobs: shas.length, check };
}

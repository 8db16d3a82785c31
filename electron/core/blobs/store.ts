// Content-addressed file store (blobs/ab/abcdef…). A file is written to a temp name, fsynced,
// then renamed into place, and written BEFORE the DB row that names it commits: after a crash
// at any point there may be an unreferenced file (harmless, collectable), never a row without its file.
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Db } from '../db/connection';

export interface BlobStore {
  readonly dir: string;
  /** Writes the bytes (if new) and returns their SHA-256. Does not touch the DB. */
  write(bytes: Uint8Array): string;
  read(sha256: string): Buffer;
  has(sha256: string): boolean;
  pathOf(sha256: string): string;
}

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export function createBlobStore(dir: string): BlobStore {
  fs.mkdirSync(path.join(dir, 'tmp'), { recursive: true });
  const pathOf = (sha: string) => {
    if (!/^[0-9a-f]{64}$/.test(sha)) throw new Error(`not a sha256: ${sha}`);
    return path.join(dir, sha.slice(0, 2), sha);
  };
  return {
    dir,
    pathOf,
    has: (sha) => fs.existsSync(pathOf(sha)),
    read: (sha) => fs.readFileSync(pathOf(sha)),
    write(bytes) {
      const sha = sha256Hex(bytes);
      const final = pathOf(sha);
      if (fs.existsSync(final)) return sha;
      fs.mkdirSync(path.dirname(final), { recursive: true });
      const tmp = path.join(dir, 'tmp', `${sha}.${randomBytes(6).toString('hex')}.part`);
      const fd = fs.openSync(tmp, 'wx');
      try {
        fs.writeSync(fd, bytes);
        fs.fsyncSync(fd);
      } finally {
        fs.closeSync(fd);
      }
      fs.renameSync(tmp, final);
      fsyncDir(path.dirname(final));
      return sha;
    },
  };
}

/** Makes a rename durable on POSIX; Windows cannot open directories and does not need it. */
function fsyncDir(dir: string): void {
  if (process.platform === 'win32') return;
  const fd = fs.openSync(dir, 'r');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** Records a blob in the index; call inside the transaction of the row that uses it. */
export function recordBlob(db: Db, sha256: string, size: number, mimeType: string, at: string): void {
  db.prepare('INSERT OR IGNORE INTO blobs (sha256, size, mime_type, created_at) VALUES (?, ?, ?, ?)').run(
    sha256,
    size,
    mimeType,
    at,
  );
}

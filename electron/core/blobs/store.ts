// Content-addressed file store (blobs/ab/abcdef…). A file is written to a temp name, fsynced, read
// back and checked (size and SHA-256) and only then renamed into place, BEFORE the DB row that
// names it commits: after a crash at any point there may be an unreferenced file (harmless,
// collectable), never a row without its file. A full disk cannot leave a short file under a blob's
// name: a short write is continued or fails, the temp file is deleted on any failure, and a file
// already under the name is trusted only after its content matches the name.
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Db } from '../db/connection';
import { AppError } from '../errors';
import { asDiskAppError } from '../storage/disk';
import { decryptBlob, encryptBlob, isEncryptedBlob } from './cipher';

export type BlobState = 'ok' | 'missing' | 'size' | 'hash' | 'unreadable';

export interface BlobStore {
  readonly dir: string;
  readonly encrypted: boolean;
  /** Writes the bytes (if not already stored intact) and returns their SHA-256. Does not touch the DB. */
  write(bytes: Uint8Array): string;
  /** The stored bytes (decrypted), checked against their name; AppError when changed or unreadable. */
  read(sha256: string): Buffer;
  has(sha256: string): boolean;
  pathOf(sha256: string): string;
  /** Whether the stored file matches its name (and the index's size, when given). */
  verify(sha256: string, size?: number): BlobState;
  /** True when the file on disk is an encrypted blob. */
  isEncrypted(sha256: string): boolean;
  /** Rewrites a plain blob encrypted under the store's key (atomic); false when it already was. */
  encryptInPlace(sha256: string): boolean;
}

/** The file operations a write uses; tests inject short writes and a full disk here. */
export interface BlobFsOps {
  writeSync(fd: number, data: Uint8Array, offset: number, length: number): number;
  fsyncSync(fd: number): void;
}

export interface BlobStoreOptions {
  /** 32-byte key: new blobs are written encrypted (AES-256-GCM); plain ones stay readable. */
  key?: Uint8Array;
  fsOps?: Partial<BlobFsOps>;
  /** Only reads and verifies (check of a backup on a read-only drive): creates and sweeps nothing. */
  readOnly?: boolean;
}

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

const POSIX = process.platform !== 'win32';
const DIR_MODE = 0o700;
const FILE_MODE = 0o600;
/** A temp file this old belongs to no running write (a write takes seconds): swept at open. */
const STALE_TEMP_MS = 60 * 60 * 1000;

/** mkdir -p with owner-only access, whatever the umask (other local users must not read the archive). */
export function ensurePrivateDir(dir: string): void {
  fs.mkdirSync(dir, { recursive: true, mode: DIR_MODE });
  if (POSIX) fs.chmodSync(dir, DIR_MODE);
}

export function createBlobStore(dir: string, options: BlobStoreOptions = {}): BlobStore {
  const key = options.key;
  const ops: BlobFsOps = { writeSync: fs.writeSync, fsyncSync: fs.fsyncSync, ...options.fsOps };
  const tmpDir = path.join(dir, 'tmp');
  if (!options.readOnly) {
    try {
      ensurePrivateDir(dir);
      ensurePrivateDir(tmpDir);
    } catch (error) {
      throw asDiskAppError(error);
    }
    sweepTemp(tmpDir);
  }

  const pathOf = (sha: string) => {
    if (!/^[0-9a-f]{64}$/.test(sha)) throw new Error(`not a sha256: ${sha}`);
    return path.join(dir, sha.slice(0, 2), sha);
  };
  const label = (sha: string) => sha.slice(0, 12);

  /** The plaintext of a stored file, or undefined when it is missing. Throws AppError when it cannot be decrypted. */
  const load = (sha: string): Buffer | undefined => {
    let raw: Buffer;
    try {
      raw = fs.readFileSync(pathOf(sha));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw asDiskAppError(error);
    }
    return isEncryptedBlob(raw) ? decryptBlob(key, raw, label(sha)) : raw;
  };

  const verify = (sha: string, size?: number): BlobState => {
    let plain: Buffer | undefined;
    try {
      plain = load(sha);
    } catch {
      return 'unreadable';
    }
    if (!plain) return 'missing';
    if (size !== undefined && plain.length !== size) return 'size';
    return sha256Hex(plain) === sha ? 'ok' : 'hash';
  };

  /** Writes `payload` under `final` through a checked temp file; nothing is left behind on failure. */
  const writeFile = (final: string, payload: Uint8Array, name: string) => {
    try {
      ensurePrivateDir(path.dirname(final));
    } catch (error) {
      throw asDiskAppError(error);
    }
    const tmp = path.join(tmpDir, `${name}.${randomBytes(6).toString('hex')}.part`);
    let fd: number | undefined;
    try {
      fd = fs.openSync(tmp, 'wx', FILE_MODE);
      if (POSIX) fs.fchmodSync(fd, FILE_MODE);
      let offset = 0;
      while (offset < payload.length) {
        const written = ops.writeSync(fd, payload, offset, payload.length - offset);
        // A write that makes no progress would loop for ever: treat it as a full disk.
        if (!(written > 0)) throw Object.assign(new Error('short write made no progress'), { code: 'ENOSPC' });
        offset += written;
      }
      ops.fsyncSync(fd);
      fs.closeSync(fd);
      fd = undefined;
      // Read back what the disk holds: only verified bytes get the blob's name.
      const back = fs.readFileSync(tmp);
      if (back.length !== payload.length || !back.equals(payload)) {
        throw new AppError('disk', `Berkas ${name.slice(0, 12)} tidak tersimpan utuh di disk (terbaca ${back.length} dari ${payload.length} bita). Tidak ada data yang tersimpan setengah.`);
      }
      fs.renameSync(tmp, final);
      fsyncDir(path.dirname(final));
    } catch (error) {
      if (fd !== undefined) {
        try {
          fs.closeSync(fd);
        } catch {
          /* already failing: the unlink below matters more */
        }
      }
      fs.rmSync(tmp, { force: true });
      throw asDiskAppError(error);
    }
  };

  return {
    dir,
    encrypted: key !== undefined,
    pathOf,
    verify,
    has: (sha) => fs.existsSync(pathOf(sha)),
    read(sha) {
      const plain = load(sha);
      if (!plain) throw new AppError('not_found', `Berkas ${label(sha)} tidak ada di folder arsip (blobs/). Jalankan "ppid-desk check" dan pulihkan dari cadangan.`);
      if (sha256Hex(plain) !== sha) throw new AppError('internal', `Berkas ${label(sha)} di folder arsip telah berubah atau rusak. Jalankan "ppid-desk check" dan pulihkan dari cadangan.`);
      return plain;
    },
    write(bytes) {
      if (options.readOnly) throw new Error('write on a read-only blob store');
      const sha = sha256Hex(bytes);
      const final = pathOf(sha);
      // An existing file is trusted only when its content matches its name (a full disk once left
      // short files under blob names); a damaged one is replaced atomically.
      if (fs.existsSync(final) && verify(sha, bytes.length) === 'ok') return sha;
      writeFile(final, key ? encryptBlob(key, bytes) : bytes, sha);
      return sha;
    },
    isEncrypted(sha) {
      const fd = fs.openSync(pathOf(sha), 'r');
      try {
        const head = Buffer.alloc(64);
        const n = fs.readSync(fd, head, 0, head.length, 0);
        return isEncryptedBlob(head.subarray(0, n));
      } finally {
        fs.closeSync(fd);
      }
    },
    encryptInPlace(sha) {
      if (!key) throw new Error('encryptInPlace needs a keyed store');
      const raw = fs.readFileSync(pathOf(sha));
      if (isEncryptedBlob(raw)) return false;
      if (sha256Hex(raw) !== sha) throw new AppError('internal', `Berkas ${label(sha)} rusak; tidak dienkripsi. Pulihkan dari cadangan dahulu.`);
      writeFile(pathOf(sha), encryptBlob(key, raw), sha);
      return true;
    },
  };
}

/** Temp files of writes that died (power cut, kill -9): deleted when old enough to belong to none running. */
function sweepTemp(tmpDir: string): void {
  let names: string[];
  try {
    names = fs.readdirSync(tmpDir);
  } catch {
    return;
  }
  const now = Date.now();
  for (const name of names) {
    if (!name.endsWith('.part')) continue;
    const file = path.join(tmpDir, name);
    try {
      if (now - fs.statSync(file).mtimeMs > STALE_TEMP_MS) fs.rmSync(file, { force: true });
    } catch {
      /* gone already, or not ours to delete: leave it */
    }
  }
}

/** Makes a rename durable on POSIX; Windows cannot open directories and does not need it. */
function fsyncDir(dir: string): void {
  if (!POSIX) return;
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

// Disk trouble, said plainly: a full, read-only or forbidden disk gets an Indonesian message an
// officer can act on, wherever it happens (import, intake, letters, backup, restore), and free
// space is checked before the big writes so that nothing is left half-stored.
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../errors';

/** Kept free beyond what a write needs: SQLite's WAL, the journal of the next commit, the OS. */
export const FREE_SPACE_MARGIN_BYTES = 64 * 1024 * 1024;

const NODE_CODES: Record<string, string> = {
  ENOSPC: 'Disk penuh: ruang kosong tidak cukup untuk menyimpan. Kosongkan ruang disk (atau pindahkan cadangan lama), lalu coba lagi. Tidak ada data yang tersimpan setengah.',
  EDQUOT: 'Kuota disk pengguna ini habis. Kosongkan ruang disk, lalu coba lagi. Tidak ada data yang tersimpan setengah.',
  EROFS: 'Disk hanya-baca: folder data tidak dapat ditulisi (flashdisk terkunci atau disk bermasalah). Tidak ada data yang tersimpan.',
  EACCES: 'Tidak punya izin menulis ke folder data. Periksa izin folder, lalu coba lagi. Tidak ada data yang tersimpan.',
  EPERM: 'Tidak punya izin menulis ke folder data. Periksa izin folder, lalu coba lagi. Tidak ada data yang tersimpan.',
  EIO: 'Disk gagal membaca/menulis (kesalahan perangkat). Segera buat cadangan ke disk lain dan periksa disk ini.',
};

/** SQLite's own codes for the same troubles (better-sqlite3 SqliteError.code). */
const SQLITE_CODES: Record<string, keyof typeof NODE_CODES> = {
  SQLITE_FULL: 'ENOSPC',
  SQLITE_READONLY: 'EROFS',
  SQLITE_READONLY_DBMOVED: 'EROFS',
  SQLITE_READONLY_DIRECTORY: 'EROFS',
  SQLITE_CANTOPEN: 'EACCES',
  SQLITE_PERM: 'EACCES',
  SQLITE_IOERR: 'EIO',
};

/** The disk error behind `error`, as a Node code (ENOSPC, EROFS, ...), or undefined when it is not one. */
export function diskErrorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return undefined;
  if (code in NODE_CODES) return code;
  if (code in SQLITE_CODES) return SQLITE_CODES[code];
  // SQLITE_IOERR_WRITE, SQLITE_IOERR_FSYNC, ...: extended codes of an I/O failure.
  if (code.startsWith('SQLITE_IOERR')) return 'EIO';
  if (code.startsWith('SQLITE_FULL')) return 'ENOSPC';
  return undefined;
}

export function isDiskError(error: unknown): boolean {
  return diskErrorCode(error) !== undefined;
}

/** The Indonesian message for a disk error, or undefined when `error` is not one. */
export function diskErrorMessage(error: unknown): string | undefined {
  const code = diskErrorCode(error);
  return code ? NODE_CODES[code] : undefined;
}

/** Turns a disk error into AppError('disk', message); any other error is returned unchanged. */
export function asDiskAppError(error: unknown): unknown {
  const message = diskErrorMessage(error);
  return message ? new AppError('disk', message) : error;
}

/** Size of a file in bytes, 0 when it does not exist (a -wal not yet created). */
export function fileSize(file: string): number {
  try {
    return fs.statSync(file).size;
  } catch {
    return 0;
  }
}

/** Free bytes for an unprivileged writer on the file system that holds `dir` (or its nearest existing parent). */
export function freeBytes(dir: string): number {
  return diskSpace(dir).free;
}

/** Free (for an unprivileged writer) and total bytes of the file system holding `dir` or its nearest existing parent. */
export function diskSpace(dir: string): { free: number; total: number } {
  let probe = path.resolve(dir);
  while (!fs.existsSync(probe)) {
    const parent = path.dirname(probe);
    if (parent === probe) break;
    probe = parent;
  }
  const stats = fs.statfsSync(probe);
  return { free: Number(stats.bavail) * Number(stats.bsize), total: Number(stats.blocks) * Number(stats.bsize) };
}

const MB = 1024 * 1024;
const mb = (bytes: number) => `${Math.max(1, Math.ceil(bytes / MB)).toLocaleString('id-ID')} MB`;

/**
 * Throws AppError('disk') unless `dir`'s disk has room for `needBytes` plus the margin.
 * `what` names the job in the message ("impor", "cadangan", "pemulihan").
 */
export function assertFreeSpace(dir: string, needBytes: number, what: string, margin?: number): void {
  const { free, total } = diskSpace(dir);
  // 64 MB, or a tenth of a small disk (a 32 MB flash drive would otherwise never be usable).
  margin ??= total > 0 ? Math.min(FREE_SPACE_MARGIN_BYTES, Math.floor(total / 10)) : FREE_SPACE_MARGIN_BYTES;
  if (free < needBytes + margin) {
    throw new AppError(
      'disk',
      `Disk penuh: ${what} memerlukan sekitar ${mb(needBytes + margin)} ruang kosong, tersedia ${mb(free)}. Kosongkan ruang disk, lalu coba lagi. Tidak ada data yang diubah.`,
    );
  }
}

// Opens archive.db with the pragmas that make it survive a power cut (ARCHITECTURE.md, Data).
import Database from 'better-sqlite3-multiple-ciphers';
import { AppError } from '../errors';

export type Db = Database.Database;

/** The page cipher of encrypted archives (encryption.json says it too). */
export const DB_CIPHER = 'chacha20';

export interface OpenOptions {
  readonly?: boolean;
  /** A better_sqlite3.node for another ABI (Electron); see build/scripts/native.mjs. */
  nativeBinding?: string;
  /** Do not create the file when it is missing (CLI check/info). */
  fileMustExist?: boolean;
  /** 32-byte key of an encrypted archive (electron/core/crypto/keys.ts); set before anything is read. */
  key?: Uint8Array;
}

export function openDatabase(file: string, options: OpenOptions = {}): Db {
  const db = new Database(file, {
    readonly: options.readonly ?? false,
    fileMustExist: options.fileMustExist ?? false,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  });
  try {
    // Set before the first read below: another program may be writing (a shared-lock CLI, a checkpoint).
    db.pragma('busy_timeout = 5000');
    if (options.key) {
      // ChaCha20-Poly1305 (SQLite3 Multiple Ciphers' default, named here so a future default cannot
      // make old archives unreadable): authenticated, and fast in software on the office laptops
      // without AES instructions; SQLCipher's format would only matter for opening the file with
      // the sqlcipher tool, which nobody here needs. The raw 32-byte key (hexkey) skips the library's
      // own KDF: ours runs once, in crypto/keys.ts. Both pragmas come before anything is read.
      db.pragma(`cipher = '${DB_CIPHER}'`);
      db.pragma(`hexkey = '${Buffer.from(options.key).toString('hex')}'`);
      assertReadable(db);
    } else {
      assertPlainReadable(db);
    }
    if (!options.readonly) {
      db.pragma('journal_mode = WAL');
      // better-sqlite3 leaves WAL at NORMAL, which can lose the last commits on power loss.
      db.pragma('synchronous = FULL');
    }
    db.pragma('foreign_keys = ON');
    // Deleted personal data (NIK, addresses: UU 27/2022) must not linger in free pages.
    db.pragma('secure_delete = ON');
    db.pragma('trusted_schema = OFF');
  } catch (error) {
    db.close();
    throw error;
  }
  return db;
}

/** A wrong key (or a key for a plain file) reads as "file is not a database": say what it means. */
function assertReadable(db: Db): void {
  try {
    db.prepare('SELECT count(*) FROM sqlite_master').get();
  } catch (error) {
    if ((error as { code?: string }).code === 'SQLITE_NOTADB') {
      throw new AppError('precondition', 'Kunci arsip salah, atau berkas ini bukan arsip terenkripsi PPID Desk. Buka dengan kunci yang benar; tanpa kunci itu data tidak dapat dibaca.');
    }
    throw error;
  }
}

/**
 * Without a key, an encrypted file (encryption.json lost, or an `encrypt` cut off between swapping
 * the database and writing encryption.json) reads as "file is not a database": say so, no stack.
 */
function assertPlainReadable(db: Db): void {
  try {
    db.prepare('SELECT count(*) FROM sqlite_master').get();
  } catch (error) {
    if ((error as { code?: string }).code === 'SQLITE_NOTADB') {
      throw new AppError(
        'precondition',
        'Berkas basis data tidak dapat dibaca: rusak, atau terenkripsi sedangkan kuncinya tidak diberikan. Bila "ppid-desk encrypt" terputus, jalankan lagi dengan kunci yang sama; bila tidak, pulihkan dari cadangan.',
      );
    }
    throw error;
  }
}

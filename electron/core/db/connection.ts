// Opens archive.db with the pragmas that make it survive a power cut (ARCHITECTURE.md, Data).
import Database from 'better-sqlite3';

export type Db = Database.Database;

export interface OpenOptions {
  readonly?: boolean;
  /** A better_sqlite3.node for another ABI (Electron); see build/scripts/native.mjs. */
  nativeBinding?: string;
  /** Do not create the file when it is missing (CLI check/info). */
  fileMustExist?: boolean;
}

export function openDatabase(file: string, options: OpenOptions = {}): Db {
  const db = new Database(file, {
    readonly: options.readonly ?? false,
    fileMustExist: options.fileMustExist ?? false,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  });
  try {
    db.pragma('busy_timeout = 5000');
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

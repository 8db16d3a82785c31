// File modes on Linux/macOS: the archive's files are the owner's alone (0600), whatever the umask,
// and archives created by earlier versions (0644) are tightened when opened. Windows keeps the
// ACLs of the user's profile folder, where the data folder lives.
import fs from 'node:fs';

const POSIX = process.platform !== 'win32';

/** chmod 0600 the database file and its -wal/-shm when they exist. */
export function tightenFileModes(dbFile: string): void {
  if (!POSIX) return;
  for (const file of [dbFile, `${dbFile}-wal`, `${dbFile}-shm`]) {
    try {
      fs.chmodSync(file, 0o600);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
}

export function privateFile(file: string): void {
  if (POSIX) fs.chmodSync(file, 0o600);
}

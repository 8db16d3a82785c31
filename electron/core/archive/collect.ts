// What a path import may read: regular files only. Folders are walked without following links;
// devices (/dev/zero never ends), named pipes (opening one blocks until a writer comes), sockets,
// symbolic links and hidden or temporary files are never opened — each still gets a line in the
// report ("dilewati: …"), so the officer sees every name that was chosen and why it was left.
import fs from 'node:fs';
import path from 'node:path';
import { MAX_IMPORT_BYTES } from '../../../shared/domain/archive/fields';
import { importReason, type ImportReason, type ImportReasonCode } from '../../../shared/domain/archive/reasons';

export type Collected =
  | { kind: 'file'; abs: string; relativePath: string }
  | ({ kind: 'skipped' | 'error'; abs: string; relativePath: string } & ImportReason);

const MAX_BATCH_FILES = 20_000;

/** Why a directory entry is not read, or undefined for a regular file / folder worth walking. */
function skipCode(name: string, stat: fs.Stats | fs.Dirent): ImportReasonCode | undefined {
  if (stat.isSymbolicLink()) return 'skip_symlink';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'skip_device';
  if (stat.isFIFO()) return 'skip_fifo';
  if (stat.isSocket()) return 'skip_socket';
  if (!stat.isFile() && !stat.isDirectory()) return 'skip_not_regular';
  if (name.startsWith('~$')) return 'skip_office_lock';
  if (/^(thumbs\.db|desktop\.ini)$/i.test(name)) return 'skip_windows_system';
  if (name.startsWith('.')) return stat.isDirectory() ? 'skip_hidden_folder' : 'skip_hidden_file';
  return undefined;
}

/** Every entry under the given paths (folders recursively, links not followed), sorted, with its path relative to what was chosen. */
export function collectFiles(paths: string[]): Collected[] {
  const out: Collected[] = [];
  const walk = (dir: string, base: string) => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
    } catch (error) {
      out.push({ kind: 'error', abs: dir, relativePath: path.relative(base, dir), ...importReason('folder_unreadable', { code: (error as NodeJS.ErrnoException).code ?? 'galat' }) });
      return;
    }
    for (const entry of entries) {
      if (out.length >= MAX_BATCH_FILES) return;
      const abs = path.join(dir, entry.name);
      const relativePath = path.relative(base, abs);
      const code = skipCode(entry.name, entry);
      if (code) out.push({ kind: 'skipped', abs, relativePath, ...importReason(code) });
      else if (entry.isDirectory()) walk(abs, base);
      else out.push({ kind: 'file', abs, relativePath });
    }
  };
  for (const given of paths) {
    const abs = path.resolve(given);
    let stat: fs.Stats;
    try {
      stat = fs.lstatSync(abs);
    } catch {
      out.push({ kind: 'error', abs, relativePath: given, ...importReason('not_found') });
      continue;
    }
    // A path chosen by name is read even when hidden; a link or a device is still not.
    const code = stat.isDirectory() || stat.isFile() ? undefined : skipCode(path.basename(abs), stat);
    if (code) out.push({ kind: 'skipped', abs, relativePath: path.basename(abs) || given, ...importReason(code) });
    else if (stat.isDirectory()) walk(abs, path.dirname(abs));
    else out.push({ kind: 'file', abs, relativePath: path.basename(abs) });
  }
  return out;
}

export class TooLargeError extends Error {
  constructor(readonly size: number) {
    super(`file of ${size} bytes`);
  }
}

export class NotRegularError extends Error {
  constructor(readonly reason: ImportReason) {
    super(reason.reason);
  }
}
export class ChangedWhileReadingError extends Error {}

// O_NOFOLLOW: a file swapped for a link after the walk is not followed; O_NONBLOCK: a file swapped
// for a named pipe does not block the open. Neither exists on Windows, where neither trap does.
const OPEN_FLAGS = fs.constants.O_RDONLY | (fs.constants.O_NOFOLLOW ?? 0) | (fs.constants.O_NONBLOCK ?? 0);

/** The bytes of a regular file, read through one descriptor checked to be a regular file and never more than the import limit. */
export function readRegularFile(abs: string, limit = MAX_IMPORT_BYTES): Buffer {
  const fd = fs.openSync(abs, OPEN_FLAGS);
  try {
    const stat = fs.fstatSync(fd);
    if (!stat.isFile()) throw new NotRegularError(importReason(skipCode(path.basename(abs), stat) ?? 'skip_not_regular'));
    if (stat.size > limit) throw new TooLargeError(stat.size);
    // Read at most limit + 1 bytes: a file that grows while being read is still bounded.
    const buffer = Buffer.allocUnsafe(Math.min(stat.size, limit) + 1);
    let length = 0;
    for (;;) {
      const n = fs.readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
      length += n;
      if (length > limit) throw new TooLargeError(length);
      if (length === buffer.length) break;
    }
    // More bytes than the size it had when opened: someone is still writing it.
    if (length > stat.size) throw new ChangedWhileReadingError(importReason('changed_while_reading').reason);
    return buffer.subarray(0, length);
  } finally {
    fs.closeSync(fd);
  }
}

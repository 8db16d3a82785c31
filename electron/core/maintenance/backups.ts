// The backup folder and what is in it: our own files are `ppid-desk-YYYYMMDD-HHMMSS[-N].db` (UTC
// time in the name, so names sort by time) with FILE.blobs/ and FILE.json beside them. Anything
// else in the folder is never listed, rotated or deleted.
import fs from 'node:fs';
import path from 'node:path';
import { BACKUP_STALE_DAYS, type BackupEntry, type BackupFolder, type BackupStatus } from '../../../shared/ipc/channels/backup';
import { officeClock } from '../calendar/clocks';
import type { Ctx } from '../context';
import type { Db } from '../db/connection';
import { mutate } from '../db/mutate';
import { AppError, invalidField } from '../errors';
import { dataPaths } from '../paths';
import { getSetting, putSetting } from '../settings/repo';
import { asDiskAppError, diskErrorMessage, freeBytes } from '../storage/disk';
import { localDateOf } from '../../../shared/domain/requests/instant';
import { backupArchive, blobsDirFor, manifestFor, readManifest, sideFileFor, SIDE_FILES, type BackupProgress, type BackupTrigger } from './backup';
import { rotate } from './rotation';

export const BACKUP_SETTING_KEY = 'backup';
const NAME = /^ppid-desk-(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})(\d{2})(?:-(\d+))?\.db$/;
const DAY_MS = 24 * 60 * 60 * 1000;

interface BackupSettings {
  folder: string | null;
}

export function isOwnBackupName(name: string): boolean {
  return NAME.test(name);
}

/** The time in an own backup's name (UTC), or null for any other name. */
export function timeOfName(name: string): number | null {
  const m = NAME.exec(name);
  if (!m) return null;
  const [, y, mo, d, h, mi, s] = m;
  const ms = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s));
  return Number.isNaN(ms) ? null : ms;
}

/** `ppid-desk-20261123-020000.db`, with `-2`, `-3`, ... when that second is taken already. */
export function backupFileName(at: Date, folder: string): string {
  const stamp = at.toISOString().replace(/[-:]/g, '').replace(/\..*/, '').replace('T', '-');
  for (let n = 1; ; n++) {
    const name = n === 1 ? `ppid-desk-${stamp}.db` : `ppid-desk-${stamp}-${n}.db`;
    const file = path.join(folder, name);
    if (!fs.existsSync(file) && !fs.existsSync(blobsDirFor(file))) return name;
  }
}

function settings(db: Db): BackupSettings {
  const value = getSetting(db, BACKUP_SETTING_KEY) as Partial<BackupSettings> | undefined;
  return { folder: typeof value?.folder === 'string' ? value.folder : null };
}

/** The configured backup folder, else backups/ in the data folder. Also used by the CLI. */
export function backupFolderOf(db: Db, dataDir: string): { folder: string; defaultFolder: string; isDefault: boolean } {
  const defaultFolder = dataPaths(dataDir).backups;
  const configured = settings(db).folder;
  return { folder: configured ?? defaultFolder, defaultFolder, isDefault: configured === null };
}

export function folderInfo(ctx: Pick<Ctx, 'db' | 'dataDir'>): BackupFolder {
  const where = backupFolderOf(ctx.db, ctx.dataDir);
  const available = isDirectory(where.folder);
  let free: number | null;
  try {
    free = available ? freeBytes(where.folder) : null;
  } catch {
    free = null;
  }
  return { ...where, available, freeBytes: free };
}

function isDirectory(dir: string): boolean {
  try {
    return fs.statSync(dir).isDirectory();
  } catch {
    return false;
  }
}

/** Our backups in `folder`, newest first. A missing folder has none. */
export function listBackups(folder: string): BackupEntry[] {
  let names: string[];
  try {
    names = fs.readdirSync(folder).filter(isOwnBackupName);
  } catch {
    return [];
  }
  const entries: BackupEntry[] = [];
  for (const name of names) {
    const file = path.join(folder, name);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(file);
    } catch {
      continue;
    }
    if (!stat.isFile()) continue;
    const manifest = readManifest(file);
    const createdAt = manifest?.createdAt ?? new Date(timeOfName(name) ?? stat.mtimeMs).toISOString();
    entries.push({
      file,
      name,
      createdAt,
      bytes: manifest?.bytes ?? stat.size,
      blobs: manifest?.blobs ?? null,
      checkOk: manifest ? manifest.check.ok : null,
      trigger: manifest?.trigger ?? null,
    });
  }
  // Same second: `-2` was made after the unsuffixed one.
  const seq = (name: string) => Number(NAME.exec(name)?.[7] ?? 1);
  return entries.sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt) || seq(b.name) - seq(a.name));
}

/**
 * Creates the default folder when missing. A configured folder that is missing is a USB drive not
 * plugged in: creating it would put the backup on the laptop's own disk under the drive's name.
 */
export function prepareFolder(where: { folder: string; isDefault: boolean }): void {
  try {
    if (where.isDefault) fs.mkdirSync(where.folder, { recursive: true });
  } catch (error) {
    throw asDiskAppError(error);
  }
  if (!isDirectory(where.folder)) {
    throw new AppError('precondition', `Folder cadangan ${where.folder} tidak ditemukan (flashdisk belum dipasang?). Pasang disknya atau pilih folder lain di Pengaturan › Cadangan.`);
  }
}

/** Makes a backup into the backup folder (checked), then rotates the automatic ones. */
export async function createBackup(ctx: Ctx, trigger: BackupTrigger, onProgress?: (p: BackupProgress) => void): Promise<BackupEntry> {
  const paths = dataPaths(ctx.dataDir);
  if (!fs.existsSync(paths.db)) throw new AppError('not_found', `Tidak ada basis data di ${paths.db}: tidak ada yang dicadangkan.`);
  const where = backupFolderOf(ctx.db, ctx.dataDir);
  prepareFolder(where);
  const now = ctx.clock.now();
  const target = path.join(where.folder, backupFileName(now, where.folder));
  const result = await backupArchive(paths.db, paths.blobs, target, { trigger, now, ...(onProgress ? { onProgress } : {}), ...(ctx.keys ? { keys: ctx.keys } : {}) });
  rotateFolder(where.folder, officeClock(ctx).zone);
  const entry = listBackups(where.folder).find((e) => e.file === result.file);
  return entry ?? { file: result.file, name: path.basename(result.file), createdAt: result.manifest.createdAt, bytes: result.manifest.bytes, blobs: result.blobs, checkOk: true, trigger };
}

/**
 * Deletes the automatic backups (made at start or quit) that the rotation does not keep. Backups
 * made by hand (button, `ppid-desk backup`) and files without our manifest are never deleted.
 */
export function rotateFolder(folder: string, zone: string): string[] {
  const automatic = listBackups(folder).filter((e) => e.trigger === 'start' || e.trigger === 'quit');
  const { remove } = rotate(automatic.map((e) => ({ name: e.name, at: Date.parse(e.createdAt) })), zone);
  for (const name of remove) {
    const file = path.join(folder, name);
    fs.rmSync(blobsDirFor(file), { recursive: true, force: true });
    fs.rmSync(manifestFor(file), { force: true });
    for (const name of SIDE_FILES) fs.rmSync(sideFileFor(file, name), { force: true });
    fs.rmSync(file, { force: true });
  }
  return remove;
}

export function backupStatus(ctx: Ctx): BackupStatus {
  const { folder } = backupFolderOf(ctx.db, ctx.dataDir);
  const newest = listBackups(folder).find((e) => e.checkOk !== false) ?? null;
  const lastAuto = ctx.archive?.lastAutoBackup() ?? null;
  const out = lastAuto ? { trigger: lastAuto.trigger, at: lastAuto.at, status: lastAuto.status, message: lastAuto.message } : null;
  if (!newest) return { newestAt: null, ageDays: null, stale: true, folder, lastAuto: out };
  const now = ctx.clock.now().getTime();
  const zone = officeClock(ctx).zone;
  const days = Math.round((Date.parse(localDateOf(now, zone)) - Date.parse(localDateOf(Date.parse(newest.createdAt), zone))) / DAY_MS);
  return { newestAt: newest.createdAt, ageDays: days, stale: days > BACKUP_STALE_DAYS, folder, lastAuto: out };
}

/** Sets (or, with null, resets) the backup folder: it must be a full path that can be written. Audited. */
export function setBackupFolder(ctx: Ctx, folder: string | null): BackupFolder {
  let value: string | null = null;
  if (folder !== null) {
    if (!path.isAbsolute(folder)) {
      throw invalidField('folder', 'Tulis letak folder lengkap, mis. E:\\Cadangan PPID atau /media/usb/cadangan-ppid.');
    }
    value = path.resolve(folder);
    assertWritable(value);
  }
  mutate(ctx, (tx) => {
    const before = settings(tx.db).folder;
    putSetting(tx.db, BACKUP_SETTING_KEY, { folder: value } satisfies BackupSettings, tx.at);
    tx.audit({ action: 'settings.backup.update', entity: 'settings', entityId: BACKUP_SETTING_KEY, data: { before, after: value } });
    tx.emit('settings:changed', { key: BACKUP_SETTING_KEY });
    tx.emit('backup:changed', { reason: 'folder' });
  });
  return folderInfo(ctx);
}

function assertWritable(dir: string): void {
  const probe = path.join(dir, `.ppid-desk-uji-${process.pid}`);
  try {
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(probe, 'uji');
    fs.rmSync(probe, { force: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      diskErrorMessage(error) ?? (code === 'ENOTDIR' || code === 'EEXIST' ? 'bagian dari letaknya adalah berkas, bukan folder.' : (error as Error).message);
    throw invalidField('folder', `Folder ${dir} tidak dapat dipakai untuk cadangan: ${reason}`);
  }
}

/** Whether two instants fall on the same date in the office's zone. */
export function sameLocalDay(a: number, b: number, zone: string): boolean {
  return localDateOf(a, zone) === localDateOf(b, zone);
}

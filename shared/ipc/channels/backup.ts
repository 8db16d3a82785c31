// Pengaturan › Cadangan: backups of the whole archive (database and files), made by hand or
// automatically (first start of the day, quit), rotated, and restored with the current archive
// kept aside. Restoring from a path is an administrator's act: desktop app and CLI only.
import { z } from '../zod';
import { defineChannels } from '../define';

export const BACKUP_TRIGGERS = ['manual', 'start', 'quit', 'cli'] as const;
export type BackupTrigger = (typeof BACKUP_TRIGGERS)[number];

/** No backup for longer than this: Kotak Masuk warns. */
export const BACKUP_STALE_DAYS = 7;

export const BackupEntry = z.object({
  /** Full path of the backup's database file; its files are in FILE.blobs/. */
  file: z.string(),
  name: z.string(),
  createdAt: z.string(),
  /** Database plus files, when known from the backup's manifest; else the database alone. */
  bytes: z.number().int().nonnegative(),
  blobs: z.number().int().nonnegative().nullable(),
  /** The check run when it was made: true passed; null when not known (made elsewhere or by an older version). */
  checkOk: z.boolean().nullable(),
  trigger: z.enum(BACKUP_TRIGGERS).nullable(),
});
export type BackupEntry = z.infer<typeof BackupEntry>;

export const BackupFolder = z.object({
  folder: z.string(),
  defaultFolder: z.string(),
  isDefault: z.boolean(),
  /** False when the folder does not exist (e.g. the USB drive is not plugged in). */
  available: z.boolean(),
  freeBytes: z.number().nonnegative().nullable(),
});
export type BackupFolder = z.infer<typeof BackupFolder>;

export const BackupList = BackupFolder.extend({ backups: z.array(BackupEntry) });
export type BackupList = z.infer<typeof BackupList>;

export const AutoBackupOutcome = z.object({
  trigger: z.enum(['start', 'quit']),
  at: z.string(),
  status: z.enum(['created', 'skipped', 'failed']),
  message: z.string(),
});

export const BackupStatus = z.object({
  newestAt: z.string().nullable(),
  /** Whole days since the newest backup, in the office's zone; null when there is none. */
  ageDays: z.number().int().nullable(),
  /** No backup, or the newest is older than BACKUP_STALE_DAYS. */
  stale: z.boolean(),
  folder: z.string(),
  lastAuto: AutoBackupOutcome.nullable(),
});
export type BackupStatus = z.infer<typeof BackupStatus>;

export const SetBackupFolderInput = z.object({
  /** null: back to the default, backups/ in the data folder. */
  folder: z
    .string({ error: 'Letak folder wajib diisi.' })
    .trim()
    .min(1, { error: 'Letak folder wajib diisi.' })
    .max(4000, { error: 'Letak folder terlalu panjang.' })
    .nullable(),
});

export const RestoreInput = z.object({
  file: z.string({ error: 'Pilih cadangan yang akan dipulihkan.' }).trim().min(1, { error: 'Pilih cadangan yang akan dipulihkan.' }).max(4000),
});

export const CheckLineOut = z.object({ name: z.string(), ok: z.boolean(), detail: z.string() });

export const RestoreResult = z.object({
  backup: z.string(),
  /** Where the archive that was replaced now sits (kept, never deleted); null when there was none. */
  preRestoreDir: z.string().nullable(),
  blobs: z.number().int().nonnegative(),
  checkOk: z.boolean(),
  lines: z.array(CheckLineOut),
});
export type RestoreResult = z.infer<typeof RestoreResult>;

const None = z.object({}).strict();

export const backupChannels = defineChannels({
  'backup:list': {
    summary: 'Folder cadangan dan cadangan di dalamnya (terbaru dahulu): waktu, ukuran, hasil pemeriksaan.',
    input: None,
    output: BackupList,
  },
  'backup:status': {
    summary: 'Waktu cadangan terbaru dan apakah sudah lebih dari 7 hari (peringatan di Kotak Masuk).',
    input: None,
    output: BackupStatus,
  },
  'backup:create': {
    summary: 'Buat cadangan sekarang (basis data dan berkas), lalu periksa; kemajuan lewat peristiwa backup:progress.',
    input: None,
    output: BackupEntry,
  },
  'backup:setFolder': {
    summary: 'Ubah folder cadangan (mis. flashdisk); null kembali ke folder bawaan.',
    input: SetBackupFolderInput,
    output: BackupFolder,
  },
  'backup:restore': {
    summary: 'Pulihkan arsip dari cadangan; arsip sekarang disimpan di pre-restore-*. Hanya di aplikasi desktop.',
    input: RestoreInput,
    output: RestoreResult,
  },
});

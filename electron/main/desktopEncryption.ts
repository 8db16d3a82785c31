// Turning encryption on in the desktop app. The archive cannot be converted under an open core, so
// Berkas › Enkripsi arsip… restarts the app with ENCRYPT_SWITCH and the conversion runs at start,
// before the core opens: a warning that a lost key is lost data, the conversion (keychain.ts), then
// the recovery key saved where the officer chooses. Dialogs are injected: tested in Node; not run
// inside Electron on the build machines.
import fs from 'node:fs';
import path from 'node:path';
import { pendingEncryptionFile, readEncryptionInfo } from '../core/crypto/keys';
import { AppError } from '../core/errors';
import { dataPaths } from '../core/paths';
import { acquireLock } from '../core/storage/lock';
import { encryptWithKeychain, keychainProblem, writeRecoveryKey, type SafeStorageLike } from './keychain';

export const ENCRYPT_SWITCH = '--encrypt-archive';

export const ENCRYPT_CONFIRM = {
  type: 'warning',
  title: 'Enkripsi arsip',
  message: 'Enkripsi arsip di komputer ini?',
  detail:
    'Basis data dan semua berkas arsip akan dienkripsi. Kuncinya disimpan di gantungan kunci sistem operasi untuk pengguna ini, jadi PPID Desk tetap terbuka tanpa kata sandi.\n\n' +
    'KUNCI HILANG = DATA HILANG. Bila komputer rusak, sistem operasi dipasang ulang, atau akun pengguna ini hilang, arsip dan cadangannya hanya dapat dibuka dengan kunci pemulihan. ' +
    'Setelah enkripsi, simpan kunci pemulihan di flashdisk dan taruh di tempat terkunci. Tidak ada cara lain membuka arsip tanpa kunci itu.',
  buttons: ['Batal', 'Enkripsi sekarang'],
  defaultId: 0,
  cancelId: 0,
} as const;
export const ENCRYPT_CONFIRM_YES = 1;

export const RECOVERY_KEY_NAME = 'ppid-desk-kunci-pemulihan.txt';

export interface EncryptionDialogs {
  /** Shows ENCRYPT_CONFIRM; true when the officer chose to encrypt. */
  confirm(): boolean;
  /** A save dialog for the recovery key; null when cancelled. */
  chooseRecoveryFile(suggestedName: string): string | null;
  inform(message: string): void;
}

/**
 * Whether the start must run encryptOnStart: asked for (ENCRYPT_SWITCH), or a conversion was cut
 * off (encryption.json pending, or the plain copy still beside the database).
 */
export function encryptStepNeeded(argv: readonly string[], dataDir: string): boolean {
  if (argv.includes(ENCRYPT_SWITCH)) return true;
  if (fs.existsSync(pendingEncryptionFile(dataDir))) return true;
  const info = readEncryptionInfo(dataDir);
  if (info?.secret !== 'safe-storage') return false;
  const plainPrefix = `${path.basename(dataPaths(dataDir).db)}.plain-`;
  return fs.existsSync(dataDir) && fs.readdirSync(dataDir).some((name) => name.startsWith(plainPrefix));
}

export type EncryptOnStartOutcome = 'encrypted' | 'cancelled' | 'already-encrypted';

/** Runs at start when the app was relaunched with ENCRYPT_SWITCH; throws AppError on a refusal. */
export function encryptOnStart(dataDir: string, safe: SafeStorageLike, dialogs: EncryptionDialogs, options: { now: Date; platform: NodeJS.Platform }): EncryptOnStartOutcome {
  // A run cut off after its database swap (encryption.json still pending) is finished without
  // asking again; one of `ppid-desk encrypt` (a passphrase) is left to that command.
  const info = readEncryptionInfo(dataDir) ?? readEncryptionInfo(dataDir, pendingEncryptionFile(dataDir));
  if (info && info.secret !== 'safe-storage') return 'already-encrypted';
  const resuming = info !== null;
  if (!resuming) {
    if (!fs.existsSync(dataPaths(dataDir).db)) throw new AppError('not_found', 'Belum ada arsip untuk dienkripsi.');
    const problem = keychainProblem(safe, options.platform);
    if (problem) throw new AppError('precondition', problem);
    if (!dialogs.confirm()) return 'cancelled';
  }
  const lock = acquireLock(dataDir, 'electron');
  let blobs: number;
  try {
    blobs = encryptWithKeychain(dataDir, safe, options).blobsTotal;
  } finally {
    lock.release();
  }
  if (resuming) return 'already-encrypted';
  dialogs.inform(`Arsip dienkripsi: basis data dan ${blobs} berkas. Sekarang simpan kunci pemulihannya.`);
  saveRecoveryKey(dataDir, safe, dialogs);
  return 'encrypted';
}

/** Berkas › Simpan kunci pemulihan…: asks where, writes it, and says what it is for. */
export function saveRecoveryKey(dataDir: string, safe: SafeStorageLike, dialogs: EncryptionDialogs): boolean {
  const file = dialogs.chooseRecoveryFile(RECOVERY_KEY_NAME);
  if (!file) {
    dialogs.inform('Kunci pemulihan BELUM disimpan. Simpan segera lewat Berkas › Simpan kunci pemulihan…: tanpa itu, arsip hilang bila komputer atau akun ini hilang.');
    return false;
  }
  try {
    writeRecoveryKey(dataDir, safe, file);
  } catch (error) {
    dialogs.inform(`Kunci pemulihan tidak tersimpan: ${error instanceof AppError ? error.message : (error as Error).message}`);
    return false;
  }
  dialogs.inform(
    `Kunci pemulihan disimpan di ${file}. Pindahkan ke flashdisk dan simpan di tempat terkunci, lalu hapus dari komputer ini. ` +
      'Dengan berkas itu arsip dan cadangannya dapat dibuka di komputer lain: ppid-desk --key-file BERKAS, atau PPID_KEY_FILE=BERKAS untuk aplikasi ini.',
  );
  return true;
}

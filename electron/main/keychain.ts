// The desktop app's archive key (issue 10): no passphrase to type or forget at each start. The
// secret is 32 random bytes written as 64 hex characters — text, so the very same secret can be
// saved as a recovery key file and used with `ppid-desk --key-file` or PPID_KEY_FILE — sealed by
// the OS keychain through Electron's safeStorage (DPAPI on Windows, Keychain on macOS,
// libsecret/KWallet on Linux) in archive-key.sealed beside archive.db. The sealed file opens only
// for the same OS user on the same computer: a copied data folder (or a stolen disk) stays
// unreadable, and so does the archive when that login or computer is lost — hence the recovery key.
// It goes through the same scrypt + HKDF as a passphrase (crypto/keys.ts): one derivation and one
// encryption.json for both kinds, at the cost of ~0.1 s per start.
// safeStorage is injected (type below) so this module runs in Node tests with a fake; it has not
// been run inside Electron on the build machines (no Electron binary there).
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { encryptArchive, type EncryptReport } from '../core/crypto/encryptArchive';
import { deriveKeys, missingKeyMessage, readEncryptionInfo, resolveKeys, type ArchiveKeys } from '../core/crypto/keys';
import { AppError } from '../core/errors';
import { privateFile } from '../core/storage/modes';

export const SEALED_KEY_FILE = 'archive-key.sealed';

/** The part of Electron's safeStorage used here. */
export interface SafeStorageLike {
  isEncryptionAvailable(): boolean;
  encryptString(plainText: string): Buffer;
  decryptString(encrypted: Buffer): string;
  /** Linux only: 'basic_text' means no keyring, i.e. a fixed key that protects nothing. */
  getSelectedStorageBackend?(): string;
}

const SECRET_PATTERN = /^[0-9a-f]{64}$/;

export const sealedKeyFile = (dataDir: string): string => path.join(dataDir, SEALED_KEY_FILE);

/** Why the OS keychain cannot keep the key here, or null when it can. */
export function keychainProblem(safe: SafeStorageLike, platform: NodeJS.Platform): string | null {
  if (!safe.isEncryptionAvailable()) {
    return 'Gantungan kunci sistem operasi tidak tersedia, jadi kunci arsip tidak dapat disimpan dengan aman di komputer ini.';
  }
  if (platform === 'linux') {
    const backend = safe.getSelectedStorageBackend?.() ?? 'unknown';
    if (backend === 'basic_text' || backend === 'unknown') {
      return 'Di Linux ini tidak ada gantungan kunci yang aktif (GNOME Keyring/libsecret atau KWallet): kunci arsip hanya akan disamarkan, tidak dilindungi. Aktifkan salah satunya, atau enkripsi dengan berkas kunci (ppid-desk encrypt --key-file).';
    }
  }
  return null;
}

/** A new random secret, sealed into archive-key.sealed (0600). Never replaces an existing one. */
export function sealNewSecret(dataDir: string, safe: SafeStorageLike, platform: NodeJS.Platform): Buffer {
  const problem = keychainProblem(safe, platform);
  if (problem) throw new AppError('precondition', problem);
  const hex = randomBytes(32).toString('hex');
  const file = sealedKeyFile(dataDir);
  const tmp = `${file}.tmp`;
  fs.writeFileSync(tmp, safe.encryptString(hex), { mode: 0o600 });
  privateFile(tmp);
  try {
    // link(), unlike rename(), fails when the target exists: a sealed key in use is never replaced.
    fs.linkSync(tmp, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new AppError('conflict', `Sudah ada kunci arsip tersegel (${SEALED_KEY_FILE}); tidak ditimpa.`);
    throw error;
  } finally {
    fs.rmSync(tmp, { force: true });
  }
  return Buffer.from(hex, 'ascii');
}

/** The secret sealed in archive-key.sealed; refuses in Indonesian when it cannot be unsealed here. */
export function unsealSecret(dataDir: string, safe: SafeStorageLike): Buffer {
  let sealed: Buffer;
  try {
    sealed = fs.readFileSync(sealedKeyFile(dataDir));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    throw new AppError('precondition', `Kunci arsip tersegel (${SEALED_KEY_FILE}) tidak ada di folder data. Buka arsip dengan berkas kunci pemulihan: jalankan PPID Desk dengan variabel PPID_KEY_FILE=BERKAS.`);
  }
  const refused = new AppError(
    'precondition',
    'Gantungan kunci sistem tidak dapat membuka kunci arsip (pengguna atau komputer lain, atau gantungan kunci direset). Buka arsip dengan berkas kunci pemulihan: jalankan PPID Desk dengan variabel PPID_KEY_FILE=BERKAS.',
  );
  if (!safe.isEncryptionAvailable()) throw refused;
  let hex: string;
  try {
    hex = safe.decryptString(sealed);
  } catch {
    throw refused;
  }
  if (!SECRET_PATTERN.test(hex)) throw refused;
  return Buffer.from(hex, 'ascii');
}

/**
 * The keys the desktop app opens the archive with: none for a plain archive; PPID_KEY_FILE when set
 * (a recovery key, or an archive encrypted with a passphrase); else the sealed secret.
 */
export function desktopKeys(dataDir: string, safe: SafeStorageLike, env: NodeJS.ProcessEnv = process.env): ArchiveKeys | undefined {
  const info = readEncryptionInfo(dataDir);
  if (!info) return undefined;
  if (env.PPID_KEY_FILE) return resolveKeys(dataDir, {}, env);
  if (info.secret !== 'safe-storage') throw new AppError('precondition', missingKeyMessage(info));
  return deriveKeys(unsealSecret(dataDir, safe), info);
}

/**
 * Encrypts the plain archive with a new sealed secret (the caller holds archive.lock, no core open).
 * A run cut off earlier is finished with the secret it sealed.
 */
export function encryptWithKeychain(dataDir: string, safe: SafeStorageLike, options: { now: Date; platform: NodeJS.Platform }): EncryptReport {
  const info = readEncryptionInfo(dataDir);
  if (info && info.secret !== 'safe-storage') {
    throw new AppError('conflict', 'Arsip ini sudah terenkripsi dengan frasa sandi/berkas kunci; kunci itu tetap dipakai.');
  }
  const secret = fs.existsSync(sealedKeyFile(dataDir)) ? unsealSecret(dataDir, safe) : sealNewSecret(dataDir, safe, options.platform);
  return encryptArchive(dataDir, secret, { now: options.now, secretKind: 'safe-storage' });
}

/**
 * Writes the recovery key (the sealed secret, as text) to `file`, 0600, never over an existing
 * file. With it, the archive and its backups open anywhere: `ppid-desk --key-file FILE`.
 */
export function writeRecoveryKey(dataDir: string, safe: SafeStorageLike, file: string): void {
  const secret = unsealSecret(dataDir, safe);
  try {
    fs.writeFileSync(file, `${secret.toString('ascii')}\n`, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new AppError('conflict', `${file} sudah ada; kunci pemulihan tidak ditulis di atasnya. Pilih nama lain.`);
    throw error;
  }
  privateFile(file);
}

// Encryption at rest (issue 10; UU 27/2022 Ps 35: the controller protects personal data it holds).
// One secret per archive — a passphrase/key file (CLI, browser host) or a random secret kept with
// the OS keychain (Electron safeStorage) — is stretched with scrypt and split with HKDF into the
// database key (SQLite3 Multiple Ciphers, ChaCha20-Poly1305) and the blob key (AES-256-GCM).
// encryption.json beside archive.db says the archive is encrypted and holds the salt; never a key.
// A lost secret is lost data: there is no back door, by design.
import { hkdfSync, randomBytes, scryptSync } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../errors';
import { privateFile } from '../storage/modes';

export const ENCRYPTION_FILE = 'encryption.json';

export interface ArchiveKeys {
  /** 32 bytes for SQLite3 Multiple Ciphers (PRAGMA hexkey). */
  db: Buffer;
  /** 32 bytes for the blob store (AES-256-GCM). */
  blobs: Buffer;
}

export interface EncryptionInfo {
  version: 1;
  encrypted: true;
  /** SQLite3 Multiple Ciphers' default: ChaCha20-Poly1305, fast without AES instructions on old laptops. */
  cipher: 'chacha20';
  kdf: { name: 'scrypt'; N: number; r: number; p: number; salt: string };
  /** Where the secret lives: a key file / passphrase, or the OS keychain of the desktop app. */
  secret: 'key-file' | 'safe-storage';
  createdAt: string;
}

// scrypt N = 2^15, r = 8: ~100 ms and 32 MB on a modest laptop, once per start.
const KDF = { N: 2 ** 15, r: 8, p: 1 } as const;

export function encryptionFile(dataDir: string): string {
  return path.join(dataDir, ENCRYPTION_FILE);
}

/** encryption.json of an `encrypt` run between its database swap and its end (encryptArchive.ts). */
export function pendingEncryptionFile(dataDir: string): string {
  return `${encryptionFile(dataDir)}.pending`;
}

export function readEncryptionInfo(dataDir: string, file = encryptionFile(dataDir)): EncryptionInfo | null {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  let info: EncryptionInfo;
  try {
    info = JSON.parse(text) as EncryptionInfo;
  } catch {
    throw new AppError('precondition', `Berkas ${path.basename(file)} di folder data rusak (bukan JSON); arsip tidak dapat dibuka. Ambil lagi berkas itu dari cadangan (<nama cadangan>.encryption.json di sebelah cadangan).`);
  }
  if (info === null || typeof info !== 'object' || info.version !== 1 || info.encrypted !== true || info.cipher !== 'chacha20' || info.kdf?.name !== 'scrypt' || typeof info.kdf.salt !== 'string') {
    throw new AppError('precondition', `Berkas ${path.basename(file)} di folder data tidak dikenali; arsip tidak dapat dibuka.`);
  }
  return info;
}

export function newEncryptionInfo(secret: EncryptionInfo['secret'], now: Date): EncryptionInfo {
  return { version: 1, encrypted: true, cipher: 'chacha20', kdf: { name: 'scrypt', ...KDF, salt: randomBytes(16).toString('hex') }, secret, createdAt: now.toISOString() };
}

export function writeEncryptionInfo(dataDir: string, info: EncryptionInfo, file = encryptionFile(dataDir)): void {
  const tmp = `${file}.tmp`;
  fs.writeFileSync(tmp, `${JSON.stringify(info, null, 2)}\n`, { mode: 0o600 });
  // The mode above is only used when the file is new; chmod makes it 0600 whatever was there.
  privateFile(tmp);
  fs.renameSync(tmp, file);
}

export function deriveKeys(secret: Uint8Array, info: EncryptionInfo): ArchiveKeys {
  if (secret.length < 8) throw new AppError('invalid_input', 'Kunci arsip terlalu pendek: gunakan frasa sandi minimal 8 karakter (lebih baik 4 kata atau lebih).');
  const salt = Buffer.from(info.kdf.salt, 'hex');
  const master = scryptSync(secret, salt, 32, { N: info.kdf.N, r: info.kdf.r, p: info.kdf.p, maxmem: 128 * info.kdf.N * info.kdf.r * 2 });
  // Two keys, not one: the page cipher (ChaCha20-Poly1305) and the blob cipher (AES-256-GCM, random
  // nonces) never share a key, and either can change later without touching the other.
  const sub = (label: string) => Buffer.from(hkdfSync('sha256', master, salt, `ppid-desk ${label}`, 32));
  return { db: sub('database'), blobs: sub('blobs') };
}

/** The secret in a key file: its bytes, without a trailing line break an editor may add. */
export function readKeyFile(file: string): Buffer {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (error) {
    throw new AppError('invalid_input', `Berkas kunci ${file} tidak dapat dibaca (${(error as NodeJS.ErrnoException).code ?? 'galat'}).`);
  }
  let end = bytes.length;
  while (end > 0 && (bytes[end - 1] === 0x0a || bytes[end - 1] === 0x0d)) end -= 1;
  return bytes.subarray(0, end);
}

/** Where a secret comes from: a key file, or a passphrase already typed at a prompt (CLI, host). */
export interface KeySource {
  keyFile?: string;
  secret?: Uint8Array;
}

/** The secret of `source`, else of PPID_KEY_FILE; undefined when there is none. */
export function secretFrom(source: KeySource, env: NodeJS.ProcessEnv = process.env): Uint8Array | undefined {
  if (source.secret) return source.secret;
  const file = source.keyFile ?? env.PPID_KEY_FILE;
  return file ? readKeyFile(file) : undefined;
}

/** What to tell an officer who opened an encrypted archive without its secret. */
export function missingKeyMessage(info: EncryptionInfo): string {
  if (info.secret === 'safe-storage') {
    return 'Arsip ini dienkripsi oleh aplikasi desktop PPID Desk (kuncinya di gantungan kunci sistem pengguna itu). Di luar aplikasi itu, buka dengan berkas kunci pemulihannya: --key-file BERKAS (atau PPID_KEY_FILE).';
  }
  return 'Arsip ini terenkripsi: buka dengan kuncinya (--key-file BERKAS atau variabel PPID_KEY_FILE, atau ketik frasa sandinya bila diminta di terminal). Tanpa kunci, data tidak dapat dibaca oleh siapa pun.';
}

/**
 * The keys to open the archive in `dataDir`: none for a plain archive; for an encrypted one, derived
 * from the secret given (a key file, a typed passphrase, or PPID_KEY_FILE). Refuses in Indonesian
 * when a key is needed and missing. A bare string is a key file (older callers).
 */
export function resolveKeys(dataDir: string, source: KeySource | string | undefined, env: NodeJS.ProcessEnv = process.env): ArchiveKeys | undefined {
  const info = readEncryptionInfo(dataDir);
  if (!info) return undefined;
  const secret = secretFrom(typeof source === 'string' ? { keyFile: source } : (source ?? {}), env);
  if (!secret) throw new AppError('precondition', missingKeyMessage(info));
  return deriveKeys(secret, info);
}

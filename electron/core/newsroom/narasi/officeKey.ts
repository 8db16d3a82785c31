// The office's Ed25519 signing key (node:crypto), created the first time it is needed and kept in
// the data folder as office-signing-key.json, owner-only (0600) like encryption.json. In an
// encrypted archive the private key is sealed with the archive's blob key (AES-256-GCM, the blob
// cipher), so the file alone — e.g. copied off a stolen laptop — cannot sign for the office.
import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { decryptBlob, encryptBlob } from '../../blobs/cipher';
import type { Ctx } from '../../context';
import { AppError } from '../../errors';
import { privateFile } from '../../storage/modes';

export const OFFICE_KEY_FILE = 'office-signing-key.json';

interface KeyFile {
  version: 1;
  algorithm: 'ed25519';
  /** The raw 32-byte public key, base64. */
  publicKey: string;
  /** PKCS#8 DER of the private key, base64; sealed with the blob key when `sealed`. */
  privateKey: string;
  sealed: boolean;
  createdAt: string;
}

export interface OfficeKey {
  publicKeyRaw: Buffer;
  privateKey: KeyObject;
  fingerprint: string;
  createdAt: string;
}

/** SHA-256 of the raw public key, lower-case hex: what an office reads out to another to be trusted. */
export function fingerprintOf(publicKeyRaw: Uint8Array): string {
  return createHash('sha256').update(publicKeyRaw).digest('hex');
}

/** 'ab12cd…' → 'AB12 CD34 …': sixteen groups of four. */
export function groupFingerprint(fingerprint: string): string {
  return fingerprint.toUpperCase().replace(/(.{4})(?=.)/g, '$1 ');
}

export function rawPublicKey(key: KeyObject): Buffer {
  const jwk = key.export({ format: 'jwk' });
  return Buffer.from(jwk.x!, 'base64url');
}

export function publicKeyFromRaw(raw: Uint8Array): KeyObject {
  return createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: Buffer.from(raw).toString('base64url') }, format: 'jwk' });
}

const keyFile = (dataDir: string) => path.join(dataDir, OFFICE_KEY_FILE);

function readKey(ctx: Ctx): OfficeKey | null {
  let text: string;
  try {
    text = fs.readFileSync(keyFile(ctx.dataDir), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  let file: KeyFile;
  try {
    file = JSON.parse(text) as KeyFile;
  } catch {
    throw new AppError('precondition', `Berkas kunci kantor ${OFFICE_KEY_FILE} di folder data rusak; ambil dari cadangan, atau hapus berkas itu untuk membuat kunci baru (kantor lain harus mempercayai sidik jari yang baru).`);
  }
  if (file.version !== 1 || file.algorithm !== 'ed25519') throw new AppError('precondition', `Berkas kunci kantor ${OFFICE_KEY_FILE} tidak dikenali.`);
  const der = Buffer.from(file.privateKey, 'base64');
  const plain = file.sealed ? decryptBlob(ctx.keys?.blobs, der, OFFICE_KEY_FILE) : der;
  const privateKey = createPrivateKey({ key: plain, format: 'der', type: 'pkcs8' });
  const publicKeyRaw = Buffer.from(file.publicKey, 'base64');
  if (!rawPublicKey(createPublicKey(privateKey)).equals(publicKeyRaw)) {
    throw new AppError('precondition', `Berkas kunci kantor ${OFFICE_KEY_FILE} tidak utuh (kunci publik dan privat tidak sepasang).`);
  }
  return { publicKeyRaw, privateKey, fingerprint: fingerprintOf(publicKeyRaw), createdAt: file.createdAt };
}

/** The office key, created (and written owner-only) on first use. */
export function officeKey(ctx: Ctx): OfficeKey {
  const existing = readKey(ctx);
  if (existing) return existing;
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const der = privateKey.export({ format: 'der', type: 'pkcs8' });
  const sealed = Boolean(ctx.keys);
  const createdAt = ctx.clock.now().toISOString();
  const publicKeyRaw = rawPublicKey(publicKey);
  const file: KeyFile = {
    version: 1,
    algorithm: 'ed25519',
    publicKey: publicKeyRaw.toString('base64'),
    privateKey: (sealed ? encryptBlob(ctx.keys!.blobs, der) : der).toString('base64'),
    sealed,
    createdAt,
  };
  const target = keyFile(ctx.dataDir);
  const tmp = `${target}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, `${JSON.stringify(file, null, 2)}\n`, { mode: 0o600 });
  privateFile(tmp);
  // Never over a key another process wrote meanwhile: link fails if the file exists.
  try {
    fs.linkSync(tmp, target);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    fs.rmSync(tmp, { force: true });
  }
  return readKey(ctx)!;
}

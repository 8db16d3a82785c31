// Blob encryption at rest: AES-256-GCM (node:crypto) under the archive's key. A file on disk is
// MAGIC | iv (12) | ciphertext | tag (16). The blob keeps the SHA-256 of its PLAINTEXT as its name,
// so deduplication and `check` work the same whether the archive is encrypted or not, and a keyed
// store still reads the plain blobs of an archive that is being converted (no magic = plain).
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { AppError } from '../errors';

export const BLOB_MAGIC = Buffer.from('PPIDBLB1', 'ascii');
const IV_BYTES = 12;
const TAG_BYTES = 16;
export const BLOB_OVERHEAD = BLOB_MAGIC.length + IV_BYTES + TAG_BYTES;

export function assertBlobKey(key: Uint8Array): void {
  if (key.length !== 32) throw new Error(`blob key must be 32 bytes, got ${key.length}`);
}

export function isEncryptedBlob(data: Uint8Array): boolean {
  return data.length >= BLOB_OVERHEAD && Buffer.from(data.buffer, data.byteOffset, BLOB_MAGIC.length).equals(BLOB_MAGIC);
}

export function encryptBlob(key: Uint8Array, plain: Uint8Array): Buffer {
  assertBlobKey(key);
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  // The magic is authenticated too: a plain file cannot be passed off as an encrypted one.
  cipher.setAAD(BLOB_MAGIC);
  const body = Buffer.concat([cipher.update(plain), cipher.final()]);
  return Buffer.concat([BLOB_MAGIC, iv, body, cipher.getAuthTag()]);
}

export function decryptBlob(key: Uint8Array | undefined, data: Uint8Array, label: string): Buffer {
  if (!key) throw new AppError('precondition', `Berkas ${label} terenkripsi, tetapi arsip dibuka tanpa kunci. Buka arsip dengan kuncinya.`);
  assertBlobKey(key);
  const buf = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  const iv = buf.subarray(BLOB_MAGIC.length, BLOB_MAGIC.length + IV_BYTES);
  const tag = buf.subarray(buf.length - TAG_BYTES);
  const body = buf.subarray(BLOB_MAGIC.length + IV_BYTES, buf.length - TAG_BYTES);
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, iv);
    decipher.setAAD(BLOB_MAGIC);
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(body), decipher.final()]);
  } catch {
    throw new AppError('precondition', `Berkas ${label} tidak dapat dibuka: kunci arsip salah atau berkas telah diubah/rusak.`);
  }
}

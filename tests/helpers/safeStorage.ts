import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import type { SafeStorageLike } from '../../electron/main/keychain';

/** safeStorage of one OS user: what it seals opens only for the same user. */
export function fakeSafeStorage(user = 'siti', opts: { available?: boolean; backend?: string } = {}): SafeStorageLike {
  const key = createHash('sha256').update(`keychain of ${user}`).digest();
  return {
    isEncryptionAvailable: () => opts.available ?? true,
    getSelectedStorageBackend: () => opts.backend ?? 'gnome_libsecret',
    encryptString(text) {
      const iv = randomBytes(12);
      const c = createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([c.update(text, 'utf8'), c.final()]);
      return Buffer.concat([Buffer.from('v11'), iv, c.getAuthTag(), body]);
    },
    decryptString(sealed) {
      const d = createDecipheriv('aes-256-gcm', key, sealed.subarray(3, 15));
      d.setAuthTag(sealed.subarray(15, 31));
      return Buffer.concat([d.update(sealed.subarray(31)), d.final()]).toString('utf8');
    },
  };
}

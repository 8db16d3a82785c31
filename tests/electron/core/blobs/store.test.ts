import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BLOB_MAGIC } from '../../../../electron/core/blobs/cipher';
import { createBlobStore, sha256Hex } from '../../../../electron/core/blobs/store';
import { AppError } from '../../../../electron/core/errors';
import { tempDir } from '../../../helpers/tempDir';

const posix = process.platform !== 'win32';
const parts = (dir: string) => fs.readdirSync(path.join(dir, 'tmp'));
const enospc = () => Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });

describe('blob store: only verified bytes get a blob name', () => {
  it('finishes a write the OS accepted only in part (short writes)', () => {
    const dir = tempDir();
    const store = createBlobStore(dir, {
      fsOps: { writeSync: (fd, data, offset, length) => fs.writeSync(fd, data, offset, Math.min(length, 1000)) },
    });
    const bytes = randomBytes(10_000);
    const sha = store.write(bytes);
    expect(fs.readFileSync(store.pathOf(sha)).equals(bytes)).toBe(true);
    expect(parts(dir)).toEqual([]);
  });

  it('on a full disk stores nothing under the name, leaves no .part and says "Disk penuh"', () => {
    const dir = tempDir();
    let calls = 0;
    const store = createBlobStore(dir, {
      fsOps: {
        writeSync: (fd, data, offset, length) => {
          calls += 1;
          if (calls > 1) throw enospc();
          return fs.writeSync(fd, data, offset, Math.min(length, 4096));
        },
      },
    });
    const bytes = randomBytes(20_000);
    let caught: unknown;
    try {
      store.write(bytes);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(AppError);
    expect((caught as AppError).code).toBe('disk');
    expect((caught as AppError).message).toMatch(/^Disk penuh/);
    expect(fs.existsSync(store.pathOf(sha256Hex(bytes)))).toBe(false);
    expect(parts(dir)).toEqual([]);
  });

  it('treats a write that makes no progress as a full disk instead of looping', () => {
    const dir = tempDir();
    const store = createBlobStore(dir, { fsOps: { writeSync: () => 0 } });
    expect(() => store.write(randomBytes(100))).toThrow(/Disk penuh/);
    expect(parts(dir)).toEqual([]);
  });

  it('a failing fsync leaves nothing behind', () => {
    const dir = tempDir();
    const store = createBlobStore(dir, { fsOps: { fsyncSync: () => { throw Object.assign(new Error('EIO'), { code: 'EIO' }); } } });
    const bytes = randomBytes(100);
    expect(() => store.write(bytes)).toThrow(/Disk gagal/);
    expect(store.has(sha256Hex(bytes))).toBe(false);
    expect(parts(dir)).toEqual([]);
  });

  it('rewrites a truncated or altered file found under the name instead of trusting it', () => {
    const dir = tempDir();
    const store = createBlobStore(dir);
    const bytes = randomBytes(50_000);
    const sha = store.write(bytes);
    fs.truncateSync(store.pathOf(sha), 20_000); // what a full disk once left
    expect(store.verify(sha, bytes.length)).toBe('size');
    expect(store.write(bytes)).toBe(sha);
    expect(fs.readFileSync(store.pathOf(sha)).equals(bytes)).toBe(true);

    const altered = Buffer.from(bytes);
    altered[100] = altered[100]! ^ 0xff;
    fs.writeFileSync(store.pathOf(sha), altered);
    expect(store.verify(sha, bytes.length)).toBe('hash');
    store.write(bytes);
    expect(store.verify(sha, bytes.length)).toBe('ok');
  });

  it('refuses to read a changed blob rather than hand out wrong bytes', () => {
    const dir = tempDir();
    const store = createBlobStore(dir);
    const sha = store.write(Buffer.from('surat asli'));
    fs.writeFileSync(store.pathOf(sha), 'surat palsu');
    expect(() => store.read(sha)).toThrow(/telah berubah atau rusak/);
    fs.rmSync(store.pathOf(sha));
    expect(() => store.read(sha)).toThrow(/tidak ada di folder arsip/);
    expect(store.verify(sha)).toBe('missing');
  });

  it('sweeps temp files left by a killed write once they are old, keeps fresh ones', () => {
    const dir = tempDir();
    createBlobStore(dir);
    const old = path.join(dir, 'tmp', 'a.old.part');
    const fresh = path.join(dir, 'tmp', 'b.new.part');
    fs.writeFileSync(old, 'x');
    fs.writeFileSync(fresh, 'y');
    const twoHoursAgo = new Date(Date.now() - 2 * 3600_000);
    fs.utimesSync(old, twoHoursAgo, twoHoursAgo);
    createBlobStore(dir);
    expect(parts(dir)).toEqual(['b.new.part']);
  });

  it.skipIf(!posix)('keeps blobs private: folders 0700 and files 0600 whatever the umask', () => {
    const dir = path.join(tempDir(), 'blobs');
    const previous = process.umask(0o022);
    try {
      const store = createBlobStore(dir);
      const sha = store.write(Buffer.from('NIK 6402011234567890'));
      expect(fs.statSync(dir).mode & 0o777).toBe(0o700);
      expect(fs.statSync(path.dirname(store.pathOf(sha))).mode & 0o777).toBe(0o700);
      expect(fs.statSync(store.pathOf(sha)).mode & 0o777).toBe(0o600);
    } finally {
      process.umask(previous);
    }
  });

  it('a read-only store (check of a backup) creates nothing', () => {
    const dir = path.join(tempDir(), 'backup.blobs');
    const store = createBlobStore(dir, { readOnly: true });
    expect(fs.existsSync(dir)).toBe(false);
    expect(() => store.write(Buffer.from('x'))).toThrow();
  });
});

describe('blob store with a key: AES-256-GCM at rest', () => {
  const key = randomBytes(32);
  const secret = Buffer.from('Permohonan oleh Siti Rahmawati, NIK 6402011234567890, Jl. Mulawarman 12 Tenggarong');

  it('stores ciphertext under the plaintext SHA and reads the plaintext back', () => {
    const dir = tempDir();
    const store = createBlobStore(dir, { key });
    const sha = store.write(secret);
    expect(sha).toBe(sha256Hex(secret));
    const onDisk = fs.readFileSync(store.pathOf(sha));
    expect(onDisk.subarray(0, BLOB_MAGIC.length).equals(BLOB_MAGIC)).toBe(true);
    expect(onDisk.includes(Buffer.from('6402011234567890'))).toBe(false);
    expect(onDisk.includes(Buffer.from('Rahmawati'))).toBe(false);
    expect(store.isEncrypted(sha)).toBe(true);
    expect(store.read(sha).equals(secret)).toBe(true);
    expect(store.verify(sha, secret.length)).toBe('ok');
  });

  it('refuses a wrong key, a missing key and a tampered file in Indonesian', () => {
    const dir = tempDir();
    const sha = createBlobStore(dir, { key }).write(secret);
    expect(() => createBlobStore(dir, { key: randomBytes(32) }).read(sha)).toThrow(/kunci arsip salah atau berkas telah diubah/);
    expect(() => createBlobStore(dir).read(sha)).toThrow(/dibuka tanpa kunci/);
    const file = createBlobStore(dir).pathOf(sha);
    const bytes = fs.readFileSync(file);
    bytes[BLOB_MAGIC.length + 20] = bytes[BLOB_MAGIC.length + 20]! ^ 1;
    fs.writeFileSync(file, bytes);
    expect(() => createBlobStore(dir, { key }).read(sha)).toThrow(/telah diubah\/rusak/);
    expect(createBlobStore(dir, { key }).verify(sha, secret.length)).toBe('unreadable');
  });

  it('reads plain blobs of an archive being converted and encrypts them in place', () => {
    const dir = tempDir();
    const sha = createBlobStore(dir).write(secret);
    const keyed = createBlobStore(dir, { key });
    expect(keyed.isEncrypted(sha)).toBe(false);
    expect(keyed.read(sha).equals(secret)).toBe(true);
    expect(keyed.encryptInPlace(sha)).toBe(true);
    expect(keyed.encryptInPlace(sha)).toBe(false);
    expect(fs.readFileSync(keyed.pathOf(sha)).includes(Buffer.from('Rahmawati'))).toBe(false);
    expect(keyed.read(sha).equals(secret)).toBe(true);
    expect(parts(dir)).toEqual([]);
  });
});

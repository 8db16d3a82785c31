// Encryption at rest, end to end through the core: a plain archive converted by `encrypt`, then used
// with its key. No file under the data folder or in a backup holds a logged NIK or name; wrong or
// missing keys are refused in Indonesian; files are owner-only.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCore } from '../../../../electron/core';
import { encryptArchive } from '../../../../electron/core/crypto/encryptArchive';
import { readEncryptionInfo, readKeyFile, resolveKeys } from '../../../../electron/core/crypto/keys';
import { checkDatabaseFile } from '../../../../electron/core/maintenance/check';
import { call, fixedClock } from '../../../helpers/core';
import { NIK_BUDI, NIK_SITI, requestInput } from '../../../helpers/requestInput';
import { tempDir } from '../../../helpers/tempDir';

const SECRETS = [NIK_SITI, NIK_BUDI, 'Rahmawati', 'rahmawati', 'Kusumadewi', 'kusumadewi', 'Pahlawan'];

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true, recursive: true }).filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
}

function leaks(dir: string): string[] {
  const found: string[] = [];
  for (const file of filesUnder(dir)) {
    const bytes = fs.readFileSync(file);
    for (const secret of SECRETS) if (bytes.includes(Buffer.from(secret))) found.push(`${path.relative(dir, file)}: ${secret}`);
  }
  return found;
}

const open = (dataDir: string, keyFile?: string) =>
  createCore({ dataDir, clock: fixedClock('2026-11-23T02:00:00Z'), actor: 'tester', host: 'test', ...(keyFile ? { keys: resolveKeys(dataDir, keyFile)! } : {}) });

describe('encryption at rest', () => {
  it('converts a plain archive; afterwards nothing on disk or in a backup holds a NIK or a name', async () => {
    const dataDir = tempDir();
    const keyFile = path.join(tempDir(), 'kunci.txt');
    fs.writeFileSync(keyFile, 'kuda lumping menari di tepian mahakam\n');

    const plain = open(dataDir);
    await call(plain, 'requests:create', requestInput({ requester: { name: 'Siti Rahmawati' } }));
    await call(plain, 'archive:importFile', { name: 'surat-siti.txt', dataBase64: Buffer.from(`Surat dari Siti Rahmawati, NIK ${NIK_SITI}, Jl. Pahlawan`).toString('base64') });
    const plainBackup = await call(plain, 'backup:create', {}); // in backups/, made before encryption
    plain.close();
    expect(leaks(dataDir).filter((l) => l.startsWith('backups'))).not.toEqual([]); // the control: plain files show them

    const report = encryptArchive(dataDir, readKeyFile(keyFile), { now: new Date('2026-11-23T03:00:00Z') });
    expect(report).toMatchObject({ databaseConverted: true, blobsConverted: 1, blobsTotal: 1, plainCopy: null });
    expect(report.backups).toMatchObject({ converted: [plainBackup.file], skipped: [] });
    expect(readEncryptionInfo(dataDir)).toMatchObject({ encrypted: true, cipher: 'chacha20' });

    const core = open(dataDir, keyFile);
    await call(core, 'requests:create', requestInput({ requester: { name: 'Budi Kusumadewi', idNumber: NIK_BUDI } }));
    // Search works inside the encrypted database (FTS5).
    const inbox = await call(core, 'inbox:list', { limit: 50, filters: { search: 'Rahmawati' } });
    expect(inbox.items.map((i) => i.requesterName)).toEqual(['Siti Rahmawati']);
    const backup = await call(core, 'backup:create', {});
    core.close();

    expect(leaks(dataDir)).toEqual([]);
    expect(fs.existsSync(`${backup.file}.encryption.json`)).toBe(true);
    const keys = resolveKeys(dataDir, keyFile)!;
    expect(checkDatabaseFile(path.join(dataDir, 'archive.db'), path.join(dataDir, 'blobs'), keys).ok).toBe(true);
    expect(checkDatabaseFile(backup.file, `${backup.file}.blobs`, keys).ok).toBe(true);
    expect(checkDatabaseFile(plainBackup.file, `${plainBackup.file}.blobs`, keys).ok).toBe(true);
    expect(fs.existsSync(`${plainBackup.file}.encryption.json`)).toBe(true);
    // Run again: nothing left to do.
    expect(encryptArchive(dataDir, readKeyFile(keyFile), { now: new Date() })).toMatchObject({ databaseConverted: false, blobsConverted: 0, backups: { converted: [], skipped: [] } });
  }, 60_000);

  it('leaves a backup encrypted under another key as it is, and says so', async () => {
    const source = tempDir();
    const otherKey = path.join(tempDir(), 'lain.txt');
    fs.writeFileSync(otherKey, 'kunci arsip kantor yang lain');
    const plain = open(source);
    await call(plain, 'requests:create', requestInput());
    plain.close();
    encryptArchive(source, readKeyFile(otherKey), { now: new Date() });
    const foreign = open(source, otherKey);
    const made = await call(foreign, 'backup:create', {});
    foreign.close();

    const dataDir = tempDir();
    open(dataDir).close();
    fs.mkdirSync(path.join(dataDir, 'backups'), { recursive: true });
    const copied = path.join(dataDir, 'backups', path.basename(made.file));
    fs.copyFileSync(made.file, copied);
    const before = fs.readFileSync(copied);
    const report = encryptArchive(dataDir, Buffer.from('frasa sandi arsip ini sendiri'), { now: new Date() });
    expect(report.backups.skipped).toEqual([{ file: copied, reason: expect.stringMatching(/kunci lain/) }]);
    expect(fs.readFileSync(copied).equals(before)).toBe(true);
  }, 60_000);

  it('refuses a wrong or missing key in Indonesian, and a key for a plain archive', () => {
    const dataDir = tempDir();
    const keyFile = path.join(tempDir(), 'kunci.txt');
    fs.writeFileSync(keyFile, 'frasa sandi yang benar sekali');
    const wrong = path.join(tempDir(), 'salah.txt');
    fs.writeFileSync(wrong, 'frasa sandi yang keliru sekali');
    open(dataDir).close();
    expect(resolveKeys(dataDir, keyFile)).toBeUndefined(); // a plain archive needs no key
    expect(() => createCore({ dataDir, host: 'test', keys: { db: Buffer.alloc(32), blobs: Buffer.alloc(32) } })).toThrow(/belum terenkripsi/);
    encryptArchive(dataDir, readKeyFile(keyFile), { now: new Date() });
    expect(() => open(dataDir)).toThrow(/Arsip ini terenkripsi: buka dengan kuncinya/);
    expect(() => open(dataDir, wrong)).toThrow(/Kunci arsip salah/);
    open(dataDir, keyFile).close();
  });

  it.skipIf(process.platform === 'win32')('keeps the data folder 0700 and the database and backups 0600, whatever the umask', async () => {
    const previous = process.umask(0o022);
    try {
      const dataDir = path.join(tempDir(), 'data');
      const core = open(dataDir);
      await call(core, 'requests:create', requestInput());
      const backup = await call(core, 'backup:create', {});
      expect(fs.statSync(dataDir).mode & 0o777).toBe(0o700);
      for (const f of ['archive.db', 'archive.db-wal', 'archive.db-shm']) expect(fs.statSync(path.join(dataDir, f)).mode & 0o777, f).toBe(0o600);
      expect(fs.statSync(backup.file).mode & 0o777).toBe(0o600);
      core.close();
      // An archive made 0644 by an older version is tightened when opened.
      fs.chmodSync(path.join(dataDir, 'archive.db'), 0o644);
      fs.chmodSync(dataDir, 0o755);
      open(dataDir).close();
      expect(fs.statSync(path.join(dataDir, 'archive.db')).mode & 0o777).toBe(0o600);
      expect(fs.statSync(dataDir).mode & 0o777).toBe(0o700);
    } finally {
      process.umask(previous);
    }
  });

  it.skipIf(process.platform === 'win32')('leaves the encrypted archive and encryption.json 0600 under a loose umask', async () => {
    const previous = process.umask(0o000);
    try {
      const dataDir = path.join(tempDir(), 'data');
      const keyFile = path.join(tempDir(), 'kunci.txt');
      fs.writeFileSync(keyFile, 'burung enggang terbang tinggi');
      open(dataDir).close();
      encryptArchive(dataDir, readKeyFile(keyFile), { now: new Date('2026-11-23T03:00:00Z'), keepPlain: true });
      const core = open(dataDir, keyFile);
      await call(core, 'requests:create', requestInput());
      const modes = Object.fromEntries(
        fs.readdirSync(dataDir, { withFileTypes: true }).filter((e) => e.isFile()).map((e) => [e.name, fs.statSync(path.join(dataDir, e.name)).mode & 0o777]),
      );
      core.close();
      expect(Object.keys(modes)).toEqual(expect.arrayContaining(['archive.db', 'archive.db-wal', 'encryption.json']));
      expect(Object.keys(modes).some((name) => name.startsWith('archive.db.plain-'))).toBe(true); // --keep-plain
      for (const [name, mode] of Object.entries(modes)) expect(mode, name).toBe(0o600);
    } finally {
      process.umask(previous);
    }
  });

  it('finishes a run cut off between the database swap and encryption.json, and drops a pending file when the swap never happened', async () => {
    const dataDir = tempDir();
    const keyFile = path.join(tempDir(), 'kunci.txt');
    fs.writeFileSync(keyFile, 'ikan pesut di sungai mahakam');
    const plain = open(dataDir);
    await call(plain, 'requests:create', requestInput({ requester: { name: 'Siti Rahmawati' } }));
    plain.close();
    encryptArchive(dataDir, readKeyFile(keyFile), { now: new Date('2026-11-23T03:00:00Z'), keepPlain: true });
    // The state a power cut leaves after the swap: encrypted archive.db, encryption.json still pending.
    fs.renameSync(path.join(dataDir, 'encryption.json'), path.join(dataDir, 'encryption.json.pending'));
    expect(() => open(dataDir)).toThrow(/tidak dapat dibaca: rusak, atau terenkripsi/);
    expect(() => encryptArchive(dataDir, Buffer.from('frasa sandi yang keliru'), { now: new Date() })).toThrow(/Kunci arsip salah/);
    expect(fs.existsSync(path.join(dataDir, 'encryption.json'))).toBe(false);

    const report = encryptArchive(dataDir, readKeyFile(keyFile), { now: new Date('2026-11-23T04:00:00Z') });
    expect(report).toMatchObject({ databaseConverted: false, plainLeftoversRemoved: [path.join(dataDir, 'archive.db.plain-20261123T030000')] });
    expect(fs.readdirSync(dataDir).filter((n) => n.includes('.plain-') || n.endsWith('.pending'))).toEqual([]);
    const core = open(dataDir, keyFile);
    expect((await call(core, 'inbox:list', { limit: 10 })).items.map((i) => i.requesterName)).toEqual(['Siti Rahmawati']);
    core.close();

    // Cut before the swap: the database is still plain, so the pending file is stale and dropped.
    const other = tempDir();
    open(other).close();
    fs.copyFileSync(path.join(dataDir, 'encryption.json'), path.join(other, 'encryption.json.pending'));
    expect(encryptArchive(other, readKeyFile(keyFile), { now: new Date() })).toMatchObject({ databaseConverted: true });
    expect(readEncryptionInfo(other)!.kdf.salt).not.toBe(readEncryptionInfo(dataDir)!.kdf.salt);
    open(other, keyFile).close();
  }, 60_000);

  it('refuses an encryption.json that is not JSON, or of another cipher, in Indonesian', () => {
    const dataDir = tempDir();
    open(dataDir).close();
    fs.writeFileSync(path.join(dataDir, 'encryption.json'), '{ rusak');
    expect(() => open(dataDir)).toThrow(/encryption.json di folder data rusak/);
    const info = { version: 1, encrypted: true, cipher: 'aes256cbc', kdf: { name: 'scrypt', N: 2, r: 1, p: 1, salt: '00' }, secret: 'key-file', createdAt: '' };
    fs.writeFileSync(path.join(dataDir, 'encryption.json'), JSON.stringify(info));
    expect(() => open(dataDir)).toThrow(/tidak dikenali/);
  });
});

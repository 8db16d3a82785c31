// The desktop key kept by the OS keychain, with a fake safeStorage (real AES-GCM under a per-user
// key, so another user's keychain really cannot open it). Electron itself is not run here.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCore } from '../../../electron/core';
import { encryptArchive } from '../../../electron/core/crypto/encryptArchive';
import { readEncryptionInfo } from '../../../electron/core/crypto/keys';
import { desktopKeys, encryptWithKeychain, keychainProblem, sealedKeyFile, sealNewSecret, unsealSecret, writeRecoveryKey } from '../../../electron/main/keychain';
import { call, fixedClock } from '../../helpers/core';
import { NIK_SITI, requestInput } from '../../helpers/requestInput';
import { fakeSafeStorage } from '../../helpers/safeStorage';
import { tempDir } from '../../helpers/tempDir';

async function plainArchive(): Promise<string> {
  const dataDir = tempDir();
  const core = createCore({ dataDir, clock: fixedClock('2026-11-23T02:00:00Z'), actor: 'tester', host: 'test' });
  await call(core, 'requests:create', requestInput({ requester: { name: 'Siti Rahmawati' } }));
  core.close();
  return dataDir;
}

const inboxNames = async (dataDir: string, keys: ReturnType<typeof desktopKeys>) => {
  const core = createCore({ dataDir, host: 'test', ...(keys ? { keys } : {}) });
  try {
    return (await call(core, 'inbox:list', { limit: 10 })).items.map((i) => i.requesterName);
  } finally {
    core.close();
  }
};

describe('desktop key in the OS keychain', () => {
  it('encrypts with a sealed random secret; the same user opens it, another user only with the recovery key', async () => {
    const dataDir = await plainArchive();
    const siti = fakeSafeStorage('siti');
    const report = encryptWithKeychain(dataDir, siti, { now: new Date('2026-11-23T03:00:00Z'), platform: 'linux' });
    expect(report.databaseConverted).toBe(true);
    expect(readEncryptionInfo(dataDir)).toMatchObject({ secret: 'safe-storage', cipher: 'chacha20' });
    expect(fs.readFileSync(path.join(dataDir, 'archive.db')).includes(Buffer.from(NIK_SITI))).toBe(false);
    const secret = unsealSecret(dataDir, siti);
    expect(secret.toString('ascii')).toMatch(/^[0-9a-f]{64}$/);
    expect(fs.readFileSync(sealedKeyFile(dataDir)).includes(secret)).toBe(false); // sealed, not stored
    if (process.platform !== 'win32') expect(fs.statSync(sealedKeyFile(dataDir)).mode & 0o777).toBe(0o600);

    expect(await inboxNames(dataDir, desktopKeys(dataDir, siti, {}))).toEqual(['Siti Rahmawati']);

    const budi = fakeSafeStorage('budi');
    expect(() => desktopKeys(dataDir, budi, {})).toThrow(/Gantungan kunci sistem tidak dapat membuka kunci arsip/);
    const recovery = path.join(tempDir(), 'kunci-pemulihan.txt');
    writeRecoveryKey(dataDir, siti, recovery);
    expect(() => writeRecoveryKey(dataDir, siti, recovery)).toThrow(/sudah ada/);
    if (process.platform !== 'win32') expect(fs.statSync(recovery).mode & 0o777).toBe(0o600);
    // The recovery key is what PPID_KEY_FILE (desktop) and --key-file (CLI, host) take.
    expect(await inboxNames(dataDir, desktopKeys(dataDir, budi, { PPID_KEY_FILE: recovery }))).toEqual(['Siti Rahmawati']);
    fs.rmSync(sealedKeyFile(dataDir));
    expect(() => desktopKeys(dataDir, siti, {})).toThrow(/archive-key.sealed\) tidak ada di folder data/);
  }, 60_000);

  it('refuses without a real keychain (none available; Linux basic_text) and changes nothing', async () => {
    const dataDir = await plainArchive();
    expect(keychainProblem(fakeSafeStorage('siti'), 'linux')).toBeNull();
    expect(keychainProblem(fakeSafeStorage('siti', { backend: 'basic_text' }), 'win32')).toBeNull(); // the backend is a Linux notion
    for (const [safe, platform] of [
      [fakeSafeStorage('siti', { backend: 'basic_text' }), 'linux'],
      [fakeSafeStorage('siti', { available: false }), 'darwin'],
    ] as const) {
      expect(() => encryptWithKeychain(dataDir, safe, { now: new Date(), platform })).toThrow(/gantungan kunci/i);
    }
    expect(fs.readdirSync(dataDir).filter((n) => n.includes('encryption') || n.includes('sealed'))).toEqual([]);
    expect(await inboxNames(dataDir, undefined)).toEqual(['Siti Rahmawati']);
  }, 60_000);

  it('never replaces a sealed key; an archive encrypted with a passphrase needs PPID_KEY_FILE', async () => {
    const dataDir = await plainArchive();
    const siti = fakeSafeStorage('siti');
    sealNewSecret(dataDir, siti, 'linux');
    expect(() => sealNewSecret(dataDir, siti, 'linux')).toThrow(/tidak ditimpa/);

    const other = await plainArchive();
    const keyFile = path.join(tempDir(), 'kunci.txt');
    fs.writeFileSync(keyFile, 'frasa sandi kantor dinas');
    encryptArchive(other, fs.readFileSync(keyFile), { now: new Date() });
    expect(() => desktopKeys(other, siti, {})).toThrow(/Arsip ini terenkripsi: buka dengan kuncinya/);
    expect(() => encryptWithKeychain(other, siti, { now: new Date(), platform: 'linux' })).toThrow(/sudah terenkripsi dengan frasa sandi/);
    expect(await inboxNames(other, desktopKeys(other, siti, { PPID_KEY_FILE: keyFile }))).toEqual(['Siti Rahmawati']);
    expect(desktopKeys(tempDir(), siti, {})).toBeUndefined(); // plain archive: no key
  }, 60_000);
});

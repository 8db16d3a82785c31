// Turning encryption on in the desktop app, with fake dialogs and a fake safeStorage: the warning
// first, then the conversion, then the recovery key; a cancel changes nothing; a cut-off run is
// finished at the next start without asking again.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCore } from '../../../electron/core';
import { readEncryptionInfo, resolveKeys } from '../../../electron/core/crypto/keys';
import { ENCRYPT_CONFIRM, ENCRYPT_SWITCH, encryptOnStart, encryptStepNeeded, type EncryptionDialogs } from '../../../electron/main/desktopEncryption';
import { desktopKeys, encryptWithKeychain } from '../../../electron/main/keychain';
import { call, fixedClock } from '../../helpers/core';
import { requestInput } from '../../helpers/requestInput';
import { fakeSafeStorage } from '../../helpers/safeStorage';
import { tempDir } from '../../helpers/tempDir';

function dialogs(answer: boolean, recoveryFile: string | null): EncryptionDialogs & { said: string[]; asked: number } {
  const d = {
    said: [] as string[],
    asked: 0,
    confirm: () => ((d.asked += 1), answer),
    chooseRecoveryFile: () => recoveryFile,
    inform: (message: string) => void d.said.push(message),
  };
  return d;
}

async function plainArchive(): Promise<string> {
  const dataDir = tempDir();
  const core = createCore({ dataDir, clock: fixedClock('2026-11-23T02:00:00Z'), actor: 'tester', host: 'test' });
  await call(core, 'requests:create', requestInput({ requester: { name: 'Siti Rahmawati' } }));
  core.close();
  return dataDir;
}

const now = { now: new Date('2026-11-23T03:00:00Z'), platform: 'linux' as const };

describe('Berkas › Enkripsi arsip (desktop)', () => {
  it('warns that a lost key is lost data before anything is changed', () => {
    expect(ENCRYPT_CONFIRM.detail).toMatch(/KUNCI HILANG = DATA HILANG/);
    expect(ENCRYPT_CONFIRM.buttons[ENCRYPT_CONFIRM.cancelId]).toBe('Batal');
    expect(ENCRYPT_CONFIRM.defaultId).toBe(ENCRYPT_CONFIRM.cancelId);
  });

  it('encrypts after the confirmation and saves the recovery key where the officer chose', async () => {
    const dataDir = await plainArchive();
    const recovery = path.join(tempDir(), 'kunci.txt');
    const d = dialogs(true, recovery);
    expect(encryptStepNeeded(['ppid-desk', ENCRYPT_SWITCH], dataDir)).toBe(true);
    expect(encryptOnStart(dataDir, fakeSafeStorage('siti'), d, now)).toBe('encrypted');
    expect(d.asked).toBe(1);
    expect(d.said.join('\n')).toMatch(/Kunci pemulihan disimpan di/);
    expect(readEncryptionInfo(dataDir)).toMatchObject({ secret: 'safe-storage' });
    expect(encryptStepNeeded(['ppid-desk'], dataDir)).toBe(false);
    // Started again with the switch: nothing to do, nothing asked.
    expect(encryptOnStart(dataDir, fakeSafeStorage('siti'), d, now)).toBe('already-encrypted');
    expect(d.asked).toBe(1);
    // The recovery key opens it without the keychain (CLI --key-file).
    const core = createCore({ dataDir, host: 'test', keys: resolveKeys(dataDir, recovery)! });
    expect((await call(core, 'inbox:list', { limit: 10 })).items).toHaveLength(1);
    core.close();
  }, 60_000);

  it('a cancel changes nothing; a skipped recovery key is called out', async () => {
    const dataDir = await plainArchive();
    const before = fs.readdirSync(dataDir).sort();
    expect(encryptOnStart(dataDir, fakeSafeStorage('siti'), dialogs(false, null), now)).toBe('cancelled');
    expect(fs.readdirSync(dataDir).sort()).toEqual(before);

    const d = dialogs(true, null);
    expect(encryptOnStart(dataDir, fakeSafeStorage('siti'), d, now)).toBe('encrypted');
    expect(d.said.join('\n')).toMatch(/Kunci pemulihan BELUM disimpan/);
  }, 60_000);

  it('a run cut off after the swap is finished at the next start, without asking again', async () => {
    const dataDir = await plainArchive();
    const siti = fakeSafeStorage('siti');
    encryptWithKeychain(dataDir, siti, now);
    fs.renameSync(path.join(dataDir, 'encryption.json'), path.join(dataDir, 'encryption.json.pending'));
    expect(encryptStepNeeded(['ppid-desk'], dataDir)).toBe(true);
    const d = dialogs(true, null);
    expect(encryptOnStart(dataDir, siti, d, now)).toBe('already-encrypted');
    expect(d.asked).toBe(0);
    const core = createCore({ dataDir, host: 'test', keys: desktopKeys(dataDir, siti, {})! });
    expect((await call(core, 'inbox:list', { limit: 10 })).items.map((i) => i.requesterName)).toEqual(['Siti Rahmawati']);
    core.close();
  }, 60_000);
});

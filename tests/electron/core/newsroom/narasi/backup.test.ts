// The office's signing key travels with the archive: a backup restored into a new data folder (a
// new laptop) signs paket narasi with the fingerprint other offices already trust.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { OFFICE_KEY_FILE } from '../../../../../electron/core/newsroom/narasi/officeKey';
import { call, fixedClock, testCore, validProfile } from '../../../../helpers/core';
import { narasiInput } from '../../../../helpers/narasiInput';

const NOW = '2026-12-02T02:00:00Z';
const PAKET = narasiInput();

describe('office signing key in backups', () => {
  it('is backed up owner-only beside the archive and restored into a new data folder, which signs with the same fingerprint', async () => {
    const clock = fixedClock(NOW);
    const office = testCore({ clock });
    await call(office, 'settings:saveProfile', validProfile);
    const paket = await call(office, 'narasi:create', PAKET);
    await call(office, 'narasi:approve', { id: paket.id });
    const key = await call(office, 'narasi:officeKey', {});
    const backup = await call(office, 'backup:create', {});
    const copied = `${backup.file}.${OFFICE_KEY_FILE}`;
    expect(fs.readFileSync(copied, 'utf8')).toBe(fs.readFileSync(path.join(office.dataDir, OFFICE_KEY_FILE), 'utf8'));
    if (process.platform !== 'win32') expect(fs.statSync(copied).mode & 0o777).toBe(0o600);

    const laptop = testCore({ clock });
    // A fresh folder signs with a key of its own until the backup is restored.
    expect((await call(laptop, 'narasi:officeKey', {})).fingerprint).not.toBe(key.fingerprint);
    const restored = await call(laptop, 'backup:restore', { file: backup.file });
    expect(restored.checkOk).toBe(true);
    expect(fs.readdirSync(restored.preRestoreDir!)).toContain(OFFICE_KEY_FILE); // the replaced key is kept aside
    expect((await call(laptop, 'narasi:officeKey', {})).fingerprint).toBe(key.fingerprint);
    const bundle = await call(laptop, 'narasi:exportBundle', { id: paket.id });
    expect(bundle.fingerprint).toBe(key.fingerprint);

    // An office that trusts the original fingerprint takes the bundle signed on the new laptop.
    const other = testCore({ clock });
    await call(other, 'narasi:trustKey', { fingerprint: key.grouped, label: 'Diskominfo Kaltim' });
    expect(await call(other, 'narasi:importBundle', { dataBase64: bundle.dataBase64 })).toMatchObject({ title: PAKET.title, fingerprint: key.fingerprint });
  });
});

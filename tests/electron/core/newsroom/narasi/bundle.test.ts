// Signed narasi bundles between two data folders (two cores): the round trip, every single flipped
// byte refused, an unknown key refused until trusted, the office key created once and kept
// owner-only, expiry flagged, and a local paket versioned on change after approval.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../../../../electron/core';
import { encryptArchive } from '../../../../../electron/core/crypto/encryptArchive';
import { readKeyFile, resolveKeys } from '../../../../../electron/core/crypto/keys';
import { tempDir } from '../../../../helpers/tempDir';
import { OFFICE_KEY_FILE } from '../../../../../electron/core/newsroom/narasi/officeKey';
import { call, fixedClock, testCore, validProfile } from '../../../../helpers/core';
import { narasiInput } from '../../../../helpers/narasiInput';

const NOW = '2026-12-02T02:00:00Z';
const PAKET = narasiInput();

async function approvedBundle(core: Core) {
  const p = await call(core, 'narasi:create', PAKET);
  await call(core, 'narasi:approve', { id: p.id });
  return { paket: p, bundle: await call(core, 'narasi:exportBundle', { id: p.id }) };
}

describe('narasi bundles', () => {
  it('round-trips between two offices once the receiver trusts the sender fingerprint', async () => {
    const clock = fixedClock(NOW);
    const a = testCore({ clock });
    await call(a, 'settings:saveProfile', validProfile);
    const b = testCore({ clock });
    const { bundle } = await approvedBundle(a);
    const keyA = await call(a, 'narasi:officeKey', {});
    expect(keyA.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(keyA.grouped.split(' ')).toHaveLength(16);
    expect(bundle.fingerprint).toBe(keyA.fingerprint);

    const unknown = await b.handle('narasi:importBundle', { dataBase64: bundle.dataBase64 });
    expect(unknown.ok).toBe(false);
    if (!unknown.ok) expect(unknown.error.message).toContain('belum dipercaya');
    await call(b, 'narasi:trustKey', { fingerprint: keyA.grouped, label: 'Diskominfo Kaltim' });
    const imported = await call(b, 'narasi:importBundle', { dataBase64: bundle.dataBase64 });
    expect(imported).toMatchObject({ title: PAKET.title, version: 1, fingerprint: keyA.fingerprint, expired: false, originOffice: validProfile.instansiLines[1] });
    const detail = await call(b, 'narasi:get', { id: imported.id });
    expect(detail).toMatchObject({ keyMessages: PAKET.keyMessages, qa: PAKET.qa, origin: 'impor', approvedBy: 'tester', signerFingerprint: keyA.fingerprint });
    // The importer's own key differs; its imported paket is not re-signed as its own.
    expect((await call(b, 'narasi:officeKey', {})).fingerprint).not.toBe(keyA.fingerprint);
    expect((await b.handle('narasi:exportBundle', { id: imported.id })).ok).toBe(false);

    clock.set('2027-01-01T02:00:00Z');
    expect((await call(b, 'narasi:get', { id: imported.id })).expired).toBe(true);
    expect((await a.handle('narasi:exportBundle', { id: 1 })).ok).toBe(false);
  });

  it('refuses a copy with any one byte flipped and writes nothing', async () => {
    const a = testCore({ clock: fixedClock(NOW) });
    const b = testCore({ clock: fixedClock(NOW) });
    const { bundle } = await approvedBundle(a);
    const fingerprint = (await call(a, 'narasi:officeKey', {})).fingerprint;
    const bytes = Buffer.from(bundle.dataBase64, 'base64');
    // Flip one bit of every 7th byte (and the last significant ones): whitespace between JSON tokens
    // may change harmlessly, so only positions inside tokens are flipped.
    const text = bytes.toString('utf8');
    let tried = 0;
    for (let i = 0; i < bytes.length; i += 7) {
      if (/\s/.test(text[i]!)) continue;
      const copy = Buffer.from(bytes);
      copy[i] = copy[i]! ^ 0x02;
      const r = await b.handle('narasi:importBundle', { dataBase64: copy.toString('base64'), trust: fingerprint });
      expect(r.ok, `byte ${i} (${JSON.stringify(text[i])})`).toBe(false);
      if (!r.ok) expect(r.error.message).toMatch(/^Bundel paket narasi ditolak: .+ Tidak ada yang diimpor\.$/);
      tried += 1;
    }
    expect(tried).toBeGreaterThan(50);
    expect(await call(b, 'narasi:list', {})).toEqual([]);
    expect(await call(b, 'narasi:trustedKeys', {})).toEqual([]);
    expect((await call(b, 'narasi:importBundle', { dataBase64: bundle.dataBase64, trust: fingerprint })).title).toBe(PAKET.title);
  });

  it('keeps one office key, owner-only, and refuses an unapproved paket', async () => {
    const a = testCore({ clock: fixedClock(NOW) });
    const first = await call(a, 'narasi:officeKey', {});
    expect(await call(a, 'narasi:officeKey', {})).toEqual(first);
    const file = path.join(a.dataDir, OFFICE_KEY_FILE);
    if (process.platform !== 'win32') expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    const stored = JSON.parse(fs.readFileSync(file, 'utf8')) as { sealed: boolean; publicKey: string };
    expect(stored.sealed).toBe(false);
    expect(Buffer.from(stored.publicKey, 'base64').toString('base64')).toBe(first.publicKey);

    const p = await call(a, 'narasi:create', PAKET);
    const r = await a.handle('narasi:exportBundle', { id: p.id });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toContain('belum disetujui');
    await call(a, 'narasi:approve', { id: p.id, approvedBy: 'Kepala Dinas' });
    const changed = await call(a, 'narasi:update', { id: p.id, ...PAKET, keyMessages: ['Pesan baru.'] });
    expect(changed).toMatchObject({ version: 2, approvedBy: null });
  });

  it('seals the private key with the archive key in an encrypted archive', async () => {
    const dataDir = tempDir();
    const keyFile = path.join(tempDir(), 'kunci.txt');
    fs.writeFileSync(keyFile, 'kuda lumping menari di tepian mahakam\n');
    createCore({ dataDir, host: 'test' }).close();
    encryptArchive(dataDir, readKeyFile(keyFile), { now: new Date(NOW) });
    const core = createCore({ dataDir, clock: fixedClock(NOW), actor: 'tester', host: 'test', keys: resolveKeys(dataDir, keyFile)! });
    try {
      const { bundle } = await approvedBundle(core);
      const stored = JSON.parse(fs.readFileSync(path.join(dataDir, OFFICE_KEY_FILE), 'utf8')) as { sealed: boolean; privateKey: string };
      expect(stored.sealed).toBe(true);
      // PKCS#8 DER of an Ed25519 key starts 30 2e 02 01 00: a sealed file does not.
      expect(Buffer.from(stored.privateKey, 'base64').subarray(0, 5).toString('hex')).not.toBe('302e020100');
      const other = testCore({ clock: fixedClock(NOW) });
      expect((await call(other, 'narasi:importBundle', { dataBase64: bundle.dataBase64, trust: bundle.fingerprint })).title).toBe(PAKET.title);
    } finally {
      core.close();
    }
  });
});

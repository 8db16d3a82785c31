import { describe, expect, it } from 'vitest';
import { call, fixedClock, testCore, validProfile } from '../../../helpers/core';
import { tempDir } from '../../../helpers/tempDir';
import { createCore } from '../../../../electron/core';

describe('office profile', () => {
  it('is null before the first save', async () => {
    expect(await call(testCore(), 'settings:getProfile', {})).toBeNull();
  });

  it('saves, normalises and survives a restart of the core', async () => {
    const dataDir = tempDir();
    const clock = fixedClock('2026-11-23T02:15:00Z');
    const first = testCore({ dataDir, clock });
    const saved = await call(first, 'settings:saveProfile', { ...validProfile, instansiLines: ['  PEMERINTAH PROVINSI KALIMANTAN TIMUR ', '', 'DINAS KOMINFO'] });
    expect(saved.ppid.nip).toBe('197503122000032004'); // spaces removed
    expect(saved.instansiLines).toEqual(['PEMERINTAH PROVINSI KALIMANTAN TIMUR', 'DINAS KOMINFO']);
    expect(saved.updatedAt).toBe('2026-11-23T02:15:00.000Z');
    first.close();

    const second = createCore({ dataDir, host: 'test' });
    const again = await second.handle('settings:getProfile', {});
    second.close();
    expect(again).toEqual({ ok: true, value: saved });
  });

  it('defaults the zone to WITA and the cutoff to 16:00', async () => {
    const { timeZone: _z, cutoffTime: _c, ...rest } = validProfile;
    const saved = await call(testCore(), 'settings:saveProfile', rest);
    expect(saved.timeZone).toBe('Asia/Makassar');
    expect(saved.cutoffTime).toBe('16:00');
  });

  it.each([
    [{ instansiLines: [] }, 'instansiLines', 'Nama instansi wajib diisi (sedikitnya satu baris).'],
    [{ unit: '   ' }, 'unit', 'Unit/PPID wajib diisi.'],
    [{ email: 'ppid@' }, 'email', 'Alamat e-mail tidak sah, mis. ppid@kaltimprov.go.id.'],
    [{ phone: 'telepon kantor' }, 'phone', expect.stringMatching(/^Nomor telepon tidak sah/)],
    [{ timeZone: 'Europe/Berlin' }, 'timeZone', 'Zona waktu harus WIB, WITA atau WIT.'],
    [{ cutoffTime: '25:00' }, 'cutoffTime', 'Batas jam layanan harus berbentuk JJ:MM, mis. 16:00.'],
    [{ ppid: { ...validProfile.ppid, nip: '12345' } }, 'ppid.nip', 'NIP PPID: NIP harus 18 digit; yang diisi 5 digit.'],
    [{ ppid: { ...validProfile.ppid, nip: '197513122000032004' } }, 'ppid.nip', expect.stringMatching(/8 digit pertama harus tanggal lahir/)],
    [{ atasan: { ...validProfile.atasan, nip: '196911011994033006' } }, 'atasan.nip', 'NIP Atasan PPID: NIP tidak sah: digit ke-15 harus 1 atau 2.'],
    [{ atasan: { ...validProfile.atasan, name: '' } }, 'atasan.name', 'Nama Atasan PPID wajib diisi.'],
  ])('rejects %j with an Indonesian message on the field', async (patch, path, message) => {
    const core = testCore();
    const result = await core.handle('settings:saveProfile', { ...validProfile, ...patch });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid_input');
    expect(result.error.message).toMatch(/^Isian belum benar: /);
    expect(result.error.issues).toContainEqual({ path, message });
    expect(await call(core, 'settings:getProfile', {})).toBeNull();
  });

  it('reports every bad field at once', async () => {
    const result = await testCore().handle('settings:saveProfile', { ...validProfile, unit: '', city: '', email: 'x' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.issues?.map((i) => i.path).sort()).toEqual(['city', 'email', 'unit']);
  });

  it('accepts an empty NIP (an Atasan who is not a civil servant) but not a malformed one', async () => {
    const saved = await call(testCore(), 'settings:saveProfile', { ...validProfile, atasan: { ...validProfile.atasan, nip: '' } });
    expect(saved.atasan.nip).toBe('');
  });

  it('tells open windows that the profile changed, after it is saved', async () => {
    const core = testCore();
    const seen: string[] = [];
    core.events.on('settings:changed', (p) => seen.push(p.key));
    await core.handle('settings:saveProfile', { ...validProfile, unit: '' });
    expect(seen).toEqual([]);
    await call(core, 'settings:saveProfile', validProfile);
    expect(seen).toEqual(['office_profile']);
  });
});

describe('UI preferences', () => {
  it('default to Indonesian and keep English once chosen', async () => {
    const core = testCore();
    expect(await call(core, 'settings:getUi', {})).toEqual({ language: 'id' });
    await call(core, 'settings:setUi', { language: 'en' });
    expect(await call(core, 'settings:getUi', {})).toEqual({ language: 'en' });
    const bad = await core.handle('settings:setUi', { language: 'fr' });
    expect(bad.ok).toBe(false);
  });
});

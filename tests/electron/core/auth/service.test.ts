// Accounts (issue 14): first-run setup, sign-in throttling on the core's clock, Argon2id, the
// Admin's management of officers, and the officer's own password.
import { describe, expect, it } from 'vitest';
import { call, fixedClock, testCore } from '../../../helpers/core';
import { readDb } from '../../../helpers/requests';
import { addOfficer, signIn, TEST_PASSWORD } from '../../../helpers/officers';
import { sessionCaller } from '../../../../electron/core/auth/caller';
import { hashPassword, verifyPassword } from '../../../../electron/core/auth/password';
import { lockMs } from '../../../../electron/core/auth/throttle';

const anon = sessionCaller('');
const login = (core: ReturnType<typeof testCore>, username: string, password: string) => core.handle('auth:login', { username, password }, anon);

describe('passwords', () => {
  it('hashes with Argon2id and verifies only the same password', async () => {
    const hash = await hashPassword('kuda-lari-cepat-77');
    expect(hash).toMatch(/^\$argon2id\$/);
    expect(hash).not.toContain('kuda-lari-cepat-77');
    expect(await verifyPassword(hash, 'kuda-lari-cepat-77')).toBe(true);
    expect(await verifyPassword(hash, 'kuda-lari-cepat-78')).toBe(false);
    expect(await verifyPassword('bukan hash', 'kuda-lari-cepat-77')).toBe(false);
  });

  it('refuses a password shorter than 10 characters in Indonesian', async () => {
    const core = testCore();
    const result = await core.handle('auth:setup', { username: 'admin', name: 'Admin', password: 'pendek' }, anon);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input', issues: [{ path: 'password', message: 'Kata sandi paling sedikit 10 karakter.' }] } });
  });
});

describe('auth:setup', () => {
  it('creates the first Admin and signs them in, then is closed', async () => {
    const core = testCore();
    const first = await core.handle('auth:setup', { username: 'Admin', name: 'Rina Admin', password: 'kata-sandi-awal-1' }, anon);
    expect(first).toMatchObject({ ok: true, value: { officer: { username: 'admin', name: 'Rina Admin', roles: ['admin'], active: true }, token: expect.any(String) } });
    const token = (first as { value: { token: string } }).value.token;
    expect(await core.handle('auth:me', {}, sessionCaller(token))).toMatchObject({ ok: true, value: { officer: { username: 'admin' }, needsSetup: false } });
    const second = await core.handle('auth:setup', { username: 'lain', name: 'Orang Lain', password: 'kata-sandi-awal-2' }, anon);
    expect(second).toMatchObject({ ok: false, error: { code: 'forbidden', message: expect.stringMatching(/sudah dilakukan/) } });
    expect(await call(core, 'officers:list', {})).toMatchObject({ officers: [{ username: 'admin' }] });
  });

  it('is refused from another computer on the office LAN', async () => {
    const core = testCore();
    const fromLan = await core.handle('auth:setup', { username: 'admin', name: 'Penyusup', password: 'kata-sandi-awal-1' }, sessionCaller('', 'lan', '192.168.1.20'));
    expect(fromLan).toMatchObject({ ok: false, error: { code: 'forbidden', message: expect.stringMatching(/^Penyiapan pertama hanya dapat dilakukan di komputer yang menyimpan arsip/) } });
    expect(await call(core, 'auth:me', {})).toEqual({ officer: null, needsSetup: true });
  });
});

describe('auth:login throttling', () => {
  it('locks a username for 1 minute after 5 failures, doubling per further failure, on the core clock', async () => {
    const clock = fixedClock('2026-03-18T01:00:00Z');
    const core = testCore({ clock });
    await addOfficer(core, 'budi', ['petugas']);
    for (let i = 0; i < 5; i += 1) {
      expect(await login(core, 'budi', 'salah-salah-salah')).toMatchObject({ ok: false, error: { code: 'unauthenticated', message: 'Nama pengguna atau kata sandi salah.' } });
    }
    // Locked: even the right password is refused now.
    expect(await login(core, 'budi', TEST_PASSWORD)).toMatchObject({ ok: false, error: { code: 'forbidden', message: 'Terlalu banyak percobaan; coba lagi dalam 1 menit.' } });
    clock.set('2026-03-18T01:01:01Z');
    // A sixth failure: 2 minutes.
    expect(await login(core, 'budi', 'salah-lagi-salah')).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
    expect(await login(core, 'budi', TEST_PASSWORD)).toMatchObject({ ok: false, error: { message: 'Terlalu banyak percobaan; coba lagi dalam 2 menit.' } });
    clock.set('2026-03-18T01:03:02Z');
    expect(await login(core, 'budi', TEST_PASSWORD)).toMatchObject({ ok: true });
    // A success clears the count.
    expect(readDb(core).prepare("SELECT count(*) AS n FROM login_attempts WHERE username = 'budi'").get()).toEqual({ n: 0 });
  });

  it('throttles unknown usernames the same way, and caps the lock at 30 minutes', async () => {
    const core = testCore();
    for (let i = 0; i < 5; i += 1) expect(await login(core, 'tidakada', 'apa-saja-12345')).toMatchObject({ ok: false, error: { code: 'unauthenticated', message: 'Nama pengguna atau kata sandi salah.' } });
    expect(await login(core, 'tidakada', 'apa-saja-12345')).toMatchObject({ ok: false, error: { message: 'Terlalu banyak percobaan; coba lagi dalam 1 menit.' } });
    expect([4, 5, 6, 9, 10, 20].map(lockMs)).toEqual([0, 60_000, 120_000, 960_000, 1_800_000, 1_800_000]);
  });

  it('records failures and sign-ins in the audit log with the officer', async () => {
    const core = testCore();
    const officer = await addOfficer(core, 'budi', ['petugas']);
    await login(core, 'budi', 'salah-salah-salah');
    await signIn(core, 'budi');
    const rows = readDb(core).prepare("SELECT action, officer_id FROM audit_log WHERE action LIKE 'auth.%' ORDER BY seq").all();
    expect(rows).toEqual([{ action: 'auth.login.failed', officer_id: officer.id }, { action: 'auth.login', officer_id: officer.id }]);
  });
});

describe('officers', () => {
  it('refuses a duplicate username, and keeps the last active Admin', async () => {
    const core = testCore();
    const admin = await addOfficer(core, 'admin', ['admin']);
    expect(await core.handle('officers:add', { username: 'admin', name: 'Lain', password: TEST_PASSWORD, roles: ['ppid'] })).toMatchObject({ ok: false, error: { code: 'conflict', message: 'Nama pengguna "admin" sudah dipakai petugas lain.' } });
    expect(await core.handle('officers:setActive', { id: admin.id, active: false })).toMatchObject({ ok: false, error: { code: 'precondition' } });
    expect(await core.handle('officers:update', { id: admin.id, name: 'Admin', roles: ['ppid'] })).toMatchObject({ ok: false, error: { code: 'precondition' } });
    await addOfficer(core, 'admin2', ['admin', 'ppid']);
    expect(await call(core, 'officers:update', { id: admin.id, name: 'Rina', nip: '19800101 200501 2 001', jabatan: 'Pranata Humas', roles: ['ppid', 'humas'] })).toMatchObject({ roles: ['ppid', 'humas'], nip: '198001012005012001' });
  });

  it('resets a password: a temporary one shown once, or the one given; sessions end', async () => {
    const core = testCore();
    const budi = await addOfficer(core, 'budi', ['petugas']);
    const session = await signIn(core, 'budi');
    const reset = await call(core, 'officers:resetPassword', { id: budi.id });
    expect(reset.temporaryPassword).toMatch(/^[A-Za-z2-9]{14}$/);
    expect(await session.handle('inbox:list', {})).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
    expect(await login(core, 'budi', TEST_PASSWORD)).toMatchObject({ ok: false });
    expect(await login(core, 'budi', reset.temporaryPassword!)).toMatchObject({ ok: true });
    expect(await call(core, 'officers:resetPassword', { id: budi.id, newPassword: 'sandi-baru-dari-admin' })).toMatchObject({ temporaryPassword: null });
    expect(await login(core, 'budi', 'sandi-baru-dari-admin')).toMatchObject({ ok: true });
  });

  it('changes one’s own password with the old one, keeping this session and ending the others', async () => {
    const core = testCore();
    await addOfficer(core, 'budi', ['petugas']);
    const here = await signIn(core, 'budi');
    const there = await signIn(core, 'budi');
    expect(await here.handle('auth:changePassword', { currentPassword: 'keliru-keliru', newPassword: 'sandi-baru-budi-1' })).toMatchObject({ ok: false, error: { code: 'invalid_input', message: 'Kata sandi lama salah.' } });
    expect(await here.call('auth:changePassword', { currentPassword: TEST_PASSWORD, newPassword: 'sandi-baru-budi-1' })).toEqual({});
    expect(await here.handle('inbox:list', {})).toMatchObject({ ok: true });
    expect(await there.handle('inbox:list', {})).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
  });

  it('lets only an Admin manage officers', async () => {
    const core = testCore();
    await addOfficer(core, 'budi', ['petugas', 'ppid']);
    const budi = await signIn(core, 'budi');
    expect(await budi.handle('officers:list', {})).toMatchObject({ ok: false, error: { code: 'forbidden', message: expect.stringContaining('Admin') } });
    expect(await budi.handle('audit:list', {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
});

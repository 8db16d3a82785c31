// `ppid-desk user …` run as the real bin: accounts added with the password on stdin can sign in,
// the list shows them, disable and reset-password end their sessions; the audit says "CLI (…)".
import os from 'node:os';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../helpers/cli';
import { tempDir } from '../../../helpers/tempDir';
import { testCore } from '../../../helpers/core';
import { readDb } from '../../../helpers/requests';
import { sessionCaller } from '../../../../electron/core/auth/caller';

describe('ppid-desk user', () => {
  it('adds officers with the password from stdin, lists them, and they can sign in', async () => {
    const dir = tempDir();
    const add = runCli(['--data-dir', dir, 'user', 'add', '--username', 'wahyuni', '--name', 'Dr. Sri Wahyuni', '--role', 'atasan,admin', '--nip', '19691101 199403 2 006', '--jabatan', 'Sekretaris Daerah'], { input: 'sandi-atasan-panjang\n' });
    expect(add).toMatchObject({ code: 0, stdout: 'Akun wahyuni (Dr. Sri Wahyuni) dibuat dengan peran Admin, Atasan PPID.\n', stderr: '' });
    expect(runCli(['--data-dir', dir, 'user', 'add', '--username', 'budi', '--name', 'Budi', '--role', 'petugas'], { input: 'sandi-petugas-1\n' }).code).toBe(0);

    const list = runCli(['--data-dir', dir, 'user', 'list', '--json']);
    expect(list.code).toBe(0);
    expect(JSON.parse(list.stdout)).toEqual([
      { id: 2, username: 'budi', name: 'Budi', nip: '', jabatan: '', roles: ['petugas'], active: true },
      { id: 1, username: 'wahyuni', name: 'Dr. Sri Wahyuni', nip: '196911011994032006', jabatan: 'Sekretaris Daerah', roles: ['admin', 'atasan'], active: true },
    ]);
    expect(runCli(['--data-dir', dir, 'user', 'list']).stdout).toContain('wahyuni\tDr. Sri Wahyuni (NIP 196911011994032006)\tAdmin, Atasan PPID\taktif');

    const core = testCore({ dataDir: dir });
    expect(await core.handle('auth:login', { username: 'wahyuni', password: 'sandi-atasan-panjang' }, sessionCaller(''))).toMatchObject({ ok: true, value: { officer: { roles: ['admin', 'atasan'] } } });
    const audit = readDb(core).prepare("SELECT actor, officer_id FROM audit_log WHERE action = 'officer.add' ORDER BY seq").all();
    expect(audit).toEqual([
      { actor: `CLI (${os.userInfo().username})`, officer_id: null },
      { actor: `CLI (${os.userInfo().username})`, officer_id: null },
    ]);
  });

  it('refuses an unknown role, a short password and an unknown user with exit 2 and Indonesian messages', () => {
    const dir = tempDir();
    expect(runCli(['--data-dir', dir, 'user', 'add', '--username', 'x1', '--name', 'X', '--role', 'raja'], { input: 'sandi-yang-panjang\n' })).toMatchObject({ code: 2, stderr: expect.stringMatching(/^Peran tidak dikenal: raja\. Pilihan: admin, ppid/) });
    expect(runCli(['--data-dir', dir, 'user', 'add', '--username', 'x1', '--name', 'X', '--role', 'ppid'], { input: 'pendek\n' })).toMatchObject({ code: 2, stderr: expect.stringContaining('Kata sandi paling sedikit 10 karakter.') });
    expect(runCli(['--data-dir', dir, 'user', 'disable', 'siapa'])).toMatchObject({ code: 2, stderr: expect.stringMatching(/Tidak ada petugas dengan nama pengguna "siapa"/) });
  });

  it('disables an officer and resets a password from stdin', async () => {
    const dir = tempDir();
    runCli(['--data-dir', dir, 'user', 'add', '--username', 'admin', '--name', 'Admin', '--role', 'admin'], { input: 'sandi-admin-panjang\n' });
    runCli(['--data-dir', dir, 'user', 'add', '--username', 'budi', '--name', 'Budi', '--role', 'petugas'], { input: 'sandi-petugas-1\n' });
    expect(runCli(['--data-dir', dir, 'user', 'reset-password', 'budi'], { input: 'sandi-baru-budi-2\n' })).toMatchObject({ code: 0 });
    expect(runCli(['--data-dir', dir, 'user', 'disable', 'budi'])).toMatchObject({ code: 0, stdout: 'Akun budi dinonaktifkan.\n' });
    const core = testCore({ dataDir: dir });
    expect(await core.handle('auth:login', { username: 'budi', password: 'sandi-baru-budi-2' }, sessionCaller(''))).toMatchObject({ ok: false, error: { code: 'forbidden', message: expect.stringMatching(/dinonaktifkan/) } });
    // The last Admin stays: the CLI is told why.
    expect(runCli(['--data-dir', dir, 'user', 'disable', 'admin'])).toMatchObject({ code: 2, stderr: expect.stringMatching(/satu-satunya Admin/) });
  });
});

// `ppid-desk letter` and `ppid-desk register`, run as the real bin in a child process.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCore } from '../../../../electron/core';
import { runCli } from '../../../helpers/cli';
import { validProfile } from '../../../helpers/core';
import { requestInput } from '../../../helpers/requestInput';
import { tempDir } from '../../../helpers/tempDir';

async function archive(withProfile = true): Promise<{ dir: string; number: string }> {
  const dir = tempDir();
  const core = createCore({ dataDir: dir, host: 'test', actor: 'tester' });
  try {
    if (withProfile) await core.handle('settings:saveProfile', validProfile);
    const created = await core.handle('requests:create', requestInput({ receivedAt: '2025-03-03T09:00:00+08:00' }));
    if (!created.ok) throw new Error(created.error.message);
    return { dir, number: (created.value as { number: string }).number };
  } finally {
    core.close();
  }
}

const pdfText = (file: string) => execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');

describe('ppid-desk letter', () => {
  it('issues the receipt once, then writes the stored file again in either format', async () => {
    const { dir, number } = await archive();
    const out = path.join(tempDir(), 'tanda-bukti.pdf');
    const first = runCli(['--data-dir', dir, 'letter', '--request', number, '--type', 'tanda-bukti', '--format', 'pdf', '--out', out]);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/^Diterbitkan: \d{3}\/TB\/PPID\/[IVX]+\/\d{4} → /);
    expect(pdfText(out)).toContain(number);
    const again = path.join(tempDir(), 'lagi.pdf');
    const second = runCli(['--data-dir', dir, 'letter', '--request', number, '--type', 'tanda-bukti', '--format', 'pdf', '--out', again]);
    expect(second.stdout).toMatch(/^Sudah diterbitkan sebelumnya: /);
    expect(fs.readFileSync(again).equals(fs.readFileSync(out))).toBe(true);
    const docx = path.join(tempDir(), 'tanda-bukti.docx');
    expect(runCli(['--data-dir', dir, 'letter', '--request', number, '--type', 'tanda-bukti', '--format', 'docx', '--out', docx]).code).toBe(0);
    expect(fs.readFileSync(docx).subarray(0, 2).toString()).toBe('PK');
    // Never overwrites by accident.
    const refused = runCli(['--data-dir', dir, 'letter', '--request', number, '--type', 'tanda-bukti', '--out', out]);
    expect(refused).toMatchObject({ code: 2, stderr: expect.stringContaining('sudah ada; pilih nama lain atau tambahkan --force') });
  }, 60_000);

  it('exits 2 naming the missing step, an unknown number, or a missing objection', async () => {
    const { dir, number } = await archive();
    const out = path.join(tempDir(), 'x.pdf');
    const refusal = runCli(['--data-dir', dir, 'letter', '--request', number, '--type', 'penolakan', '--out', out]);
    expect(refusal.code).toBe(2);
    expect(refusal.stderr).toMatch(/^Surat penolakan hanya dapat dibuat setelah permohonan/);
    expect(fs.existsSync(out)).toBe(false);
    expect(runCli(['--data-dir', dir, 'letter', '--request', '999/X/2025', '--type', 'tanda-bukti', '--out', out])).toMatchObject({
      code: 2,
      stderr: 'Permohonan dengan nomor pendaftaran 999/X/2025 tidak ditemukan.\n',
    });
    expect(runCli(['--data-dir', dir, 'letter', '--request', number, '--type', 'keberatan-tanda-bukti', '--out', out]).stderr).toMatch(/belum memiliki keberatan/);
    expect(runCli(['--data-dir', dir, 'letter', '--request', number, '--type', 'surat-sakti', '--out', out]).code).toBe(2);
  }, 60_000);

  it('exits 2 until the office profile is complete', async () => {
    const { dir, number } = await archive(false);
    const result = runCli(['--data-dir', dir, 'letter', '--request', number, '--type', 'tanda-bukti', '--out', path.join(tempDir(), 'x.pdf')]);
    expect(result).toMatchObject({ code: 2, stderr: expect.stringMatching(/^Profil kantor belum lengkap/) });
  }, 60_000);
});

describe('ppid-desk register', () => {
  it('writes the year register as CSV and XLSX', async () => {
    const { dir } = await archive();
    const csv = path.join(tempDir(), 'register.csv');
    const result = runCli(['--data-dir', dir, 'register', '--year', '2025', '--format', 'csv', '--out', csv]);
    expect(result).toMatchObject({ code: 0, stdout: expect.stringMatching(/^Register permohonan 2025: 1 baris → /) });
    expect(fs.readFileSync(csv, 'utf8')).toContain('001/PPID/III/2025;03/03/2025;');
    const xlsx = path.join(tempDir(), 'register.xlsx');
    expect(runCli(['--data-dir', dir, 'register', '--year', '2025', '--kind', 'keberatan', '--format', 'xlsx', '--out', xlsx]).code).toBe(0);
    expect(fs.readFileSync(xlsx).subarray(0, 2).toString()).toBe('PK');
    expect(runCli(['--data-dir', dir, 'register', '--year', '25', '--format', 'csv', '--out', csv])).toMatchObject({ code: 2, stderr: 'Tahun harus 4 angka, mis. 2026; yang diisi: 25.\n' });
  }, 60_000);
});

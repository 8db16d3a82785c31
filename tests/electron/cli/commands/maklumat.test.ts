// `ppid-desk maklumat`, run as the real bin in a child process: writes the A3 poster and the A4
// DOCX, never over a file without --force, and exits 2 naming what the office profile lacks.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCore } from '../../../../electron/core';
import { runCli } from '../../../helpers/cli';
import { validProfile } from '../../../helpers/core';
import { tempDir } from '../../../helpers/tempDir';

async function office(profile: typeof validProfile | null): Promise<string> {
  const dir = tempDir();
  const core = createCore({ dataDir: dir, host: 'test', actor: 'tester' });
  try {
    if (profile) {
      const saved = await core.handle('settings:saveProfile', profile);
      if (!saved.ok) throw new Error(saved.error.message);
      const tariff = await core.handle('tariff:save', { decreeNumber: '188.4/12/PPID/2026', decreeDate: '2026-01-02', items: [{ kind: 'halaman', label: 'Fotokopi A4', unit: 'lembar', priceRp: 500 }] });
      if (!tariff.ok) throw new Error(tariff.error.message);
    }
  } finally {
    core.close();
  }
  return dir;
}

describe('ppid-desk maklumat', () => {
  it('writes the A3 poster as PDF and the A4 handout as DOCX; --force overwrites', async () => {
    const dir = await office(validProfile);
    const out = path.join(tempDir(), 'maklumat.pdf');
    const result = runCli(['--data-dir', dir, 'maklumat', '--size', 'a3', '--format', 'pdf', '--out', out]);
    expect(result).toMatchObject({ code: 0, stderr: '', stdout: `Maklumat pelayanan (A3, PDF) → ${out}\n` });
    expect(execFileSync('pdfinfo', [out], { encoding: 'utf8' })).toMatch(/Page size:\s+841\.89 x 1190\.55 pts/);
    const text = execFileSync('pdftotext', [out, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain('MAKLUMAT PELAYANAN INFORMASI PUBLIK');
    expect(text).toContain('Rp500');
    expect(text).toContain('10 (sepuluh) hari kerja');

    const docx = path.join(tempDir(), 'maklumat.docx');
    expect(runCli(['--data-dir', dir, 'maklumat', '--format', 'docx', '--out', docx])).toMatchObject({ code: 0, stdout: `Maklumat pelayanan (A4, DOCX) → ${docx}\n` });
    expect(fs.readFileSync(docx).subarray(0, 2).toString()).toBe('PK');

    expect(runCli(['--data-dir', dir, 'maklumat', '--out', out])).toMatchObject({ code: 2, stderr: expect.stringContaining('sudah ada; pilih nama lain atau tambahkan --force') });
    expect(runCli(['--data-dir', dir, 'maklumat', '--force', '--out', out]).code).toBe(0);
    expect(execFileSync('pdfinfo', [out], { encoding: 'utf8' })).toMatch(/Page size:\s+595\.27\d* x 841\.89 pts/);
  }, 90_000);

  it('exits 2 naming the missing profile fields, or an unknown size', async () => {
    const dir = await office(null);
    const out = path.join(tempDir(), 'maklumat.pdf');
    expect(runCli(['--data-dir', dir, 'maklumat', '--out', out])).toMatchObject({ code: 2, stderr: expect.stringMatching(/^Maklumat pelayanan belum dapat dibuat karena profil kantor belum lengkap\. Belum diisi: nama instansi,/) });
    expect(fs.existsSync(out)).toBe(false);
    expect(runCli(['--data-dir', dir, 'maklumat', '--size', 'a5', '--out', out]).code).toBe(2);
  }, 60_000);
});

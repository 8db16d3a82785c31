// `ppid-desk release add` and `ppid-desk release export`, run as the real bin on a data folder whose
// release was approved through the core (the CLI drafts; approval is the Pimpinan's, in the app).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../helpers/cli';
import { call, testCore, validProfile } from '../../../helpers/core';
import { releaseInput } from '../../../helpers/releaseInput';
import { tempDir } from '../../../helpers/tempDir';
import { pdfText, run } from '../../core/documents/tools';

describe('ppid-desk release', () => {
  it('adds a release from JSON printing its number, and exports PDF, text and one .eml per journalist', async () => {
    const dir = tempDir();
    const file = path.join(tempDir(), 'siaran.json');
    fs.writeFileSync(file, JSON.stringify(releaseInput()));
    const added = runCli(['--data-dir', dir, 'release', 'add', '--json', file]);
    expect(added).toMatchObject({ code: 0, stdout: '001/SP/PPID/XII/2026\n', stderr: '' });

    const core = testCore({ dataDir: dir });
    await call(core, 'settings:saveProfile', validProfile);
    await call(core, 'releases:transition', { id: 1, to: 'review' });
    await call(core, 'releases:transition', { id: 1, to: 'approved' });
    await call(core, 'media:saveJournalist', { name: 'Rina', outlet: 'Kaltim Post', email: 'rina@kaltimpost.id' });
    await call(core, 'media:saveJournalist', { name: 'Dodi', outlet: 'Antara Kaltim', email: 'dodi@antaranews.com' });
    await call(core, 'media:saveJournalist', { name: 'Budi', outlet: 'Tribun Kaltim', phone: '0813-1111-2222' });
    core.close();

    const out = tempDir();
    const pdf = runCli(['--data-dir', dir, 'release', 'export', '001/SP/PPID/XII/2026', '--format', 'pdf', '--out', path.join(out, 'sp.pdf')]);
    expect(pdf.code).toBe(0);
    expect(pdfText(path.join(out, 'sp.pdf')).replace(/\s+/g, ' ')).toContain('Samarinda, 3 Desember 2026 –');
    const txt = runCli(['--data-dir', dir, 'release', 'export', '001/SP/PPID/XII/2026', '--format', 'txt', '--out', path.join(out, 'sp.txt')]);
    expect(txt.code).toBe(0);
    expect(fs.readFileSync(path.join(out, 'sp.txt'), 'utf8')).toContain(`*${releaseInput().title}*`);

    const eml = runCli(['--data-dir', dir, 'release', 'export', '001/SP/PPID/XII/2026', '--format', 'eml', '--out', path.join(out, 'surel')]);
    expect(eml).toMatchObject({ code: 0, stdout: `001/SP/PPID/XII/2026: 2 berkas .eml → ${path.join(out, 'surel')}\n` });
    expect(fs.readdirSync(path.join(out, 'surel')).sort()).toEqual(['Antara-Kaltim-Dodi.eml', 'Kaltim-Post-Rina.eml']);
    const zip = runCli(['--data-dir', dir, 'release', 'export', '001/SP/PPID/XII/2026', '--format', 'eml', '--to', '1,3', '--out', path.join(out, 'd.zip')]);
    expect(zip.code).toBe(0);
    expect(zip.stdout).toContain('1 berkas .eml');
    expect(zip.stdout).toContain('dilewati: Budi (Tribun Kaltim) — Alamat e-mail belum tercatat di direktori.');
    expect(run('unzip', ['-Z1', path.join(out, 'd.zip')]).trim()).toBe('Kaltim-Post-Rina.eml');
  }, 240_000);

  it('names an unknown number and refuses a bad JSON field in Indonesian', () => {
    const dir = tempDir();
    const missing = runCli(['--data-dir', dir, 'release', 'export', '009/SP/2026', '--out', path.join(tempDir(), 'x.pdf')]);
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toContain('Siaran pers bernomor 009/SP/2026 tidak ada.');
    const bad = runCli(['--data-dir', dir, 'release', 'add', '--json', '-'], { input: JSON.stringify({ ...releaseInput(), lead: '' }) });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('Teras (paragraf pembuka)');
  }, 120_000);
});

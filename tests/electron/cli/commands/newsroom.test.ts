// The "Done when" through the real bin: a clarification added with `clarification add`
// exports a PDF with its label, claim and facts and a 1080×1080 PNG; a narasi bundle exported from
// one data folder imports into another with --trust of the first's fingerprint; a byte-flipped
// copy and an unknown key are refused with the reason, nothing written.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../helpers/cli';
import { call, fixedClock, testCore, validProfile } from '../../../helpers/core';
import { clarificationInput } from '../../../helpers/clarificationInput';
import { tempDir } from '../../../helpers/tempDir';

const flat = (s: string) => s.replace(/\s+/g, ' ').trim();

async function withProfile(dir: string) {
  const core = testCore({ dataDir: dir, clock: fixedClock(new Date().toISOString()) });
  await call(core, 'settings:saveProfile', validProfile);
  core.close();
}

describe('ppid-desk clarification add / export', () => {
  it('adds a clarification from JSON, prints its number and exports it by number as PDF and PNG', async () => {
    const dir = tempDir();
    await withProfile(dir);
    const json = path.join(dir, 'klarifikasi.json');
    fs.writeFileSync(json, JSON.stringify(clarificationInput({ crisis: true })));
    const added = runCli(['--data-dir', dir, 'clarification', 'add', '--json', json]);
    expect(added.stderr).toBe('');
    expect(added.code).toBe(0);
    const number = added.stdout.trim();
    expect(number).toMatch(/^001\/KLR\/PPID\/[IVX]+\/\d{4}$/);

    const pdf = path.join(dir, 'k.pdf');
    expect(runCli(['--data-dir', dir, 'export', number, '--format', 'pdf', '--out', pdf])).toMatchObject({ code: 0, stderr: '' });
    const text = flat(execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }));
    for (const expected of ['[HOAKS]', flat(clarificationInput().claim), flat(clarificationInput().facts)]) expect(text).toContain(expected);

    const png = path.join(dir, 'k.png');
    expect(runCli(['--data-dir', dir, 'export', number, '--format', 'png', '--out', png])).toMatchObject({ code: 0, stderr: '' });
    const bytes = fs.readFileSync(png);
    expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([1080, 1080]);

    const again = runCli(['--data-dir', dir, 'export', number, '--format', 'png', '--out', png]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('--force');
    const unknown = runCli(['--data-dir', dir, 'export', '999/KLR/PPID/I/2026', '--format', 'pdf', '--out', path.join(dir, 'x.pdf')]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('tidak ditemukan');
    const bad = runCli(['--data-dir', dir, 'clarification', 'add', '--json', '-'], { input: JSON.stringify({ ...clarificationInput(), claim: '' }) });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('claim');
  }, 240_000);
});

describe('ppid-desk bundle export / import', () => {
  it('moves an approved paket narasi from one data folder to another with --trust, and refuses a flipped byte or an unknown key', async () => {
    const a = tempDir();
    const b = tempDir();
    await withProfile(a);
    const coreA = testCore({ dataDir: a, clock: fixedClock(new Date().toISOString()) });
    const paket = await call(coreA, 'narasi:create', {
      title: 'Banjir Samarinda Desember',
      keyMessages: ['Bendungan Benanga aman dan dipantau setiap jam.', 'Ikuti informasi resmi BPBD.'],
      qa: [{ q: 'Apakah warga perlu mengungsi?', a: 'Tidak. BPBD akan mengumumkan bila ada perubahan.' }],
      expiresOn: '2099-12-31',
    });
    await call(coreA, 'narasi:approve', { id: paket.id, approvedBy: 'Kepala Dinas' });
    const fingerprint = (await call(coreA, 'narasi:officeKey', {})).grouped;
    coreA.close();

    const bundle = path.join(a, 'paket.json');
    const exported = runCli(['--data-dir', a, 'bundle', 'export', '--narasi', String(paket.id), '--out', bundle]);
    expect(exported).toMatchObject({ code: 0, stderr: '' });
    expect(exported.stdout).toContain(fingerprint);

    const untrusted = runCli(['--data-dir', b, 'bundle', 'import', bundle]);
    expect(untrusted.code).toBe(2);
    expect(untrusted.stderr).toContain('belum dipercaya');
    expect(untrusted.stderr).toContain(fingerprint);

    const text = fs.readFileSync(bundle);
    const flipped = Buffer.from(text);
    const at = text.indexOf('Benanga');
    flipped[at] = flipped[at]! ^ 0x01; // 'B' → 'C'
    const tampered = path.join(a, 'paket-ubah.json');
    fs.writeFileSync(tampered, flipped);
    const refused = runCli(['--data-dir', b, 'bundle', 'import', tampered, '--trust', fingerprint]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('tanda tangan tidak cocok');

    const wrongTrust = runCli(['--data-dir', b, 'bundle', 'import', bundle, '--trust', 'ab'.repeat(32)]);
    expect(wrongTrust.code).toBe(2);

    // Nothing was written by the refusals: no paket, no trusted key.
    const coreB = testCore({ dataDir: b });
    expect(await call(coreB, 'narasi:list', {})).toEqual([]);
    expect(await call(coreB, 'narasi:trustedKeys', {})).toEqual([]);
    coreB.close();

    const imported = runCli(['--data-dir', b, 'bundle', 'import', bundle, '--trust', fingerprint]);
    expect(imported).toMatchObject({ code: 0, stderr: '' });
    expect(imported.stdout).toContain('Banjir Samarinda Desember');
    const coreB2 = testCore({ dataDir: b });
    const library = await call(coreB2, 'narasi:list', {});
    expect(library).toHaveLength(1);
    expect(library[0]).toMatchObject({ origin: 'impor', approvedBy: 'Kepala Dinas', keyMessages: paket.keyMessages, qa: paket.qa, originOffice: validProfile.instansiLines[1] });
    coreB2.close();
    // Trusted now: the same office's next bundle needs no --trust (this one is refused only as a repeat).
    const repeat = runCli(['--data-dir', b, 'bundle', 'import', bundle]);
    expect(repeat.code).toBe(2);
    expect(repeat.stderr).toContain('sudah diimpor');
  }, 240_000);
});

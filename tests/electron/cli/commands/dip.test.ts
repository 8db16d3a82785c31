// `ppid-desk dip` and `ppid-desk letter --doc`, run as the real bin in a child process: the
// published DIP leaves out exempt and unclassified documents, --exempt writes the other list, the
// classification letters issue once from a document.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { createCore } from '../../../../electron/core';
import { runCli } from '../../../helpers/cli';
import { validProfile } from '../../../helpers/core';
import { makeDocx } from '../../../helpers/archiveFixtures';
import { tempDir } from '../../../helpers/tempDir';

const pdfText = (file: string) => execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');

async function archive(opts: { decree?: boolean } = {}): Promise<{ dir: string; exemptId: number }> {
  const dir = tempDir();
  const core = createCore({ dataDir: dir, host: 'test', actor: 'tester' });
  const ok = async (channel: string, input: unknown) => {
    const r = await core.handle(channel as never, input as never);
    if (!r.ok) throw new Error(r.error.message);
    return r.value as { documentId?: number };
  };
  const doc = async (title: string, fields: Record<string, unknown> | null) => {
    const bytes = await makeDocx({ title, paragraphs: [title] });
    const id = (await ok('archive:importFile', { name: `${title}.docx`, dataBase64: bytes.toString('base64') })).documentId!;
    if (fields) await ok('archive:update', { id, title, ...fields });
    return id;
  };
  try {
    await ok('settings:saveProfile', validProfile);
    if (opts.decree !== false) await ok('archive:setDipDecree', { number: '188.4/7/DISKOMINFO/2026', date: '2026-01-15', updatedDate: '2026-07-01' });
    await doc('Rencana Strategis 2026', { dipNumber: 'DIP-009', category: 'setiap_saat' });
    await doc('Laporan Keuangan 2025', { dipNumber: 'DIP-010', category: 'berkala' });
    await doc('Notulen belum dipilah', null);
    const exemptId = await doc('Rekam medis pegawai', {
      dipNumber: 'DIP-001', category: 'dikecualikan', exemptionLetters: ['h'], exemptionLaw: 'UU 27/2022',
      consequenceHarm: 'Mengungkap riwayat penyakit pegawai.', consequencePublicInterest: 'Hak atas rahasia pribadi lebih besar.', exemptionYears: 5, reviewDate: '2027-07-01',
    });
    return { dir, exemptId };
  } finally {
    core.close();
  }
}

describe('ppid-desk dip', () => {
  it('writes the published DIP without exempt or unclassified documents, grouped by category; --exempt writes the other list', async () => {
    const { dir } = await archive();
    const out = path.join(tempDir(), 'dip.pdf');
    const result = runCli(['--data-dir', dir, 'dip', '--format', 'pdf', '--out', out]);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toBe(`Daftar Informasi Publik → ${out}\n`);
    const text = pdfText(out);
    expect(text).toContain('Keputusan Nomor 188.4/7/DISKOMINFO/2026 tanggal 15 Januari 2026');
    expect(text).not.toMatch(/Rekam medis|DIP-001|Notulen belum dipilah/);
    // Berkala (Ps 9) before setiap saat (Ps 11), whatever the DIP numbers say.
    expect(text.indexOf('Laporan Keuangan 2025')).toBeGreaterThan(text.indexOf('Pasal 9'));
    expect(text.indexOf('Laporan Keuangan 2025')).toBeLessThan(text.indexOf('Pasal 10'));
    expect(text.indexOf('Rencana Strategis 2026')).toBeGreaterThan(text.indexOf('Pasal 11'));

    const xlsx = path.join(tempDir(), 'dip.xlsx');
    expect(runCli(['--data-dir', dir, 'dip', '--format', 'xlsx', '--out', xlsx]).code).toBe(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(xlsx);
    const titles: string[] = [];
    book.getWorksheet('DIP')!.eachRow((row, n) => n > 3 && /^\d+$/.test(String(row.getCell(1).value)) && titles.push(String(row.getCell(3).value)));
    expect(titles).toEqual(['Laporan Keuangan 2025', 'Rencana Strategis 2026']);

    const exempt = path.join(tempDir(), 'dikecualikan.docx');
    expect(runCli(['--data-dir', dir, 'dip', '--format', 'docx', '--exempt', '--out', exempt])).toMatchObject({ code: 0, stdout: `Daftar Informasi yang Dikecualikan → ${exempt}\n` });
    expect(fs.readFileSync(exempt).subarray(0, 2).toString()).toBe('PK');
    // Never overwrites by accident; --force does.
    expect(runCli(['--data-dir', dir, 'dip', '--format', 'pdf', '--out', out])).toMatchObject({ code: 2, stderr: expect.stringContaining('sudah ada; pilih nama lain atau tambahkan --force') });
    expect(runCli(['--data-dir', dir, 'dip', '--format', 'pdf', '--exempt', '--force', '--out', out]).code).toBe(0);
    expect(pdfText(out)).toContain('DAFTAR INFORMASI YANG DIKECUALIKAN');
    expect(pdfText(out)).toContain('Rekam medis pegawai');
  }, 90_000);

  it('exits 2 naming the missing SK penetapan DIP, or an unknown format', async () => {
    const { dir } = await archive({ decree: false });
    const out = path.join(tempDir(), 'dip.pdf');
    expect(runCli(['--data-dir', dir, 'dip', '--format', 'pdf', '--out', out])).toMatchObject({ code: 2, stderr: expect.stringMatching(/^SK penetapan DIP belum diisi/) });
    expect(fs.existsSync(out)).toBe(false);
    expect(runCli(['--data-dir', dir, 'dip', '--format', 'odt', '--out', out]).code).toBe(2);
  }, 60_000);
});

describe('ppid-desk letter --doc', () => {
  it('issues the classification letters from a document once, then writes the stored file again', async () => {
    const { dir, exemptId } = await archive();
    const out = path.join(tempDir(), 'penetapan.pdf');
    const first = runCli(['--data-dir', dir, 'letter', '--type', 'penetapan-klasifikasi', '--doc', String(exemptId), '--format', 'pdf', '--out', out]);
    expect(first).toMatchObject({ code: 0, stderr: '' });
    expect(first.stdout).toMatch(/^Diterbitkan: 001\/SK-KLAS\/.+\/\d{4} → /);
    const text = pdfText(out);
    expect(text).toContain('PENETAPAN KLASIFIKASI INFORMASI YANG DIKECUALIKAN');
    expect(text).toContain('Mengungkap riwayat penyakit pegawai.');
    const docx = path.join(tempDir(), 'penetapan.docx');
    expect(runCli(['--data-dir', dir, 'letter', '--type', 'penetapan-klasifikasi', '--doc', String(exemptId), '--format', 'docx', '--out', docx]).stdout).toMatch(/^Sudah diterbitkan sebelumnya: 001\/SK-KLAS\//);
    expect(fs.readFileSync(docx).subarray(0, 2).toString()).toBe('PK');
    const sheet = path.join(tempDir(), 'uji.pdf');
    expect(runCli(['--data-dir', dir, 'letter', '--type', 'uji-konsekuensi', '--doc', String(exemptId), '--out', sheet]).code).toBe(0);
    expect(pdfText(sheet)).toContain('LEMBAR UJI KONSEKUENSI');
  }, 90_000);

  it('exits 2 when --doc and --request are mixed up, or the document is not exempt', async () => {
    const { dir, exemptId } = await archive();
    const out = path.join(tempDir(), 'x.pdf');
    expect(runCli(['--data-dir', dir, 'letter', '--type', 'uji-konsekuensi', '--request', '001/PPID/I/2026', '--out', out])).toMatchObject({ code: 2, stderr: expect.stringMatching(/^Surat uji-konsekuensi dibuat dari dokumen arsip: sebutkan --doc <id>/) });
    expect(runCli(['--data-dir', dir, 'letter', '--type', 'tanda-bukti', '--doc', String(exemptId), '--out', out])).toMatchObject({ code: 2, stderr: expect.stringMatching(/^Surat tanda-bukti dibuat dari perkara: sebutkan --request/) });
    expect(runCli(['--data-dir', dir, 'letter', '--type', 'uji-konsekuensi', '--doc', 'abc', '--out', out]).code).toBe(2);
    expect(runCli(['--data-dir', dir, 'letter', '--type', 'uji-konsekuensi', '--doc', String(exemptId - 1), '--out', out])).toMatchObject({ code: 2, stderr: expect.stringMatching(/^Surat ini hanya untuk informasi yang dikecualikan/) });
    expect(fs.existsSync(out)).toBe(false);
  }, 60_000);
});

// settings:maklumat: the maklumat pelayanan informasi publik (Perki 1/2021 Ps 47-48) read back the
// way an officer's tools would — pdftotext, pdfinfo, qpdf, pdffonts for the PDF, mammoth and the
// section properties for the DOCX: every section, the legal day counts with their articles, the
// tariff lines in rupiah and its decree, the Atasan PPID for objections, the PPID's signature; A3
// as a one-sheet two-column poster; refused in Indonesian while the profile lacks what it prints.
import fs from 'node:fs';
import path from 'node:path';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import type { Core } from '../../../../electron/core';
import type { TariffInput } from '../../../../shared/ipc/channels/costs';
import { MAKLUMAT_SECTIONS } from '../../../../electron/core/maklumat/content';
import { call, fixedClock, testCore, validProfile } from '../../../helpers/core';
import { tempDir } from '../../../helpers/tempDir';
import { pdfFonts, pdfInfo, pdfText, run, unzipText } from '../documents/tools';

const TARIFF: TariffInput = {
  decreeNumber: '188.4/12/PPID/2026',
  decreeDate: '2026-01-02',
  items: [
    { kind: 'halaman', label: 'Fotokopi A4', unit: 'lembar', priceRp: 500 },
    { kind: 'media', label: 'Flashdisk 8 GB', unit: 'buah', priceRp: 75000 },
  ],
};

/** The day counts of UU KIP Ps 22(7), 22(8), 35-36 and 37(2), each with the article it comes from. */
const CLOCK_TEXT = [
  '10 (sepuluh) hari kerja', 'UU KIP Pasal 22 ayat (7)',
  '7 (tujuh) hari kerja', 'UU KIP Pasal 22 ayat (8)',
  '30 (tiga puluh) hari kerja', 'UU KIP Pasal 35 dan Pasal 36 ayat (1)', 'UU KIP Pasal 36 ayat (2)',
  '14 (empat belas) hari kerja', 'UU KIP Pasal 37 ayat (2)',
];

const EXPECTED = [
  'MAKLUMAT PELAYANAN INFORMASI PUBLIK',
  ...MAKLUMAT_SECTIONS.map((s, i) => `${i + 1}. ${s.toUpperCase()}`),
  'menyatakan sanggup menyelenggarakan pelayanan informasi publik',
  'Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik',
  'Peraturan Komisi Informasi Nomor 1 Tahun 2021 tentang Standar Layanan Informasi Publik',
  ...CLOCK_TEXT,
  'sesudah pukul 16.00 WITA',
  'Fotokopi A4', 'per lembar', 'Rp500', 'Flashdisk 8 GB', 'Rp75.000',
  'Keputusan Nomor 188.4/12/PPID/2026 tanggal 2 Januari 2026',
  `Atasan PPID, ${validProfile.atasan.title} (${validProfile.atasan.name})`,
  'telepon (0541) 741041', 'e-mail ppid@kaltimprov.go.id',
  'UU KIP Pasal 12',
  'Samarinda, 23 November 2026', validProfile.ppid.name, 'NIP. 19750312 200003 2 004',
];

const flat = (text: string) => text.replace(/\s+/g, ' ');

async function office(tariff: TariffInput | null = TARIFF): Promise<Core> {
  const core = testCore({ clock: fixedClock('2026-11-23T02:00:00Z') });
  await call(core, 'settings:saveProfile', validProfile);
  if (tariff) await call(core, 'tariff:save', tariff);
  return core;
}

async function pdfFile(core: Core, size: 'a4' | 'a3'): Promise<string> {
  const out = await call(core, 'settings:maklumat', { size, format: 'pdf' });
  expect(out).toMatchObject({ fileName: `maklumat-pelayanan-${size}.pdf`, mimeType: 'application/pdf' });
  const file = path.join(tempDir(), out.fileName);
  fs.writeFileSync(file, Buffer.from(out.dataBase64, 'base64'));
  return file;
}

async function docxFile(core: Core, size: 'a4' | 'a3'): Promise<{ file: string; text: string }> {
  const out = await call(core, 'settings:maklumat', { size, format: 'docx' });
  expect(out.fileName).toBe(`maklumat-pelayanan-${size}.docx`);
  const file = path.join(tempDir(), out.fileName);
  fs.writeFileSync(file, Buffer.from(out.dataBase64, 'base64'));
  return { file, text: flat((await mammoth.extractRawText({ path: file })).value) };
}

function validPdf(file: string): void {
  expect(run('qpdf', ['--check', file])).toContain('No syntax or stream encoding errors');
  const fonts = pdfFonts(file);
  expect(fonts.length).toBeGreaterThan(0);
  for (const font of fonts) expect(font.embedded, font.name).toBe(true);
}

describe('settings:maklumat', () => {
  it('writes the A3 poster on one sheet with every section, the day counts with their articles and the tariff in rupiah', async () => {
    const core = await office();
    const file = await pdfFile(core, 'a3');
    const info = pdfInfo(file);
    expect(info['Page size']).toMatch(/^841\.89 x 1190\.55 pts/);
    expect(info.Pages).toBe('1');
    validPdf(file);
    // In drawing order (-raw): the columns one after the other, a table cell's wrapped lines together.
    const text = flat(run('pdftotext', ['-raw', file, '-']));
    for (const expected of EXPECTED) expect(text).toContain(expected);
    // Two columns: the first section's heading in the left half of the sheet, the last one's in the right.
    const words = [...run('pdftotext', ['-bbox', file, '-']).matchAll(/<word xMin="([\d.]+)"[^>]*>([^<]+)<\/word>/g)].map((m) => ({ x: Number(m[1]), text: m[2] }));
    expect(words.find((w) => w.text === 'DASAR')!.x).toBeLessThan(841.89 / 2);
    expect(words.find((w) => w.text === 'PENGADUAN,')!.x).toBeGreaterThan(841.89 / 2);
  });

  it('writes the A4 handout with the same content, and DOCX files whose text has every section', async () => {
    const core = await office();
    const file = await pdfFile(core, 'a4');
    expect(pdfInfo(file)['Page size']).toMatch(/^595\.27\d* x 841\.89 pts/);
    validPdf(file);
    const text = flat(pdfText(file));
    for (const expected of EXPECTED) expect(text).toContain(expected);
    expect(text).toMatch(/Halaman 1 dari \d/);
    expect(text).toContain('dengan datang langsung atau melalui surat, e-mail');
    expect(text).toContain('diambil langsung atau dikirim melalui kurir, pos, faksimili atau e-mail');
    expect(text).not.toMatch(/melalui datang langsung|dengan mengambil langsung/);

    for (const size of ['a4', 'a3'] as const) {
      const docx = await docxFile(core, size);
      for (const expected of EXPECTED) expect(docx.text, `${size}: ${expected}`).toContain(expected);
      const xml = unzipText(docx.file, 'word/document.xml');
      // A3 is 297 × 420 mm; its sections are Word columns (editable as such), A4 has none.
      expect(xml).toMatch(size === 'a3' ? /<w:pgSz w:w="1683\d" w:h="2381\d"/ : /<w:pgSz w:w="1190\d" w:h="1683\d"/);
      if (size === 'a3') expect(xml).toMatch(/<w:cols [^>]*w:num="2"/);
      else expect(xml).not.toMatch(/w:num="2"/);
    }
  });

  it('says copies are free when no tariff is set, and prints a long tariff on A3 in one column over two sheets', async () => {
    const free = await office(null);
    const text = flat(pdfText(await pdfFile(free, 'a4')));
    expect(text).toContain('Tidak ada tarif biaya salinan yang ditetapkan');
    expect(text).not.toMatch(/Jenis biaya|Keputusan Nomor 188/);

    const items = Array.from({ length: 30 }, (_, i) => ({ kind: 'lainnya' as const, label: `Butir biaya ${i + 1}`, unit: 'buah', priceRp: 1000 * (i + 1) }));
    const long = await office({ ...TARIFF, items });
    const file = await pdfFile(long, 'a3');
    expect(Number(pdfInfo(file).Pages)).toBeGreaterThan(1);
    const all = flat(pdfText(file));
    expect(all).toContain('Butir biaya 30');
    expect(all).toContain('Rp30.000');
    expect(all).toContain(validProfile.ppid.name);
  });

  it('refuses while the office profile is missing or lacks a contact for complaints, naming the fields', async () => {
    const empty = testCore();
    const none = await empty.handle('settings:maklumat', { size: 'a4', format: 'pdf' });
    expect(none.ok).toBe(false);
    if (!none.ok) {
      expect(none.error.code).toBe('precondition');
      expect(none.error.message).toMatch(/^Maklumat pelayanan belum dapat dibuat karena profil kantor belum lengkap\. Belum diisi: nama instansi, unit\/PPID, alamat, .*nama PPID, jabatan PPID, nama Atasan PPID, jabatan Atasan PPID, telepon atau e-mail\. Lengkapi di Pengaturan → Profil kantor/);
    }
    const core = testCore();
    await call(core, 'settings:saveProfile', { ...validProfile, phone: '', email: '' });
    const result = await core.handle('settings:maklumat', { size: 'a3', format: 'docx' });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.message).toContain('Belum diisi: telepon atau e-mail.');
      expect(result.error.message).not.toContain('nama PPID');
    }
  });
});

// The letters made from an archive document's classification, read back with pdftotext and
// mammoth: every field the law asks of a penetapan klasifikasi (PP 61/2010 Ps 5-6: jenis
// informasi, PPID, badan publik/unit, jangka waktu, alasan with the consequence analysis,
// tempat/tanggal) and of the lembar uji konsekuensi (Perki 1/2021 Ps 49(2)); valid PDF (qpdf),
// embedded fonts; numbered like the other letters; the decree recorded on the document.
import fs from 'node:fs';
import path from 'node:path';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import type { Core } from '../../../../electron/core';
import { call, fixedClock, testCore, validProfile } from '../../../helpers/core';
import { makeDocx } from '../../../helpers/archiveFixtures';
import { auditRows } from '../../../helpers/requests';
import { tempDir } from '../../../helpers/tempDir';
import { pdfFonts, pdfText as pdfToText, run } from '../documents/tools';

const CLASSIFIED = {
  dipNumber: 'DIP-017',
  title: 'Rekam medis pegawai 2025',
  unit: 'Subbagian Kepegawaian',
  responsible: 'Kepala Subbagian Kepegawaian',
  category: 'dikecualikan' as const,
  exemptionLetters: ['h' as const, 'j' as const],
  exemptionLaw: 'UU 27/2022 tentang Pelindungan Data Pribadi Pasal 4 ayat (2)',
  consequenceInformation: 'Hasil pemeriksaan kesehatan berkala seluruh pegawai',
  consequenceHarm: 'Membuka rekam medis mengungkap riwayat penyakit pegawai dan dapat menimbulkan diskriminasi.',
  consequencePublicInterest: 'Menutup informasi melindungi hak atas rahasia pribadi pegawai yang lebih besar daripada manfaat membukanya.',
  consequenceTest: 'Diuji dalam rapat PPID bersama unit kepegawaian.',
  exemptionYears: 10,
  reviewDate: '2027-11-23',
};

async function exemptDocument(core: Core, over: Record<string, unknown> = {}): Promise<number> {
  const bytes = await makeDocx({ title: 'rekam', paragraphs: ['Isi rekam medis'] });
  const id = (await call(core, 'archive:importFile', { name: `rekam-${Math.random()}.docx`, dataBase64: bytes.toString('base64') })).documentId!;
  await call(core, 'archive:update', { id, ...CLASSIFIED, ...over });
  return id;
}

async function files(core: Core, id: number): Promise<{ pdf: string; text: string; docx: string }> {
  const dir = tempDir();
  const pdf = path.join(dir, 'letter.pdf');
  fs.writeFileSync(pdf, Buffer.from((await call(core, 'archive:letterFile', { id, format: 'pdf' })).base64, 'base64'));
  const docxFile = await call(core, 'archive:letterFile', { id, format: 'docx' });
  const docx = (await mammoth.extractRawText({ buffer: Buffer.from(docxFile.base64, 'base64') })).value.replace(/\s+/g, ' ');
  return { pdf, text: pdfToText(pdf).replace(/\s+/g, ' '), docx };
}

function validPdf(file: string): void {
  expect(run('qpdf', ['--check', file])).toContain('No syntax or stream encoding errors');
  const fonts = pdfFonts(file);
  expect(fonts.length).toBeGreaterThan(0);
  for (const font of fonts) expect(font.embedded, font.name).toBe(true);
}

describe('classification letters of an archive document', () => {
  it('issues the penetapan klasifikasi with every field of PP 61/2010, records it as the document decree, and numbers it like the others', async () => {
    const core = testCore({ clock: fixedClock('2026-11-23T02:00:00Z') });
    await call(core, 'settings:saveProfile', validProfile);
    const id = await exemptDocument(core);
    const before = await call(core, 'archive:letters', { documentId: id });
    expect(before.options.map((o) => [o.type, o.available])).toEqual([['penetapan-klasifikasi', true], ['uji-konsekuensi', true]]);

    const decree = await call(core, 'archive:issueLetter', { documentId: id, type: 'penetapan-klasifikasi' });
    expect(decree).toMatchObject({ type: 'penetapan-klasifikasi', documentId: id, version: 1, issuedDate: '2026-11-23' });
    expect(decree.number).toMatch(/^001\/SK-KLAS\/.+\/XI\/2026$/);
    const { pdf, text, docx } = await files(core, decree.id);
    validPdf(pdf);
    const required = [
      'KEPUTUSAN PEJABAT PENGELOLA INFORMASI DAN DOKUMENTASI',
      'PENETAPAN KLASIFIKASI INFORMASI YANG DIKECUALIKAN',
      `Nomor: ${decree.number}`,
      // jenis informasi
      'Hasil pemeriksaan kesehatan berkala seluruh pegawai',
      'Rekam medis pegawai 2025 (Nomor DIP DIP-017)',
      // PPID (identity of the official deciding)
      validProfile.ppid.name,
      validProfile.ppid.title,
      // badan publik and unit
      validProfile.instansiLines.at(-1)!,
      'Subbagian Kepegawaian',
      // jangka waktu
      '10 (sepuluh) tahun',
      // alasan, with the consequence analysis and the legal basis
      'Pasal 17 huruf h UU Nomor 14 Tahun 2008 (mengungkap rahasia pribadi)',
      'Pasal 17 huruf j UU Nomor 14 Tahun 2008',
      'UU 27/2022 tentang Pelindungan Data Pribadi Pasal 4 ayat (2)',
      'dapat menimbulkan diskriminasi',
      'yang lebih besar daripada manfaat membukanya',
      'Diuji dalam rapat PPID',
      // tempat and tanggal
      `Ditetapkan di ${validProfile.city}`,
      'pada tanggal 23 November 2026',
      '23 November 2027',
    ];
    for (const part of required) {
      expect(text, part).toContain(part);
      expect(docx, part).toContain(part);
    }
    // The document now names its decree; the next decree of the year takes the next number.
    const detail = await call(core, 'archive:get', { id });
    expect(detail.fields).toMatchObject({ decreeNumber: decree.number, decreeDate: '2026-11-23' });
    const audit = auditRows(core).filter((r) => r.action === 'document_letter.issue');
    expect(JSON.parse(audit[0]!.data)).toMatchObject({ type: 'penetapan-klasifikasi', number: decree.number, decree: { to: { number: decree.number, date: '2026-11-23' } } });
    const other = await exemptDocument(core, { title: 'Memo internal rapat', exemptionLetters: ['i'] });
    expect((await call(core, 'archive:issueLetter', { documentId: other, type: 'penetapan-klasifikasi' })).number).toMatch(/^002\/SK-KLAS\//);

    // Issued once; a new version keeps its number.
    expect(await core.handle('archive:issueLetter', { documentId: id, type: 'penetapan-klasifikasi' })).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringContaining(decree.number) } });
    const v2 = await call(core, 'archive:issueLetter', { documentId: id, type: 'penetapan-klasifikasi', newVersion: true });
    expect(v2).toMatchObject({ number: decree.number, version: 2 });
    expect((await call(core, 'archive:letters', { documentId: id })).letters.map((l) => [l.version, l.supersededBy])).toEqual([[1, v2.id], [2, null]]);
  }, 60_000);

  it('issues the lembar uji konsekuensi with every step of Perki 1/2021 Ps 49(2)', async () => {
    const core = testCore({ clock: fixedClock('2026-11-23T02:00:00Z') });
    await call(core, 'settings:saveProfile', validProfile);
    const id = await exemptDocument(core, { decreeNumber: '800/55/DISKOMINFO/2026', decreeDate: '2026-03-02' });
    const sheet = await call(core, 'archive:issueLetter', { documentId: id, type: 'uji-konsekuensi' });
    expect(sheet.number).toMatch(/^001\/UK\/.+\/XI\/2026$/);
    const { pdf, text, docx } = await files(core, sheet.id);
    validPdf(pdf);
    for (const part of [
      'LEMBAR UJI KONSEKUENSI INFORMASI YANG DIKECUALIKAN',
      `Nomor: ${sheet.number}`,
      'Informasi yang dikecualikan', 'Hasil pemeriksaan kesehatan berkala seluruh pegawai',
      'Dasar hukum pengecualian', 'Pasal 17 huruf h UU Nomor 14 Tahun 2008', 'UU 27/2022 tentang Pelindungan Data Pribadi',
      'Konsekuensi apabila informasi dibuka', 'dapat menimbulkan diskriminasi',
      'Pertimbangan kepentingan publik', 'yang lebih besar daripada manfaat membukanya',
      'Jangka waktu pengecualian', '10 (sepuluh) tahun',
      'Penetapan klasifikasi: 800/55/DISKOMINFO/2026 tanggal 2 Maret 2026',
      `${validProfile.city}, 23 November 2026`, validProfile.ppid.name,
    ]) {
      expect(text, part).toContain(part);
      expect(docx, part).toContain(part);
    }
  }, 60_000);

  it('names the missing step: public or unclassified documents, a test carried over without its steps, a decree made outside the app', async () => {
    const core = testCore({ clock: fixedClock('2026-11-23T02:00:00Z') });
    await call(core, 'settings:saveProfile', validProfile);
    const open = await exemptDocument(core, { category: 'berkala' });
    expect(await core.handle('archive:issueLetter', { documentId: open, type: 'uji-konsekuensi' })).toMatchObject({
      ok: false,
      error: { code: 'precondition', message: expect.stringMatching(/^Surat ini hanya untuk informasi yang dikecualikan/) },
    });
    // A classification saved with the free text only (as before migration 012) is valid, but not enough for the letters.
    const legacy = await exemptDocument(core, { consequenceInformation: '', consequenceHarm: '', consequencePublicInterest: '' });
    const options = await call(core, 'archive:letters', { documentId: legacy });
    expect(options.options.every((o) => !o.available && /^Lengkapi dulu uji konsekuensi/.test(o.reason!))).toBe(true);
    const outside = await exemptDocument(core, { decreeNumber: 'SK/9/2025', decreeDate: '2025-06-01' });
    expect(await core.handle('archive:issueLetter', { documentId: outside, type: 'penetapan-klasifikasi' })).toMatchObject({
      ok: false,
      error: { code: 'precondition', message: expect.stringContaining('sudah dicatat dengan penetapan nomor SK/9/2025') },
    });
    expect(await core.handle('archive:issueLetter', { documentId: 9999, type: 'uji-konsekuensi' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  }, 60_000);

  it('refuses a half-filled consequence test and a permanent exemption outside Ps 17 g/h, in Indonesian', async () => {
    const core = testCore();
    const bytes = await makeDocx({ title: 'x', paragraphs: ['x'] });
    const id = (await call(core, 'archive:importFile', { name: 'x.docx', dataBase64: bytes.toString('base64') })).documentId!;
    const half = await core.handle('archive:update', { id, ...CLASSIFIED, consequencePublicInterest: '' });
    expect(half.ok || half.error.issues).toEqual([{ path: 'consequencePublicInterest', message: expect.stringMatching(/^Uji konsekuensi wajib diisi: jelaskan mengapa menutup informasi/) }]);
    const permanent = await core.handle('archive:update', { id, ...CLASSIFIED, exemptionYears: null, exemptionPermanent: true });
    expect(permanent.ok || permanent.error.issues).toEqual([{ path: 'exemptionPermanent', message: 'Pengecualian tanpa batas waktu hanya untuk Pasal 17 huruf g dan h.' }]);
    const saved = await call(core, 'archive:update', { id, ...CLASSIFIED });
    expect(saved.fields).toMatchObject({ exemptionLetter: 'h', exemptionLetters: ['h', 'j'], consequenceHarm: CLASSIFIED.consequenceHarm });
  });
});

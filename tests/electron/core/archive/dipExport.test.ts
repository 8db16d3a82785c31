// archive:exportDip as PDF and DOCX: the Daftar Informasi Publik on the letterhead (UU KIP Ps 7(3)),
// read back with pdftotext and mammoth; refused with a clear sentence while the profile is incomplete.
import { describe, expect, it } from 'vitest';
import type { Core } from '../../../../electron/core';
import { call, fixedClock, testCore, validProfile } from '../../../helpers/core';
import { makeDocx } from '../../../helpers/archiveFixtures';
import { docxText, pdfText } from '../../../helpers/exportedFiles';

async function importDoc(core: Core, title: string): Promise<number> {
  const bytes = await makeDocx({ title, paragraphs: [title] });
  return (await call(core, 'archive:importFile', { name: `${title}.docx`, dataBase64: bytes.toString('base64') })).documentId!;
}

async function seeded() {
  const core = testCore({ clock: fixedClock('2026-11-23T02:00:00Z') });
  const a = await importDoc(core, 'satu');
  await call(core, 'archive:update', { id: a, dipNumber: 'DIP-002', title: 'Laporan Keuangan 2025', unit: 'Sekretariat', producedDate: '2026-03-02', category: 'berkala' });
  const b = await importDoc(core, 'dua');
  await call(core, 'archive:update', {
    id: b, dipNumber: 'DIP-001', title: 'Data kesehatan pegawai', category: 'dikecualikan', exemptionLetter: 'h',
    exemptionLaw: 'UU 27/2022', consequenceTest: 'Merugikan hak pribadi.', exemptionYears: 5,
    decreeNumber: '800/123/DISKOMINFO/2026', decreeDate: '2026-02-01', reviewDate: '2027-02-01',
  });
  await importDoc(core, 'Notulen rapat belum dipilah'); // imported, not classified yet
  return core;
}

describe('archive:exportDip as PDF and DOCX', () => {
  it('writes the published list on the letterhead as a landscape PDF and as a DOCX: public items only, headed by the SK penetapan DIP', async () => {
    const core = await seeded();
    await call(core, 'settings:saveProfile', validProfile);
    await call(core, 'archive:setDipDecree', { number: '188.4/12/DISKOMINFO/2026', date: '2026-01-15', updatedDate: '2026-07-01' });
    const pdf = await call(core, 'archive:exportDip', { format: 'pdf' });
    expect(pdf).toMatchObject({ fileName: 'daftar-informasi-publik.pdf', mimeType: 'application/pdf' });
    const { text, info } = pdfText(pdf.dataBase64);
    expect(info).toMatch(/Page size:\s+841\.89 x 595\.2\d/);
    for (const expected of [
      validProfile.instansiLines.at(-1)!, 'DAFTAR INFORMASI PUBLIK', 'DIP-002', 'Laporan Keuangan 2025', '2 Maret 2026', 'Sekretariat',
      'Keputusan Nomor 188.4/12/DISKOMINFO/2026 tanggal 15 Januari 2026', 'Pemutakhiran terakhir', '1 Juli 2026', validProfile.ppid.name,
      'A. Informasi yang Wajib Disediakan dan Diumumkan secara Berkala (UU KIP Pasal 9)',
      'B. Informasi yang Wajib Diumumkan secara Serta-merta (UU KIP Pasal 10)',
      'C. Informasi yang Wajib Tersedia Setiap Saat (UU KIP Pasal 11)',
    ]) {
      expect(text).toContain(expected);
    }
    // Exempt and not yet classified: not in the published DIP.
    expect(text).not.toMatch(/Data kesehatan pegawai|DIP-001|Pasal 17 huruf h|Notulen rapat|Belum diklasifikasi/);

    const docx = await call(core, 'archive:exportDip', { format: 'docx' });
    expect(docx.fileName).toBe('daftar-informasi-publik.docx');
    const words = await docxText(docx.dataBase64);
    for (const expected of ['DAFTAR INFORMASI PUBLIK', 'Laporan Keuangan 2025', '188.4/12/DISKOMINFO/2026', 'UU KIP Pasal 11']) {
      expect(words).toContain(expected);
    }
    expect(words).not.toMatch(/Data kesehatan pegawai|Notulen rapat/);
  });

  it('writes the Daftar Informasi yang Dikecualikan: exempt items only, with basis, harm, term, decree and review', async () => {
    const core = await seeded();
    await call(core, 'settings:saveProfile', validProfile);
    await call(core, 'archive:setDipDecree', { number: '188.4/12/DISKOMINFO/2026', date: '2026-01-15' });
    const pdf = await call(core, 'archive:exportDip', { format: 'pdf', exempt: true });
    expect(pdf.fileName).toBe('daftar-informasi-dikecualikan.pdf');
    const { text } = pdfText(pdf.dataBase64);
    for (const expected of [
      'DAFTAR INFORMASI YANG DIKECUALIKAN', 'DIP-001', 'Data kesehatan pegawai', 'Pasal 17 huruf h UU Nomor 14 Tahun 2008', 'UU 27/2022',
      'Merugikan hak pribadi.', '5 (lima) tahun', '800/123/DISKOMINFO/2026', '1 Februari 2026', '1 Februari 2027', 'Keputusan Nomor 188.4/12/DISKOMINFO/2026',
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).not.toMatch(/Laporan Keuangan 2025|Notulen rapat/);
    const words = await docxText((await call(core, 'archive:exportDip', { format: 'docx', exempt: true })).dataBase64);
    for (const expected of ['DAFTAR INFORMASI YANG DIKECUALIKAN', 'Data kesehatan pegawai', 'Pasal 17 huruf h', '5 (lima) tahun', '1 Februari 2027']) expect(words).toContain(expected);
    expect(words).not.toContain('Laporan Keuangan 2025');
  });

  it('refuses the published PDF/DOCX until the SK penetapan DIP is recorded; the XLSX working copy does not need it', async () => {
    const core = await seeded();
    await call(core, 'settings:saveProfile', validProfile);
    for (const exempt of [false, true]) {
      expect(await core.handle('archive:exportDip', { format: 'pdf', exempt })).toMatchObject({
        ok: false,
        error: { code: 'precondition', message: expect.stringMatching(/^SK penetapan DIP belum diisi: isi nomor dan tanggalnya di Arsip → SK penetapan DIP sebelum membuat Daftar Informasi/) },
      });
      expect((await call(core, 'archive:exportDip', { format: 'xlsx', exempt })).fileName).toMatch(/\.xlsx$/);
    }
    expect(await core.handle('archive:setDipDecree', { number: 'SK/1', date: null })).toMatchObject({ ok: false, error: { issues: [{ path: 'date', message: 'Isi nomor dan tanggal SK penetapan DIP bersama-sama.' }] } });
    expect(await core.handle('archive:setDipDecree', { number: 'SK/1', date: '2026-02-01', updatedDate: '2026-01-01' })).toMatchObject({ ok: false, error: { issues: [{ path: 'updatedDate' }] } });
  });

  it('refuses PDF/DOCX with an Indonesian precondition error while the profile is incomplete; XLSX still works', async () => {
    const core = await seeded();
    for (const format of ['pdf', 'docx'] as const) {
      expect(await core.handle('archive:exportDip', { format })).toMatchObject({
        ok: false,
        error: { code: 'precondition', message: expect.stringMatching(/^Profil kantor belum lengkap: .*sebelum membuat Daftar Informasi Publik\.$/) },
      });
    }
    expect((await call(core, 'archive:exportDip', { format: 'xlsx' })).fileName).toBe('daftar-informasi-publik.xlsx');
    expect(await core.handle('archive:exportDip', { format: 'odt' })).toMatchObject({ ok: false, error: { issues: [{ path: 'format', message: 'Format harus xlsx, pdf atau docx.' }] } });
  });
});

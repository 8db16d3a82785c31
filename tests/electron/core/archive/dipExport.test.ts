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
  it('writes the list on the letterhead as a landscape PDF and as a DOCX', async () => {
    const core = await seeded();
    await call(core, 'settings:saveProfile', validProfile);
    const pdf = await call(core, 'archive:exportDip', { format: 'pdf' });
    expect(pdf).toMatchObject({ fileName: 'daftar-informasi-publik.pdf', mimeType: 'application/pdf' });
    const { text, info } = pdfText(pdf.dataBase64);
    expect(info).toMatch(/Page size:\s+841\.89 x 595\.2\d/);
    for (const expected of [validProfile.instansiLines.at(-1)!, 'DAFTAR INFORMASI PUBLIK', 'DIP-001', 'DIP-002', 'Laporan Keuangan 2025', 'Data kesehatan pegawai', '2 Maret 2026', 'Informasi berkala (Pasal 9)']) {
      expect(text).toContain(expected);
    }
    expect(text).toMatch(/Pasal 17 huruf h/);
    expect(text.indexOf('DIP-001')).toBeLessThan(text.indexOf('DIP-002'));
    // Not classified yet: not published (the XLSX working copy keeps it).
    expect(text).not.toContain('Belum diklasifikasi');
    expect(text).not.toContain('Notulen rapat');

    const docx = await call(core, 'archive:exportDip', { format: 'docx' });
    expect(docx.fileName).toBe('daftar-informasi-publik.docx');
    const words = await docxText(docx.dataBase64);
    for (const expected of ['DAFTAR INFORMASI PUBLIK', 'Laporan Keuangan 2025', 'Data kesehatan pegawai', '800/123/DISKOMINFO/2026']) {
      expect(words).toContain(expected);
    }
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

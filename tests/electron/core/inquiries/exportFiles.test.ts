// inquiries:exportStatement and media:exportLog as files: the PDF read back with pdftotext and
// the DOCX with mammoth hold what the journalist and the office need to see.
import { describe, expect, it } from 'vitest';
import type { Core } from '../../../../electron/core';
import { call, fixedClock, testCore, validProfile } from '../../../helpers/core';
import { docxText, pdfText } from '../../../helpers/exportedFiles';
import { inquiryInput } from '../../../helpers/inquiryInput';

const NOW = '2026-11-23T06:00:00Z'; // 14:00 WITA

async function answered(core: Core) {
  const inq = await call(core, 'inquiries:create', inquiryInput());
  await call(core, 'inquiries:move', { id: inq.id, to: 'ditugaskan', spokesperson: 'Ir. Andi Saputra', unit: 'Dinas PUPR' });
  await call(core, 'inquiries:move', { id: inq.id, to: 'menunggu_persetujuan', answer: 'Anggaran Rp 120 miliar.\n\nPekerjaan dimulai Desember.' });
  return call(core, 'inquiries:move', { id: inq.id, to: 'dijawab' });
}

describe('inquiries:exportStatement', () => {
  it('writes the press statement as a one-page A4 PDF and a DOCX with kop, topic, journalist, answer, date and spokesperson', async () => {
    const core = testCore({ clock: fixedClock(NOW) });
    await call(core, 'settings:saveProfile', validProfile);
    const inq = await answered(core);
    const pdf = await call(core, 'inquiries:exportStatement', { id: inq.id, format: 'pdf' });
    expect(pdf).toMatchObject({ fileName: 'pernyataan-tertulis-001-MEDIA-2026.pdf', mimeType: 'application/pdf' });
    const { text, info } = pdfText(pdf.dataBase64);
    expect(info).toMatch(/Pages:\s+1\b/);
    expect(info).toMatch(/Page size:\s+595\.2\d+ x 841\.89/);
    for (const expected of [
      validProfile.instansiLines.at(-1)!,
      'PERNYATAAN TERTULIS',
      'Nomor: 001/MEDIA/2026',
      inq.topic,
      inq.journalist.name,
      inq.outlet.name,
      'Anggaran Rp 120 miliar.',
      'Pekerjaan dimulai Desember.',
      'Samarinda, 23 November 2026',
      'Ir. Andi Saputra',
    ]) {
      expect(text).toContain(expected);
    }

    const docx = await call(core, 'inquiries:exportStatement', { id: inq.id, format: 'docx' });
    expect(docx).toMatchObject({ fileName: 'pernyataan-tertulis-001-MEDIA-2026.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' });
    const words = await docxText(docx.dataBase64);
    for (const expected of ['PERNYATAAN TERTULIS', inq.topic, inq.journalist.name, 'Pekerjaan dimulai Desember.', 'Ir. Andi Saputra', '23 November 2026']) {
      expect(words).toContain(expected);
    }
  });

  it('refuses with an Indonesian precondition error when the office profile is incomplete, or before approval', async () => {
    const core = testCore({ clock: fixedClock(NOW) });
    const inq = await answered(core);
    expect(await core.handle('inquiries:exportStatement', { id: inq.id, format: 'pdf' })).toMatchObject({
      ok: false,
      error: { code: 'precondition', message: expect.stringMatching(/^Profil kantor belum lengkap: .*sebelum membuat pernyataan tertulis\.$/) },
    });
    await call(core, 'settings:saveProfile', validProfile);
    const open = await call(core, 'inquiries:create', inquiryInput({ topic: 'Belum dijawab' }));
    expect(await core.handle('inquiries:exportStatement', { id: open.id, format: 'docx' })).toMatchObject({
      ok: false,
      error: { code: 'precondition', message: expect.stringMatching(/belum disetujui/) },
    });
  });
});

describe('media:exportLog as PDF and DOCX', () => {
  it('writes the period as a landscape PDF and a DOCX listing each inquiry', async () => {
    const core = testCore({ clock: fixedClock(NOW) });
    await call(core, 'settings:saveProfile', validProfile);
    await answered(core);
    await call(core, 'inquiries:create', inquiryInput({ topic: 'Kemarin', receivedAt: '2026-11-22T23:30:00+08:00' }));
    await call(core, 'inquiries:create', inquiryInput({ topic: 'Bulan lalu', receivedAt: '2026-10-30T10:00:00+08:00' }));

    const pdf = await call(core, 'media:exportLog', { from: '2026-11-01', to: '2026-11-23', format: 'pdf' });
    expect(pdf).toMatchObject({ fileName: 'log-media-2026-11-01-2026-11-23.pdf', mimeType: 'application/pdf', rows: 2 });
    const { text, info } = pdfText(pdf.dataBase64);
    expect(info).toMatch(/Page size:\s+841\.89 x 595\.2\d/);
    for (const expected of ['LOG PERTANYAAN MEDIA', '1 November 2026 s.d. 23 November 2026', '001/MEDIA/2026', '002/MEDIA/2026', 'Banjir Samarinda', 'Kemarin', 'terlambat', '2 pertanyaan; 1 dijawab melewati tenggat.']) {
      expect(text).toContain(expected);
    }
    expect(text).not.toContain('Bulan lalu');

    const docx = await call(core, 'media:exportLog', { from: '2026-11-01', to: '2026-11-23', format: 'docx' });
    expect(docx).toMatchObject({ fileName: 'log-media-2026-11-01-2026-11-23.docx', rows: 2 });
    const words = await docxText(docx.dataBase64);
    expect(words).toContain('LOG PERTANYAAN MEDIA');
    expect(words).toContain('Banjir Samarinda');
    expect(words).toContain('Ir. Andi Saputra');
  });

  it('refuses PDF/DOCX without a complete office profile, while XLSX still works', async () => {
    const core = testCore({ clock: fixedClock(NOW) });
    await call(core, 'inquiries:create', inquiryInput());
    expect(await core.handle('media:exportLog', { from: '2026-11-01', to: '2026-11-23', format: 'docx' })).toMatchObject({
      ok: false,
      error: { code: 'precondition', message: expect.stringMatching(/^Profil kantor belum lengkap: .*sebelum membuat log media\.$/) },
    });
    expect(await call(core, 'media:exportLog', { from: '2026-11-01', to: '2026-11-23' })).toMatchObject({ rows: 1, fileName: expect.stringMatching(/\.xlsx$/) });
  });
});

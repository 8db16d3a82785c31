// Exports of the media desk: the press statement and the media log as DocumentSpecs (what the PDF
// and DOCX renderers will draw), and the media log as a real XLSX read back with exceljs.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { Core } from '../../../../electron/core';
import { createCtx } from '../../../helpers/media';
import { call, fixedClock, testCore, validProfile } from '../../../helpers/core';
import { inquiryInput } from '../../../helpers/inquiryInput';
import { pressStatementSpec } from '../../../../electron/core/inquiries/pressStatement';
import { mediaLogSpec } from '../../../../electron/core/media/log';

const NOW = '2026-11-23T06:00:00Z'; // 14:00 WITA

async function answered(core: Core) {
  const inq = await call(core, 'inquiries:create', inquiryInput());
  await call(core, 'inquiries:move', { id: inq.id, to: 'ditugaskan', spokesperson: 'Ir. Andi Saputra', unit: 'Dinas PUPR' });
  await call(core, 'inquiries:move', { id: inq.id, to: 'menunggu_persetujuan', answer: 'Anggaran Rp 120 miliar.\n\nPekerjaan dimulai Desember.' });
  return call(core, 'inquiries:move', { id: inq.id, to: 'dijawab' });
}

describe('press statement spec', () => {
  it('puts the kop, the question, the approved answer paragraphs and the spokesperson on one page spec', async () => {
    const core = testCore({ clock: fixedClock(NOW) });
    await call(core, 'settings:saveProfile', validProfile);
    const inq = await answered(core);
    const spec = pressStatementSpec(createCtx(core), inq.id);
    expect(spec.letterhead?.lines).toEqual(validProfile.instansiLines);
    expect(spec.blocks[0]).toEqual({ type: 'title', text: 'PERNYATAAN TERTULIS', subtitle: 'Nomor: 001/MEDIA/2026' });
    const texts = spec.blocks.flatMap((b) => (b.type === 'paragraph' ? [b.runs.map((r) => r.text).join('')] : []));
    expect(texts).toEqual([inq.question, 'Anggaran Rp 120 miliar.', 'Pekerjaan dimulai Desember.']);
    expect(spec.blocks.at(-1)).toMatchObject({ type: 'signature', placeDate: 'Samarinda, 23 November 2026', name: 'Ir. Andi Saputra', titleLines: ['Dinas PUPR', 'Juru Bicara,'] });
  });

  it('refuses before approval and without a complete office profile', async () => {
    const core = testCore({ clock: fixedClock(NOW) });
    const inq = await call(core, 'inquiries:create', inquiryInput());
    expect(() => pressStatementSpec(createCtx(core), inq.id)).toThrow(/Profil kantor belum lengkap/);
    await call(core, 'settings:saveProfile', validProfile);
    expect(() => pressStatementSpec(createCtx(core), inq.id)).toThrow(/belum disetujui/);
  });
});

describe('media log', () => {
  it('lists the period as a landscape table spec and as an XLSX workbook', async () => {
    const core = testCore({ clock: fixedClock(NOW) });
    await call(core, 'settings:saveProfile', validProfile);
    await answered(core);
    await call(core, 'inquiries:create', inquiryInput({ topic: 'Kemarin', receivedAt: '2026-11-22T23:30:00+08:00' }));
    await call(core, 'inquiries:create', inquiryInput({ topic: 'Awal bulan', receivedAt: '2026-11-01T00:10:00+08:00' }));

    const spec = mediaLogSpec(createCtx(core), { from: '2026-11-22', to: '2026-11-23' });
    expect(spec.page.orientation).toBe('landscape');
    expect(spec.blocks[1]).toEqual({ type: 'paragraph', runs: [{ text: '2 pertanyaan; 1 dijawab melewati tenggat.' }] });
    const table = spec.blocks.find((b) => b.type === 'table');
    expect(table?.type === 'table' && table.rows.map((r) => [r[0], r[5], r[11]])).toEqual([
      ['002/MEDIA/2026', 'Kemarin', ''],
      ['001/MEDIA/2026', 'Banjir Samarinda', 'terlambat'], // due 13:00, approved 14:00
    ]);

    const out = await call(core, 'media:exportLog', { from: '2026-11-01', to: '2026-11-23' });
    expect(out).toMatchObject({ fileName: 'log-media-2026-11-01-2026-11-23.xlsx', rows: 3 });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(out.dataBase64, 'base64') as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('Log media')!;
    expect(sheet.getRow(1).values).toContain('Tenggat jawaban');
    expect(sheet.getCell('A2').value).toBe('003/MEDIA/2026');
    expect(sheet.getCell('B2').value).toBe('2026-11-01 00:10 WITA');
    expect(sheet.rowCount).toBe(4);
    const bad = await core.handle('media:exportLog', { from: '2026-11-23', to: '2026-11-01' });
    expect(bad).toMatchObject({ ok: false, error: { issues: [{ path: 'to' }] } });
  });
});

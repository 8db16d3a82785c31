// DIP classification (UU KIP Ps 9-11, Ps 17, Ps 19): Indonesian validation, exemption details
// required and cleared, audit of every change, reviews due, the DIP list as XLSX and as a
// DocumentSpec, and documents linked to a request.
import ExcelJS from 'exceljs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../electron/core/db/connection';
import { dipDocumentSpec } from '../../../../electron/core/archive/dipList';
import { listDip, listReviewsDue } from '../../../../electron/core/archive/repo';
import type { Core } from '../../../../electron/core';
import { call, testCore, validProfile } from '../../../helpers/core';
import { makeDocx } from '../../../helpers/archiveFixtures';
import { auditRows, requestInput } from '../../../helpers/requests';
import { docxText } from '../../../helpers/exportedFiles';

async function importDoc(core: Core, text: string, title = text): Promise<number> {
  const bytes = await makeDocx({ title, paragraphs: [text] });
  const item = await call(core, 'archive:importFile', { name: `${title}.docx`, dataBase64: bytes.toString('base64') });
  return item.documentId!;
}

const exempt = {
  category: 'dikecualikan' as const,
  exemptionLetter: 'h' as const,
  exemptionLaw: 'UU 27/2022 tentang Pelindungan Data Pribadi',
  consequenceTest: 'Membuka data kesehatan pegawai merugikan hak pribadi lebih besar daripada kepentingan publik.',
  exemptionYears: 5,
  decreeNumber: '800/123/DISKOMINFO/2026',
  decreeDate: '2026-02-01',
  reviewDate: '2027-02-01',
};

describe('DIP classification', () => {
  it('saves the DIP fields, re-indexes title and summary, and audits what changed', async () => {
    const core = testCore();
    const id = await importDoc(core, 'Isi dokumen anggaran', 'dpa');
    const detail = await call(core, 'archive:update', {
      id, dipNumber: 'DIP-001', title: 'DPA Dinas Kominfo 2025', summary: 'Dokumen pelaksanaan anggaran', unit: 'Sekretariat',
      responsible: 'Kasubag Keuangan', producedDate: '2025-01-10', producedPlace: 'Samarinda', form: 'keduanya', retention: '10 tahun', category: 'berkala',
    });
    expect(detail.fields).toMatchObject({ dipNumber: 'DIP-001', category: 'berkala', form: 'keduanya', exemptionLetter: null });
    expect(detail.year).toBe(2025);
    expect((await call(core, 'archive:search', { query: 'pelaksanaan' })).hits.map((h) => h.id)).toEqual([id]);
    expect((await call(core, 'archive:search', { query: 'anggaran' })).hits.map((h) => h.id)).toEqual([id]);
    const audit = auditRows(core).filter((r) => r.action === 'archive.dip.update');
    expect(audit).toHaveLength(1);
    expect(JSON.parse(audit[0]!.data).changed.category).toEqual({ from: null, to: 'berkala' });
  });

  it('demands every exemption detail for dikecualikan, with Indonesian messages per field', async () => {
    const core = testCore();
    const id = await importDoc(core, 'rahasia');
    const result = await core.handle('archive:update', { id, title: 'Data kesehatan pegawai', category: 'dikecualikan' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const byPath = Object.fromEntries(result.error.issues!.map((i) => [i.path, i.message]));
    expect(byPath).toMatchObject({
      exemptionLetter: expect.stringMatching(/Pasal 17 huruf a-j/),
      consequenceTest: expect.stringMatching(/Uji konsekuensi wajib diisi/),
      reviewDate: expect.stringMatching(/peninjauan ulang wajib/),
    });
  });

  it('allows an exemption without end only for Ps 17 g and h, and at most 30 years otherwise', async () => {
    const core = testCore();
    const id = await importDoc(core, 'memo');
    const permanentA = await core.handle('archive:update', { id, title: 'Memo', ...exempt, exemptionLetter: 'a', exemptionYears: null, exemptionPermanent: true });
    expect(permanentA.ok || permanentA.error.message).toMatch(/hanya untuk Pasal 17 huruf g dan h/);
    const tooLong = await core.handle('archive:update', { id, title: 'Memo', ...exempt, exemptionYears: 31 });
    expect(tooLong.ok || tooLong.error.message).toMatch(/paling lama 30 tahun/);
    const permanentH = await call(core, 'archive:update', { id, title: 'Memo', ...exempt, exemptionYears: null, exemptionPermanent: true });
    expect(permanentH.fields).toMatchObject({ exemptionLetter: 'h', exemptionPermanent: true, exemptionYears: null });
  });

  it('clears the exemption details when an item is no longer exempt', async () => {
    const core = testCore();
    const id = await importDoc(core, 'berubah');
    await call(core, 'archive:update', { id, title: 'Berubah', ...exempt });
    const open = await call(core, 'archive:update', { id, title: 'Berubah', ...exempt, category: 'setiap_saat' });
    expect(open.fields).toMatchObject({ category: 'setiap_saat', exemptionLetter: null, reviewDate: null, decreeNumber: '', consequenceTest: '' });
  });

  it('lists exempt items whose review date has come', async () => {
    const core = testCore();
    const a = await importDoc(core, 'satu');
    const b = await importDoc(core, 'dua');
    await importDoc(core, 'tiga');
    await call(core, 'archive:update', { id: a, title: 'Satu', ...exempt, reviewDate: '2026-11-30' });
    await call(core, 'archive:update', { id: b, title: 'Dua', ...exempt, reviewDate: '2027-06-01' });
    const db = openDatabase(path.join(core.dataDir, 'archive.db'), { readonly: true });
    expect(listReviewsDue(db, '2027-06-01').map((r) => r.id)).toEqual([a, b]);
    db.close();
  });

  it('exports the DIP list as XLSX an officer can open, and builds a landscape DocumentSpec of it', async () => {
    const core = testCore();
    await call(core, 'settings:saveProfile', validProfile);
    const a = await importDoc(core, 'satu');
    await call(core, 'archive:update', { id: a, dipNumber: 'DIP-002', title: 'Laporan Keuangan 2025', unit: 'Sekretariat', category: 'berkala' });
    const b = await importDoc(core, 'dua');
    await call(core, 'archive:update', { id: b, dipNumber: 'DIP-001', title: 'Data kesehatan pegawai', ...exempt });
    const file = await call(core, 'archive:exportDip', {});
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(file.dataBase64, 'base64') as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('DIP')!;
    expect(String(sheet.getCell('A1').value)).toContain('DINAS KOMUNIKASI DAN INFORMATIKA');
    expect(sheet.getRow(3).getCell(3).value).toBe('Judul dan ringkasan informasi');
    expect(sheet.getRow(4).getCell(2).value).toBe('DIP-001');
    expect(String(sheet.getRow(4).getCell(9).value)).toMatch(/Pasal 17 huruf h .*800\/123\/DISKOMINFO\/2026 tanggal 1 Februari 2026/);
    expect(sheet.getRow(5).getCell(3).value).toBe('Laporan Keuangan 2025');

    const db = openDatabase(path.join(core.dataDir, 'archive.db'), { readonly: true });
    const spec = dipDocumentSpec(listDip(db), { office: 'Diskominfo', createdAt: new Date('2026-11-23T02:00:00Z') });
    db.close();
    expect(spec.page.orientation).toBe('landscape');
    const table = spec.blocks.find((blk) => blk.type === 'table');
    expect(table?.type === 'table' && table.rows.map((r) => r[1])).toEqual(['DIP-001', 'DIP-002']);
    expect(table?.type === 'table' && table.columns.reduce((s, c) => s + c.widthPct, 0)).toBe(100);
  });

  it('leaves documents still "Belum diklasifikasi" out of the DIP export (XLSX and DOCX)', async () => {
    const core = testCore();
    await call(core, 'settings:saveProfile', validProfile);
    const a = await importDoc(core, 'satu');
    await call(core, 'archive:update', { id: a, title: 'Laporan Keuangan 2025', category: 'berkala' });
    await importDoc(core, 'Konsep surat yang belum diperiksa');
    const file = await call(core, 'archive:exportDip', { format: 'xlsx' });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(file.dataBase64, 'base64') as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('DIP')!;
    const titles: string[] = [];
    sheet.eachRow((row, n) => n > 3 && titles.push(String(row.getCell(3).value)));
    expect(titles).toEqual(['Laporan Keuangan 2025']);
    const db = openDatabase(path.join(core.dataDir, 'archive.db'), { readonly: true });
    const rows = listDip(db);
    db.close();
    expect(rows.map((r) => r.title)).toEqual(['Laporan Keuangan 2025']);
    const docx = await docxText((await call(core, 'archive:exportDip', { format: 'docx' })).dataBase64);
    expect(docx).toContain('Laporan Keuangan 2025');
    expect(docx).not.toMatch(/Konsep surat|Belum diklasifikasi/);
  });

  it('links a document to a request (audited), lists it, and unlinks it', async () => {
    const core = testCore();
    await call(core, 'settings:saveProfile', validProfile);
    const request = await call(core, 'requests:create', requestInput({ receivedAt: '2026-11-20T10:00:00+08:00' }));
    const id = await importDoc(core, 'DPA Kominfo 2025');
    expect(await call(core, 'archive:link', { requestId: request.id, documentId: id })).toMatchObject([{ documentId: id, title: 'DPA Kominfo 2025' }]);
    expect(await call(core, 'archive:link', { requestId: request.id, documentId: id })).toHaveLength(1);
    expect(await call(core, 'archive:links', { requestId: request.id })).toHaveLength(1);
    expect(auditRows(core).filter((r) => r.action === 'archive.link')).toHaveLength(1);
    expect(await call(core, 'archive:unlink', { requestId: request.id, documentId: id })).toEqual([]);
    const missing = await core.handle('archive:link', { requestId: 999, documentId: id });
    expect(missing.ok || missing.error.message).toMatch(/Permohonan dengan id 999 tidak ditemukan/);
  });
});

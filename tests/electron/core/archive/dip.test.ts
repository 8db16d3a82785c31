// DIP classification (UU KIP Ps 9-11, Ps 17, Ps 19): Indonesian validation, exemption details
// required and cleared, audit of every change, reviews due, the DIP list as XLSX and as a
// DocumentSpec, and documents linked to a request.
import ExcelJS from 'exceljs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../electron/core/db/connection';
import { dipDocumentSpec } from '../../../../electron/core/archive/dipList';
import { listExempt, listPublishedDip, listReviewsDue } from '../../../../electron/core/archive/repo';
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
      exemptionLetters: expect.stringMatching(/Pasal 17 huruf a-j/),
      consequenceHarm: expect.stringMatching(/^Uji konsekuensi wajib diisi: jelaskan akibat/),
      consequencePublicInterest: expect.stringMatching(/^Uji konsekuensi wajib diisi: .*kepentingan yang lebih besar/),
      reviewDate: expect.stringMatching(/peninjauan ulang wajib/),
    });
    // The decree may come later (the penetapan klasifikasi letter fills it), but never half of it.
    expect(byPath).not.toHaveProperty('decreeNumber');
    const half = await core.handle('archive:update', { id, title: 'Data', ...exempt, decreeNumber: '' });
    expect(half.ok || half.error.issues).toEqual([{ path: 'decreeNumber', message: 'Isi nomor penetapan pengecualian bersama tanggalnya.' }]);
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

  it('exports the published DIP as XLSX grouped by category, without exempt or unclassified items, and builds a landscape DocumentSpec', async () => {
    const core = testCore();
    await call(core, 'settings:saveProfile', validProfile);
    await call(core, 'archive:setDipDecree', { number: '188.4/12/DKI/2026', date: '2026-01-15', updatedDate: '2026-07-01' });
    const a = await importDoc(core, 'satu');
    await call(core, 'archive:update', { id: a, dipNumber: 'DIP-002', title: 'Laporan Keuangan 2025', unit: 'Sekretariat', category: 'berkala' });
    const b = await importDoc(core, 'dua');
    await call(core, 'archive:update', { id: b, dipNumber: 'DIP-001', title: 'Data kesehatan pegawai', ...exempt });
    const c = await importDoc(core, 'tiga');
    await call(core, 'archive:update', { id: c, dipNumber: 'DIP-003', title: 'Peringatan dini banjir', category: 'serta_merta' });
    const d = await importDoc(core, 'empat');
    await call(core, 'archive:update', { id: d, dipNumber: 'DIP-000', title: 'Profil dinas', category: 'setiap_saat' });
    await importDoc(core, 'Konsep belum dipilah');
    const file = await call(core, 'archive:exportDip', {});
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(file.dataBase64, 'base64') as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('DIP')!;
    expect(String(sheet.getCell('A1').value)).toContain('DINAS KOMUNIKASI DAN INFORMATIKA');
    expect(String(sheet.getCell('A2').value)).toBe('Ditetapkan dengan: Keputusan Nomor 188.4/12/DKI/2026 tanggal 15 Januari 2026; Pemutakhiran terakhir: 1 Juli 2026');
    expect(sheet.getRow(3).getCell(3).value).toBe('Judul dan ringkasan informasi');
    const column = (n: number) => {
      const out: string[] = [];
      sheet.eachRow((row, i) => i > 3 && out.push(String(row.getCell(n).value ?? '')));
      return out;
    };
    // Category order of the law (Ps 9, 10, 11), whatever the DIP numbers say.
    expect(column(1).filter((v) => !/^\d+$/.test(v))).toEqual([
      expect.stringMatching(/^A\. .*Berkala \(UU KIP Pasal 9\)$/),
      expect.stringMatching(/^B\. .*Serta-merta \(UU KIP Pasal 10\)$/),
      expect.stringMatching(/^C\. .*Setiap Saat \(UU KIP Pasal 11\)$/),
    ]);
    expect(column(2).filter((v) => v.startsWith('DIP-'))).toEqual(['DIP-002', 'DIP-003', 'DIP-000']);
    expect(column(3).join(' ')).not.toMatch(/Data kesehatan pegawai|Konsep belum dipilah/);

    const db = openDatabase(path.join(core.dataDir, 'archive.db'), { readonly: true });
    const published = listPublishedDip(db);
    expect(listExempt(db).map((r) => r.title)).toEqual(['Data kesehatan pegawai']);
    db.close();
    expect(published.map((r) => r.category)).toEqual(['berkala', 'serta_merta', 'setiap_saat']);
    const spec = dipDocumentSpec(published, { office: 'Diskominfo', createdAt: new Date('2026-11-23T02:00:00Z'), decree: { number: 'X', date: '2026-01-15', updatedDate: null } });
    expect(spec.page.orientation).toBe('landscape');
    const tables = spec.blocks.filter((blk) => blk.type === 'table');
    expect(tables.map((t) => t.type === 'table' && t.rows.map((r) => r[1]))).toEqual([['DIP-002'], ['DIP-003'], ['DIP-000']]);
    for (const t of tables) expect(t.type === 'table' && t.columns.reduce((s, col) => s + col.widthPct, 0)).toBe(100);
    expect(spec.blocks.filter((blk) => blk.type === 'heading').map((h) => h.type === 'heading' && h.text.slice(0, 2))).toEqual(['A.', 'B.', 'C.']);
  });

  it('leaves documents still "Belum diklasifikasi" out of the DIP export (XLSX and DOCX)', async () => {
    const core = testCore();
    await call(core, 'settings:saveProfile', validProfile);
    await call(core, 'archive:setDipDecree', { number: '188.4/12/DKI/2026', date: '2026-01-15' });
    const a = await importDoc(core, 'satu');
    await call(core, 'archive:update', { id: a, title: 'Laporan Keuangan 2025', category: 'berkala' });
    await importDoc(core, 'Konsep surat yang belum diperiksa');
    const file = await call(core, 'archive:exportDip', { format: 'xlsx' });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(file.dataBase64, 'base64') as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('DIP')!;
    const titles: string[] = [];
    sheet.eachRow((row, n) => n > 3 && /^\d+$/.test(String(row.getCell(1).value)) && titles.push(String(row.getCell(3).value)));
    expect(titles).toEqual(['Laporan Keuangan 2025']);
    const db = openDatabase(path.join(core.dataDir, 'archive.db'), { readonly: true });
    const rows = listPublishedDip(db);
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

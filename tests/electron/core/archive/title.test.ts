// The title a document gets at import: its own metadata title when it is one, else the first DOCX
// heading, else the first meaningful line after the letterhead, else the file name.
import { describe, expect, it } from 'vitest';
import { firstHeading, firstLine, titleFor } from '../../../../electron/core/archive/title';
import { call, testCore } from '../../../helpers/core';
import { makeDocx, makePdf } from '../../../helpers/archiveFixtures';

const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

describe('titleFor', () => {
  it('keeps a real metadata title', () => {
    expect(titleFor('renstra_final_v3.docx', { metaTitle: ' Rencana  Strategis 2025-2029 ', text: 'Kata pengantar' })).toBe('Rencana Strategis 2025-2029');
  });

  it.each(['UU14-2008.doc', 'UU 43 Tahun 2009.rtf', 'Binder1.pdf', 'about:blank', 'Microsoft Word - Dokumen1', 'constitution_pdf2', 'Untitled', 'https://contoh.go.id/a', ''])(
    'passes over the metadata title %j to the document text',
    (metaTitle) => {
      expect(titleFor('berkas.pdf', { metaTitle, text: 'Laporan Realisasi Anggaran 2025\nisi laporan' })).toBe('Laporan Realisasi Anggaran 2025');
    },
  );

  it('takes the first heading of a DOCX before its first line', () => {
    const html = '<p>Samarinda, 2 Januari 2026</p><h1><img src="data:image/png;base64,AAAA" alt="logo"></h1><h2>Standar Operasional Prosedur &amp; Layanan</h2>';
    expect(firstHeading(html)).toBe('Standar Operasional Prosedur & Layanan');
    expect(titleFor('sop.docx', { html, text: 'Samarinda, 2 Januari 2026\nStandar Operasional Prosedur & Layanan' })).toBe('Standar Operasional Prosedur & Layanan');
  });

  it('skips the letterhead (kop surat), placeholders and lines without words', () => {
    const text = ['PEMERINTAH KABUPATEN WONOSOBO', 'KECAMATAN WATUMALANG', 'Jalan Jebeng Lintang Nomor 29', 'Telpon 0286 3304957', 'F-1.03', '{alamat_kelurahan}', 'SURAT TUGAS', 'NOMOR: ${nomor_naskah}'].join('\n');
    expect(firstLine(text)).toBe('SURAT TUGAS');
  });

  it('joins the upper-case lines a statute sets its title on, and skips a web address', () => {
    const text = ['www.legalitas.org', 'UNDANG-UNDANG REPUBLIK INDONESIA', 'NOMOR 14 TAHUN 2008', 'TENTANG', 'KETERBUKAAN INFORMASI PUBLIK', 'DENGAN RAHMAT TUHAN YANG MAHA ESA'].join('\n');
    expect(firstLine(text)).toBe('UNDANG-UNDANG REPUBLIK INDONESIA NOMOR 14 TAHUN 2008 TENTANG KETERBUKAAN INFORMASI PUBLIK');
  });

  it('cuts a first line that is a whole paragraph at a word, and falls back to the file name', () => {
    const long = `Laporan ${'pelaksanaan kegiatan '.repeat(20)}`;
    const title = firstLine(long)!;
    expect(title.length).toBeLessThanOrEqual(200);
    expect(title.endsWith('kegiatan…') || title.endsWith('pelaksanaan…')).toBe(true);
    expect(titleFor('C:\\arsip\\0-12 tabel.v2.pdf', { text: '0-0\n0-12\n12-0' })).toBe('0-12 tabel.v2');
    expect(titleFor('surat.docx', {})).toBe('surat');
  });
});

describe('import titles', () => {
  it('a DOCX without dc:title is titled by its first heading; a PDF without /Title by its first line after the letterhead', async () => {
    const core = testCore();
    const docx = await makeDocx({ heading: 'Daftar Informasi Publik Dinas Kominfo 2026', paragraphs: ['Samarinda, 5 Januari 2026', 'Isi daftar.'] });
    const item = await call(core, 'archive:importFile', { name: 'dip_final_v2.docx', dataBase64: b64(docx) });
    expect(item.title).toBe('Daftar Informasi Publik Dinas Kominfo 2026');

    const pdf = await makePdf({ pages: [['PEMERINTAH PROVINSI KALIMANTAN TIMUR', 'DINAS KOMUNIKASI DAN INFORMATIKA', 'Jl. Basuki Rahmat No. 41 Samarinda', 'Laporan Layanan Informasi Publik Tahun 2025', 'Bab I Pendahuluan']] });
    const second = await call(core, 'archive:importFile', { name: 'scan0001.pdf', dataBase64: b64(pdf) });
    expect(second.title).toBe('Laporan Layanan Informasi Publik Tahun 2025');
    expect((await call(core, 'archive:get', { id: second.documentId! })).fields.title).toBe('Laporan Layanan Informasi Publik Tahun 2025');

    const titled = await makePdf({ title: 'Ringkasan APBD 2026', pages: [['Halaman pertama']] });
    expect((await call(core, 'archive:importFile', { name: 'apbd.pdf', dataBase64: b64(titled) })).title).toBe('Ringkasan APBD 2026');
  });
});

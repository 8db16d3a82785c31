// DocumentSpecs with edge data for the renderer tests, the bench and the sample script.
import type { Block, DocumentSpec } from '../../../../electron/core/documents/model';
import { makePng } from '../../../helpers/images';

export const SPECIAL = 'Kutipan ’tunggal’ dan “ganda”, café, jeda — panjang – pendek, ½ bagian, № 7';
export const FOREIGN = '中文 名字 🙂👍';
export const LONG_WORD = 'Jl.' + 'PanjangSekaliTanpaSpasiSamaSekali'.repeat(4);

const BODY = [
  'Berdasarkan Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik, dengan ini kami sampaikan bahwa permohonan informasi publik Saudara telah kami terima dan dicatat dalam register permohonan.',
  'Informasi yang Saudara mohon mengenai realisasi anggaran dana desa tahun 2025 sedang kami proses. Pemberitahuan tertulis akan disampaikan paling lambat sepuluh hari kerja sejak permohonan diterima, dan dapat diperpanjang paling lambat tujuh hari kerja berikutnya dengan pemberitahuan tertulis.',
  'Apabila Saudara tidak puas dengan tanggapan atas permohonan ini, Saudara dapat mengajukan keberatan secara tertulis kepada Atasan PPID paling lambat tiga puluh hari kerja setelah ditemukannya alasan keberatan sebagaimana dimaksud dalam Pasal 35 ayat (1).',
];

export function letterSpec(opts: { paragraphs?: number; logo?: boolean; size?: 'A4' | 'F4'; landscape?: boolean } = {}): DocumentSpec {
  const body: Block[] = [];
  const count = opts.paragraphs ?? 3;
  for (let i = 0; i < count; i++) body.push({ type: 'paragraph', runs: [{ text: BODY[i % BODY.length]! }], indentFirstLineMm: 10 });
  return {
    meta: {
      title: 'Tanda Bukti Penerimaan Permohonan 001/PPID/XI/2026',
      author: 'Dinas Komunikasi dan Informatika Provinsi Kalimantan Timur',
      subject: 'Tanda bukti penerimaan permohonan informasi publik',
      keywords: ['PPID', 'permohonan', 'UU KIP'],
      language: 'id-ID',
      createdAt: new Date('2026-11-23T02:00:00Z'),
    },
    page: { size: opts.size ?? 'A4', orientation: opts.landscape ? 'landscape' : 'portrait' },
    letterhead: {
      lines: ['PEMERINTAH PROVINSI KALIMANTAN TIMUR', 'DINAS KOMUNIKASI DAN INFORMATIKA'],
      address: 'Jl. Basuki Rahmat No. 41, Samarinda, Kalimantan Timur 75117',
      contacts: 'Telepon (0541) 741041 · E-mail ppid@kaltimprov.go.id · Laman ppid.kaltimprov.go.id',
      ...(opts.logo === false ? {} : { logo: { bytes: new Uint8Array(makePng(120, 140)), mime: 'image/png' as const } }),
    },
    footer: { pageNumbers: true, text: 'Nomor 001/PPID/XI/2026' },
    blocks: [
      { type: 'title', text: 'TANDA BUKTI PENERIMAAN PERMOHONAN INFORMASI PUBLIK', subtitle: 'Nomor: 001/PPID/XI/2026' },
      {
        type: 'fields',
        rows: [
          { label: 'Nama Pemohon', value: 'Muhammad Rizky Pratama Wijayakusuma Hadiningrat' },
          { label: 'Alamat', value: LONG_WORD },
          { label: 'Nomor Telepon', value: '' },
          { label: 'Informasi yang diminta', value: [{ text: 'Realisasi ' }, { text: 'dana desa', bold: true }, { text: ' 2025 ' }, { text: '(rincian per desa)', italic: true }] },
          { label: 'Catatan', value: SPECIAL },
          { label: 'Nama asing', value: FOREIGN },
        ],
      },
      ...body,
      { type: 'heading', text: 'Hak Pemohon', level: 2 },
      { type: 'list', style: 'decimal', items: ['Mendapatkan informasi publik sesuai ketentuan.', 'Mengajukan keberatan kepada Atasan PPID.', [{ text: 'Mengajukan sengketa ke ' }, { text: 'Komisi Informasi', bold: true }]] },
      { type: 'list', style: 'alpha', items: ['salinan dokumen;', 'melihat dan mencatat.'] },
      { type: 'list', style: 'bullet', items: ['Tanpa biaya, kecuali penggandaan.'] },
      { type: 'signature', placeDate: 'Samarinda, 23 November 2026', titleLines: ['Pejabat Pengelola Informasi dan Dokumentasi,'], name: 'Dra. Siti Rahmawati, M.Si.', nip: 'NIP. 19750312 200003 2 004' },
    ],
  };
}

export function registerSpec(rows: number): DocumentSpec {
  const base = letterSpec({ size: 'F4', landscape: true });
  return {
    ...base,
    meta: { ...base.meta, title: 'Register Permohonan Informasi Publik 2026' },
    footer: { pageNumbers: true, text: 'Register Permohonan Informasi Publik 2026' },
    blocks: [
      { type: 'title', text: 'REGISTER PERMOHONAN INFORMASI PUBLIK TAHUN 2026' },
      {
        type: 'table',
        columns: [
          { header: 'No.', widthPct: 5, align: 'right' },
          { header: 'Nomor Registrasi', widthPct: 15 },
          { header: 'Tanggal', widthPct: 10, align: 'center' },
          { header: 'Nama Pemohon', widthPct: 20 },
          { header: 'Informasi yang Diminta', widthPct: 35 },
          { header: 'Status', widthPct: 15 },
        ],
        rows: Array.from({ length: rows }, (_, i) => [
          String(i + 1),
          `${String(i + 1).padStart(3, '0')}/PPID/XI/2026`,
          '23-11-2026',
          i % 17 === 3 ? LONG_WORD : `Pemohon Nomor ${i + 1}`,
          i % 5 === 0 ? 'Salinan kontrak pengadaan jalan provinsi ruas Samarinda–Bontang tahun anggaran 2025 beserta adendumnya' : 'Realisasi anggaran dana desa',
          i % 3 === 0 ? 'Selesai' : 'Dalam proses',
        ]),
      },
    ],
  };
}

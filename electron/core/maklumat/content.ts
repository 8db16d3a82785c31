// The maklumat pelayanan informasi publik (Perki 1/2021 Ps 47-48) as a DocumentSpec: the public
// body's published commitment on its information service, pinned up at the desk (A3) or handed out
// (A4). Its sections are the ones the standard asks for: the legal basis, the procedure, the time
// limits, the cost, the guarantees and the way to complain, object and evaluate. Every figure comes
// from the app's own data — the clocks from shared/domain/clocks (each with its article), the
// tariff from Pengaturan › Tarif biaya, the names from the office profile — so the poster always
// says what the app enforces.
import { formatTanggal } from '../../../shared/domain/calendar/format';
import { CLOCKS, type ClockId } from '../../../shared/domain/clocks/clocks';
import { zoneLabel } from '../../../shared/domain/clocks/start';
import type { Tariff } from '../../../shared/domain/costs';
import { ACCESS_TEXT, CHANNEL_TEXT, DELIVERY_TEXT, formatRupiah } from '../../../shared/domain/letters/labels';
import { terbilang } from '../../../shared/domain/letters/terbilang';
import { ACCESSIBILITY_NEEDS, ACCESSIBILITY_TEXT } from '../../../shared/domain/requests/accessibility';
import { ACCESS_METHODS, DELIVERY_METHODS, REQUEST_CHANNELS } from '../../../shared/domain/requests/fields';
import type { OfficeProfile } from '../../../shared/domain/settings/officeProfile';
import type { Block, DocumentSpec, Letterhead, Run } from '../documents/model';
import { ppidSignBlock } from '../letters/builders/ppidSign';

export type MaklumatSize = 'A4' | 'A3';

export interface MaklumatInput {
  profile: OfficeProfile;
  tariff: Tariff;
  letterhead: Letterhead;
  /** The office date it is signed on (YYYY-MM-DD). */
  signedOn: string;
  size: MaklumatSize;
  createdAt: Date;
  /** The sections in two balanced columns, as a poster (A3); the caller falls back to one when that overflows a sheet. */
  columns?: boolean;
}

/** The section headings, numbered as printed; tests and the DOCX check look for them. */
export const MAKLUMAT_SECTIONS = [
  'Dasar Hukum',
  'Prosedur Pelayanan',
  'Jangka Waktu Pelayanan',
  'Biaya Pelayanan',
  'Jaminan dan Komitmen Pelayanan',
  'Pengaduan, Keberatan dan Evaluasi',
] as const;

/**
 * Type and kop sizes per paper. The A3 poster holds the whole maklumat on one sheet pinned up at
 * the desk, in two columns (lines of a readable length), its title, headings and kop large enough to
 * find from a step away; the body stays at 10.5 pt so a tariff of several items and a logo still fit
 * the one sheet. The A4 copy is a two-page handout in letter sizes.
 */
const SIZES: Record<MaklumatSize, { body: number; heading: number; title: number; unit: number; table: number; pledge: number; kop: number }> = {
  A4: { body: 10, heading: 11, title: 14, unit: 11, table: 9.5, pledge: 10.5, kop: 1 },
  A3: { body: 10.5, heading: 12.5, title: 22, unit: 14, table: 9.5, pledge: 12, kop: 1.2 },
};

/** "10 (sepuluh) hari kerja". */
export const workingDays = (n: number): string => `${n} (${terbilang(n)}) hari kerja`;

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);
/** "a, b dan c" */
const series = (items: readonly string[], last = 'dan') => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} ${last} ${items.at(-1)}`);

/** The clocks the maklumat lists, in the order a request runs through them. */
const CLOCK_ROWS: Array<{ id: ClockId; stage: string }> = [
  { id: 'request', stage: 'Pemberitahuan tertulis atas permohonan informasi' },
  { id: 'extension', stage: 'Perpanjangan pemberitahuan (satu kali, dengan alasan tertulis)' },
  { id: 'objection-window', stage: 'Pengajuan keberatan kepada Atasan PPID' },
  { id: 'objection-answer', stage: 'Tanggapan tertulis Atasan PPID atas keberatan' },
  { id: 'dispute', stage: 'Pengajuan sengketa informasi ke Komisi Informasi' },
];

function legalBasis(tariff: Tariff): string[] {
  const items = [
    'Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik;',
    'Peraturan Pemerintah Nomor 61 Tahun 2010 tentang Pelaksanaan Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik;',
    'Undang-Undang Nomor 27 Tahun 2022 tentang Pelindungan Data Pribadi;',
    'Peraturan Komisi Informasi Nomor 1 Tahun 2021 tentang Standar Layanan Informasi Publik;',
  ];
  if (tariff.decreeNumber.trim()) {
    const date = tariff.decreeDate ? ` tanggal ${formatTanggal(tariff.decreeDate)}` : '';
    items.push(`Keputusan Nomor ${tariff.decreeNumber.trim()}${date} tentang tarif biaya salinan informasi publik.`);
  } else {
    items[items.length - 1] = items[items.length - 1]!.replace(/;$/, '.');
  }
  return items;
}

function procedure(profile: OfficeProfile): Array<string | Run[]> {
  // "datang langsung atau melalui surat, …", never "melalui datang langsung"; likewise for delivery.
  const channels = series(REQUEST_CHANNELS.filter((c) => c !== 'langsung').map((c) => CHANNEL_TEXT[c]), 'atau');
  const access = series(ACCESS_METHODS.map((m) => ACCESS_TEXT[m]), 'atau');
  const delivery = series(DELIVERY_METHODS.filter((m) => m !== 'ambil_langsung').map((m) => DELIVERY_TEXT[m]), 'atau');
  const needs = series(ACCESSIBILITY_NEEDS.filter((n) => n !== 'lainnya').map((n) => ACCESSIBILITY_TEXT[n]));
  return [
    `Pemohon mengajukan permohonan informasi kepada ${profile.unit} secara tertulis atau tidak tertulis, dengan datang langsung atau melalui ${channels} (UU KIP Pasal 22 ayat (1)).`,
    'Pemohon menyebutkan nama, alamat, nomor kontak, nomor KTP/NIK (atau akta badan hukum, dan surat kuasa bila dikuasakan), rincian informasi yang dibutuhkan, tujuan penggunaan informasi, serta cara memperoleh dan mendapatkan salinan informasi (UU KIP Pasal 22 ayat (3)).',
    'Petugas mencatat permohonan dalam register permohonan dan memberikan tanda bukti penerimaan permohonan beserta nomor pendaftarannya (UU KIP Pasal 22 ayat (4)).',
    'PPID memeriksa permohonan dan menyampaikan pemberitahuan tertulis: informasi dikuasai atau tidak, diterima seluruhnya, sebagian atau ditolak beserta alasannya, bentuk dan biaya informasi, serta waktu penyediaannya (UU KIP Pasal 22 ayat (7)).',
    `Informasi diberikan dengan cara ${access} sesuai pilihan pemohon, dan diambil langsung atau dikirim melalui ${delivery}; penyerahan dicatat dengan tanda bukti penyerahan.`,
    `Pemohon penyandang disabilitas atau berkebutuhan khusus dapat meminta ${needs} (Perki Nomor 1 Tahun 2021 Pasal 24).`,
  ];
}

function timeTable(size: (typeof SIZES)[MaklumatSize]): Block {
  return {
    type: 'table',
    columns: [
      { header: 'No', widthPct: 6, align: 'center' },
      { header: 'Tahap layanan', widthPct: 35 },
      { header: 'Paling lama', widthPct: 33 },
      { header: 'Dasar hukum', widthPct: 26 },
    ],
    rows: CLOCK_ROWS.map(({ id, stage }, i) => {
      const clock = CLOCKS[id];
      return [String(i + 1), stage, `${workingDays(clock.workingDays)} sejak ${lowerFirst(clock.startEvent)}`, clock.basis];
    }),
    fontSizePt: size.table,
    keepTogether: true,
  };
}

function costBlocks(tariff: Tariff, size: (typeof SIZES)[MaklumatSize]): Block[] {
  const intro: Run[] = [
    { text: 'Informasi publik diberikan tanpa dipungut biaya. ' },
    {
      text:
        tariff.items.length > 0
          ? 'Pemohon hanya menanggung biaya penggandaan (salinan) dan media sesuai tarif berikut' +
            (tariff.decreeNumber.trim() ? `, yang ditetapkan dengan Keputusan Nomor ${tariff.decreeNumber.trim()}${tariff.decreeDate ? ` tanggal ${formatTanggal(tariff.decreeDate)}` : ''}` : '') +
            '; setiap pembayaran diberi kuitansi (UU KIP Pasal 2 ayat (3) dan Pasal 21; Perki Nomor 1 Tahun 2010 Pasal 27–28):'
          : 'Tidak ada tarif biaya salinan yang ditetapkan: salinan informasi juga diberikan tanpa biaya (UU KIP Pasal 2 ayat (3)).',
    },
  ];
  const blocks: Block[] = [{ type: 'paragraph', runs: intro, sizePt: size.body, align: 'left', keepWithNext: tariff.items.length > 0 }];
  if (tariff.items.length > 0) {
    blocks.push({
      type: 'table',
      columns: [
        { header: 'No', widthPct: 6, align: 'center' },
        { header: 'Jenis biaya', widthPct: 44 },
        { header: 'Satuan', widthPct: 26 },
        { header: 'Tarif', widthPct: 24, align: 'right' },
      ],
      rows: tariff.items.map((item, i) => [String(i + 1), item.label, `per ${item.unit}`, formatRupiah(item.priceRp)]),
      fontSizePt: size.table,
      keepTogether: true,
    });
  }
  return blocks;
}

function guarantees(): string[] {
  return [
    'Informasi publik dapat diperoleh dengan cepat dan tepat waktu, biaya ringan, dan cara sederhana (UU KIP Pasal 2 ayat (3)).',
    'Setiap permohonan dicatat dan dapat ditelusuri dengan nomor pendaftarannya; setiap jawaban disampaikan secara tertulis.',
    'Informasi hanya dikecualikan berdasarkan Pasal 17 UU KIP setelah uji konsekuensi, dan setiap penolakan disertai alasan serta hak untuk mengajukan keberatan (UU KIP Pasal 2 ayat (4)).',
    'Data pribadi pemohon dilindungi dan tidak dimuat dalam register atau statistik yang diumumkan (UU Nomor 27 Tahun 2022).',
    'Pelayanan diberikan setara, termasuk kepada penyandang disabilitas (Perki Nomor 1 Tahun 2021 Pasal 24).',
  ];
}

function complaints(profile: OfficeProfile): string[] {
  const objection = CLOCKS['objection-window'];
  const answer = CLOCKS['objection-answer'];
  const dispute = CLOCKS.dispute;
  const contacts = [profile.phone && `telepon ${profile.phone}`, profile.email && `e-mail ${profile.email}`, profile.website && `laman ${profile.website}`].filter(Boolean) as string[];
  return [
    `Keberatan diajukan secara tertulis kepada Atasan PPID, ${profile.atasan.title} (${profile.atasan.name}), paling lambat ${workingDays(objection.workingDays)} sejak alasan keberatan timbul; Atasan PPID memberikan tanggapan tertulis paling lambat ${workingDays(answer.workingDays)} sejak keberatan dicatat (UU KIP Pasal 35 dan 36).`,
    `Pemohon yang tidak puas dengan tanggapan Atasan PPID dapat mengajukan sengketa informasi kepada Komisi Informasi paling lambat ${workingDays(dispute.workingDays)} sejak tanggapan diterima (${dispute.basis}).`,
    `Pengaduan atas pelayanan informasi disampaikan kepada ${profile.unit} melalui ${series(contacts)}, atau langsung di ${profile.address.replace(/\s*\n\s*/g, ', ')}.`,
    'PPID mengevaluasi pelayanan informasi secara berkala, termasuk dengan survei kepuasan pemohon, dan mengumumkan laporan layanan informasi publik setiap tahun serta menyampaikannya kepada Komisi Informasi (UU KIP Pasal 12).',
  ];
}

export function maklumatSpec(input: MaklumatInput): DocumentSpec {
  const { profile, tariff, size: paper } = input;
  const size = SIZES[paper];
  const office = profile.instansiLines.at(-1) ?? '';
  const heading = (n: number): Block => ({ type: 'heading', level: 1, text: `${n}. ${MAKLUMAT_SECTIONS[n - 1]!.toUpperCase()}`, sizePt: size.heading });
  // Ragged right: justified lines in a poster's narrow column open wide gaps around long numbers.
  const para = (text: string): Block => ({ type: 'paragraph', runs: [{ text }], sizePt: size.body, align: 'left' });
  const list = (style: 'decimal' | 'bullet', items: Array<string | Run[]>): Block => ({ type: 'list', style, items, sizePt: size.body });
  const zone = zoneLabel(profile.timeZone);
  const cutoff = profile.cutoffTime.replace(':', '.');
  const sectionBlocks: Block[] = [
    heading(1),
    list('bullet', legalBasis(tariff)),
    heading(2),
    list('decimal', procedure(profile)),
    heading(3),
    timeTable(size),
    para(
      `Jangka waktu dihitung dalam hari kerja (Senin sampai Jumat, kecuali hari libur nasional dan cuti bersama). Hari permohonan diterima adalah hari ke-0; permohonan yang diterima pada hari libur atau sesudah pukul ${cutoff} ${zone} dihitung diterima pada hari kerja berikutnya.`,
    ),
    heading(4),
    ...costBlocks(tariff, size),
    heading(5),
    list('bullet', guarantees()),
    heading(6),
    list('bullet', complaints(profile)),
  ];
  const signature = { ...ppidSignBlock(profile.ppid, profile.unit, `${profile.city}, ${formatTanggal(input.signedOn)}`), sizePt: size.body } as Block;
  // On the poster the sections flow through two columns and the PPID signs at the foot of the second.
  const body: Block[] = input.columns ? [{ type: 'columns', count: 2, columns: [[...sectionBlocks, signature]] }] : [...sectionBlocks, signature];
  return {
    meta: {
      title: `Maklumat Pelayanan Informasi Publik ${profile.unit}`,
      author: office,
      subject: 'Maklumat pelayanan informasi publik (Perki Nomor 1 Tahun 2021)',
      keywords: ['maklumat pelayanan', 'PPID', 'keterbukaan informasi publik'],
      language: 'id-ID',
      createdAt: input.createdAt,
    },
    page: { size: paper, orientation: 'portrait', marginsMm: paper === 'A3' ? { top: 22, right: 25, bottom: 18, left: 25 } : { top: 20, right: 20, bottom: 18, left: 20 } },
    letterhead: { ...input.letterhead, scale: size.kop },
    // The A4 handout runs onto a second sheet; the A3 poster is one sheet and needs no page number.
    ...(paper === 'A4' ? { footer: { pageNumbers: true, text: 'Maklumat Pelayanan Informasi Publik' } } : {}),
    blocks: [
      { type: 'title', text: 'MAKLUMAT PELAYANAN INFORMASI PUBLIK', sizePt: size.title },
      { type: 'paragraph', align: 'center', sizePt: size.unit, spaceAfterPt: size.body, runs: [{ text: profile.unit.toUpperCase(), bold: true }] },
      // The pledge itself, as the maklumat is known at the desk, before the standard it promises.
      {
        type: 'paragraph',
        align: 'center',
        sizePt: size.pledge,
        spaceAfterPt: size.body,
        runs: [
          {
            text: `“Dengan ini kami, ${profile.unit} ${office}, menyatakan sanggup menyelenggarakan pelayanan informasi publik sesuai dengan standar layanan yang telah ditetapkan, dan apabila tidak menepati janji ini, kami siap menerima sanksi sesuai dengan ketentuan peraturan perundang-undangan yang berlaku.”`,
            bold: true,
            italic: true,
          },
        ],
      },
      ...body,
    ],
  };
}

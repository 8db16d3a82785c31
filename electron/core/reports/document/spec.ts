// The report as one DocumentSpec (the PDF and the DOCX read the same): cover on the kop surat,
// daftar isi, then the six parts of Perki 1/2021 Ps 56 in order, closed by the PPID's signature.
import { formatTanggal } from '../../../../shared/domain/calendar/format';
import type { IsoDate } from '../../../../shared/domain/calendar/localDate';
import type { NarrativeSections, ReportFigures } from '../../../../shared/ipc/channels/reports';
import type { Block, DocumentSpec, Letterhead } from '../../documents/model';
import { narrativeBlocks, tableBlocks } from './blocks';
import { reportTables, type ReportTable } from './tables';

export const REPORT_TITLE = 'LAPORAN LAYANAN INFORMASI PUBLIK';

/** Perki 1/2021 Ps 56: the six parts, in the order the regulation lists them. */
export const SECTIONS = {
  a: 'A. Gambaran umum kebijakan pelayanan informasi publik',
  b: 'B. Gambaran umum pelaksanaan pelayanan informasi publik',
  c: 'C. Rincian pelayanan informasi publik',
  d: 'D. Rincian penyelesaian sengketa informasi publik',
  e: 'E. Kendala eksternal dan internal',
  f: 'F. Rekomendasi dan rencana tindak lanjut',
} as const;

export interface ReportOffice {
  /** Kop surat, when the office profile is complete. */
  letterhead?: Letterhead;
  /** The office as the cover names it (instansi lines and the PPID unit). */
  lines: string[];
  author: string;
  /** "Samarinda, 2027" under the office name on the cover. */
  placeYear: string;
  signature?: Extract<Block, { type: 'signature' }>;
}

export interface ReportSpecInput {
  figures: ReportFigures;
  narrative: NarrativeSections;
  createdAt: Date;
  office: ReportOffice;
  charts: Map<string, Extract<Block, { type: 'chart' }>>;
  /** "1 Februari 2027": the day the figures were computed. */
  generatedOn: string;
  /** Page of each bookmark, from a first layout; absent on that first pass. */
  pages?: Map<string, number>;
}

function cover(input: ReportSpecInput): Block[] {
  const { office, figures } = input;
  return [
    { type: 'spacer', heightMm: office.letterhead ? 35 : 60 },
    { type: 'paragraph', runs: [{ text: REPORT_TITLE, bold: true }], align: 'center', sizePt: 20, spaceAfterPt: 10 },
    { type: 'paragraph', runs: [{ text: figures.period.label.toUpperCase(), bold: true }], align: 'center', sizePt: 16, spaceAfterPt: 6 },
    {
      type: 'paragraph',
      runs: [{ text: 'Disusun menurut Pasal 12 Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik dan Pasal 56 Peraturan Komisi Informasi Nomor 1 Tahun 2021 tentang Standar Layanan Informasi Publik', italic: true }],
      align: 'center',
      sizePt: 10,
      spaceAfterPt: 0,
    },
    { type: 'spacer', heightMm: office.letterhead ? 55 : 70 },
    ...office.lines.map((text, i): Block => ({ type: 'paragraph', runs: [{ text, bold: true }], align: 'center', sizePt: i === office.lines.length - 1 ? 14 : 13, spaceAfterPt: 2 })),
    { type: 'spacer', heightMm: 8 },
    { type: 'paragraph', runs: [{ text: office.placeYear, bold: true }], align: 'center', sizePt: 13 },
    { type: 'pageBreak' },
  ];
}

/** Headings with a bookmark, so the daftar isi can name their page. */
const heading = (text: string, bookmark: string, level: 1 | 2 = 1): Block => ({ type: 'heading', text, level, bookmark });

export function reportSpec(input: ReportSpecInput): DocumentSpec {
  const { figures, narrative } = input;
  const t = reportTables(figures);
  let tableNo = 0;
  const table = (x: ReportTable) => tableBlocks(x, ++tableNo);
  let figureNo = 0;
  // Figures are numbered in the order they are printed.
  const chart = (id: string): Block[] => {
    const block = input.charts.get(id);
    return block ? [{ ...block, caption: `Gambar ${++figureNo}. ${block.caption}` }] : [];
  };

  const body: Array<{ text: string; bookmark: string; level: 1 | 2; blocks: Block[] }> = [
    { text: SECTIONS.a, bookmark: 'bagian_a', level: 1, blocks: narrativeBlocks(narrative.policy) },
    {
      text: SECTIONS.b,
      bookmark: 'bagian_b',
      level: 1,
      blocks: [
        { type: 'paragraph', runs: [{ text: 'Sarana dan prasarana, sumber daya manusia, dan anggaran pelayanan informasi publik.', italic: true }], align: 'left', sizePt: 10 },
        ...narrativeBlocks(narrative.service),
      ],
    },
    {
      text: SECTIONS.c,
      bookmark: 'bagian_c',
      level: 1,
      blocks: [
        {
          type: 'paragraph',
          runs: [{ text: `Angka pada bagian ini dan bagian D dihitung dari arsip PPID untuk periode ${figures.period.label} (${formatTanggal(figures.period.from as IsoDate)} s.d. ${formatTanggal(figures.period.to as IsoDate)}) pada ${input.generatedOn}. Permohonan dihitung menurut tanggal diterima; keputusan, alasan penolakan dan waktu pemenuhan menurut tanggal pemberitahuan tertulis.` }],
        },
        ...table(t.summary),
      ],
    },
    { text: 'C.1 Permohonan informasi yang diterima', bookmark: 'bagian_c1', level: 2, blocks: [...chart('per_bulan'), ...table(t.byMonth), ...chart('saluran'), ...table(t.byChannel), ...table(t.byRequesterKind), ...table(t.byUnit)] },
    { text: 'C.2 Keputusan dan alasan penolakan', bookmark: 'bagian_c2', level: 2, blocks: [...chart('keputusan'), ...table(t.decisions), ...chart('alasan_penolakan'), ...table(t.refusalReasons)] },
    { text: 'C.3 Waktu pemenuhan', bookmark: 'bagian_c3', level: 2, blocks: [...table(t.fulfilment), ...chart('sebaran_waktu'), ...table(t.fulfilmentDistribution), ...table(t.handling)] },
    { text: 'C.4 Pertanyaan media dan Daftar Informasi Publik', bookmark: 'bagian_c4', level: 2, blocks: [...table(t.inquiries), ...table(t.archive)] },
    { text: SECTIONS.d, bookmark: 'bagian_d', level: 1, blocks: [] },
    { text: 'D.1 Keberatan', bookmark: 'bagian_d1', level: 2, blocks: [...table(t.objectionGrounds), ...table(t.objections)] },
    { text: 'D.2 Sengketa informasi publik', bookmark: 'bagian_d2', level: 2, blocks: [...table(t.disputes)] },
    { text: SECTIONS.e, bookmark: 'bagian_e', level: 1, blocks: narrativeBlocks(narrative.obstacles) },
    { text: SECTIONS.f, bookmark: 'bagian_f', level: 1, blocks: narrativeBlocks(narrative.recommendations) },
  ];

  const blocks: Block[] = [
    ...cover(input),
    { type: 'title', text: 'DAFTAR ISI' },
    { type: 'toc', entries: body.map((s) => ({ text: s.text, bookmark: s.bookmark, level: s.level, ...(input.pages?.has(s.bookmark) ? { page: input.pages.get(s.bookmark)! } : {}) })) },
    { type: 'pageBreak' },
    ...body.flatMap((s) => [heading(s.text, s.bookmark, s.level), ...s.blocks]),
    {
      type: 'paragraph',
      runs: [{ text: 'Demikian laporan layanan informasi publik ini disusun sebagai pelaksanaan kewajiban Pasal 12 Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik.' }],
      keepWithNext: true,
    },
    ...(input.office.signature ? [input.office.signature] : []),
  ];
  const title = `${REPORT_TITLE} — ${figures.period.label}`;
  return {
    meta: { title, author: input.office.author, subject: 'Laporan layanan informasi publik (UU KIP Pasal 12; Perki 1/2021 Pasal 56)', keywords: ['PPID', 'laporan', figures.period.key], language: 'id-ID', createdAt: input.createdAt },
    page: { size: 'A4', orientation: 'portrait', marginsMm: { top: 25, right: 25, bottom: 20, left: 25 } },
    ...(input.office.letterhead ? { letterhead: input.office.letterhead } : {}),
    footer: { pageNumbers: true, text: `Laporan Layanan Informasi Publik — ${figures.period.label}` },
    blocks,
  };
}

// The published Daftar Informasi Publik (UU KIP Ps 7(3); Perki 1/2021): the classified public
// items grouped by category in the order of the law (berkala Ps 9, serta-merta Ps 10, setiap saat
// Ps 11), each with the DIP fields of DOMAIN.md, headed by the SK penetapan DIP and its last update.
// XLSX (exceljs) for the office's own use, and a DocumentSpec the PDF and DOCX renderers draw.
import ExcelJS from 'exceljs';
import { formatTanggal } from '../../../shared/domain/calendar/format';
import type { DipCategory } from '../../../shared/domain/archive/fields';
import type { DipDecree } from '../../../shared/ipc/channels/archiveDip';
import type { Block, DocumentSpec, Letterhead } from '../documents/model';
import type { ArchiveRow } from './repo';

export const FORM_LABELS: Record<ArchiveRow['form'], string> = { softcopy: 'Softcopy', hardcopy: 'Hardcopy', keduanya: 'Softcopy dan hardcopy' };

export type PublicCategory = Exclude<DipCategory, 'dikecualikan'>;
export const PUBLIC_CATEGORIES: readonly PublicCategory[] = ['berkala', 'serta_merta', 'setiap_saat'];

/** The section titles of the published DIP, in the order of UU KIP Ps 9-11. */
export const SECTION_TITLES: Record<PublicCategory, string> = {
  berkala: 'A. Informasi yang Wajib Disediakan dan Diumumkan secara Berkala (UU KIP Pasal 9)',
  serta_merta: 'B. Informasi yang Wajib Diumumkan secara Serta-merta (UU KIP Pasal 10)',
  setiap_saat: 'C. Informasi yang Wajib Tersedia Setiap Saat (UU KIP Pasal 11)',
};

export const DIP_COLUMNS = [
  { header: 'No.', widthPct: 4 },
  { header: 'Nomor DIP', widthPct: 9 },
  { header: 'Judul dan ringkasan informasi', widthPct: 29 },
  { header: 'Unit penguasa informasi', widthPct: 13 },
  { header: 'Penanggung jawab', widthPct: 12 },
  { header: 'Waktu dan tempat pembuatan', widthPct: 12 },
  { header: 'Bentuk informasi', widthPct: 9 },
  { header: 'Jangka waktu penyimpanan', widthPct: 12 },
] as const;

export function dipRow(row: ArchiveRow, index: number): string[] {
  const produced = [row.produced_date ? formatTanggal(row.produced_date) : '', row.produced_place].filter(Boolean).join(', ');
  return [
    String(index + 1),
    row.dip_number || '-',
    row.summary ? `${row.title}\n${row.summary}` : row.title,
    row.unit || '-',
    row.responsible || '-',
    produced || '-',
    FORM_LABELS[row.form],
    row.retention || '-',
  ];
}

/** The rows of each category, in the law's order; a category without items is still listed. */
export function groupByCategory(rows: ArchiveRow[]): Array<{ category: PublicCategory; rows: ArchiveRow[] }> {
  return PUBLIC_CATEGORIES.map((category) => ({ category, rows: rows.filter((r) => r.category === category) }));
}

/** "Keputusan Nomor … tanggal …; pemutakhiran terakhir …": the head line of both published lists. */
export function decreeLines(decree: DipDecree): Array<{ label: string; value: string }> {
  const set = decree.number !== '' && decree.date !== null;
  const updated = decree.updatedDate ?? decree.date;
  return [
    { label: 'Ditetapkan dengan', value: set ? `Keputusan Nomor ${decree.number} tanggal ${formatTanggal(decree.date!)}` : 'SK penetapan DIP belum diisi' },
    { label: 'Pemutakhiran terakhir', value: updated ? formatTanggal(updated) : '-' },
  ];
}

export async function dipXlsx(rows: ArchiveRow[], office: string, decree: DipDecree): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = office || 'PPID Desk';
  const sheet = book.addWorksheet('DIP', { pageSetup: { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  sheet.addRow([`DAFTAR INFORMASI PUBLIK${office ? ` — ${office}` : ''}`]).font = { bold: true, size: 13 };
  sheet.addRow([decreeLines(decree).map((l) => `${l.label}: ${l.value}`).join('; ')]);
  const header = sheet.addRow(DIP_COLUMNS.map((c) => c.header));
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'middle' };
  for (const group of groupByCategory(rows)) {
    const section = sheet.addRow([SECTION_TITLES[group.category]]);
    section.font = { bold: true };
    sheet.mergeCells(section.number, 1, section.number, DIP_COLUMNS.length);
    if (group.rows.length === 0) sheet.addRow(['', '', 'Tidak ada informasi dalam kategori ini.']);
    group.rows.forEach((row, i) => {
      const r = sheet.addRow(dipRow(row, i));
      r.alignment = { wrapText: true, vertical: 'top' };
    });
  }
  DIP_COLUMNS.forEach((c, i) => (sheet.getColumn(i + 1).width = Math.max(6, c.widthPct * 1.6)));
  sheet.views = [{ state: 'frozen', ySplit: 3 }];
  return Buffer.from(await book.xlsx.writeBuffer());
}

export interface ListOptions {
  office: string;
  createdAt: Date;
  decree: DipDecree;
  letterhead?: Letterhead;
  /** The PPID's signature under the list (the published list is signed). */
  signature?: Block;
}

/** The published DIP for the PDF/DOCX renderers: A4 landscape, one table per category. */
export function dipDocumentSpec(rows: ArchiveRow[], opts: ListOptions): DocumentSpec {
  const blocks: Block[] = [
    { type: 'title', text: 'DAFTAR INFORMASI PUBLIK', subtitle: opts.office },
    { type: 'fields', labelWidthMm: 50, rows: decreeLines(opts.decree) },
  ];
  for (const group of groupByCategory(rows)) {
    blocks.push({ type: 'heading', text: SECTION_TITLES[group.category], level: 2 });
    if (group.rows.length === 0) {
      blocks.push({ type: 'paragraph', runs: [{ text: 'Tidak ada informasi dalam kategori ini.', italic: true }] });
      continue;
    }
    blocks.push({
      type: 'table',
      columns: DIP_COLUMNS.map((c) => ({ header: c.header, widthPct: c.widthPct, ...(c.header === 'No.' ? { align: 'center' as const } : {}) })),
      rows: group.rows.map(dipRow),
      fontSizePt: 8,
    });
  }
  if (opts.signature) blocks.push({ type: 'spacer', heightMm: 4 }, opts.signature);
  const spec: DocumentSpec = {
    meta: { title: 'Daftar Informasi Publik', author: opts.office, subject: 'Daftar Informasi Publik (UU 14/2008 Pasal 7 ayat (3); Pasal 9, 10, 11)', language: 'id-ID', createdAt: opts.createdAt },
    page: { size: 'A4', orientation: 'landscape', marginsMm: { top: 15, right: 12, bottom: 15, left: 12 } },
    footer: { pageNumbers: true, text: 'Daftar Informasi Publik' },
    blocks,
  };
  if (opts.letterhead) spec.letterhead = opts.letterhead;
  return spec;
}

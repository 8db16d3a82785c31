// The Daftar Informasi Publik as a register: XLSX now (exceljs), and a DocumentSpec (landscape
// table) that the PDF and DOCX renderers of electron/core/documents draw.
import ExcelJS from 'exceljs';
import { DIP_CATEGORY_LABELS, EXEMPTION_LABELS } from '../../../shared/domain/archive/fields';
import { formatTanggal } from '../../../shared/domain/calendar/format';
import type { DocumentSpec, Letterhead } from '../documents/model';
import type { ArchiveRow } from './repo';

const FORM_LABELS: Record<ArchiveRow['form'], string> = { softcopy: 'Softcopy', hardcopy: 'Hardcopy', keduanya: 'Softcopy dan hardcopy' };

export const DIP_COLUMNS = [
  { header: 'No.', widthPct: 4 },
  { header: 'Nomor DIP', widthPct: 8 },
  { header: 'Judul dan ringkasan informasi', widthPct: 24 },
  { header: 'Unit penguasa informasi', widthPct: 11 },
  { header: 'Penanggung jawab', widthPct: 10 },
  { header: 'Waktu dan tempat pembuatan', widthPct: 10 },
  { header: 'Bentuk', widthPct: 7 },
  { header: 'Jangka waktu penyimpanan', widthPct: 9 },
  { header: 'Kategori', widthPct: 17 },
] as const;

function category(row: ArchiveRow): string {
  if (!row.category) return 'Belum diklasifikasi';
  if (row.category !== 'dikecualikan' || !row.exemption_letter) return DIP_CATEGORY_LABELS[row.category];
  const term = row.exemption_permanent ? 'tanpa batas waktu' : `${row.exemption_years} tahun`;
  return `Dikecualikan, Pasal 17 huruf ${row.exemption_letter} (${EXEMPTION_LABELS[row.exemption_letter]}); ${row.exemption_law}; ${term}; penetapan ${row.decree_number}${row.decree_date ? ` tanggal ${formatTanggal(row.decree_date)}` : ''}`;
}

export function dipRow(row: ArchiveRow, index: number): string[] {
  const produced = [row.produced_date ? formatTanggal(row.produced_date) : '', row.produced_place].filter(Boolean).join(', ');
  return [
    String(index + 1),
    row.dip_number,
    row.summary ? `${row.title}\n${row.summary}` : row.title,
    row.unit,
    row.responsible,
    produced,
    FORM_LABELS[row.form],
    row.retention,
    category(row),
  ];
}

export async function dipXlsx(rows: ArchiveRow[], office: string): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = office || 'PPID Desk';
  const sheet = book.addWorksheet('DIP', { pageSetup: { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  sheet.addRow([`DAFTAR INFORMASI PUBLIK${office ? ` — ${office}` : ''}`]).font = { bold: true, size: 13 };
  sheet.addRow([]);
  const header = sheet.addRow(DIP_COLUMNS.map((c) => c.header));
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'middle' };
  rows.forEach((row, i) => {
    const r = sheet.addRow(dipRow(row, i));
    r.alignment = { wrapText: true, vertical: 'top' };
  });
  DIP_COLUMNS.forEach((c, i) => (sheet.getColumn(i + 1).width = Math.max(6, c.widthPct * 1.6)));
  sheet.views = [{ state: 'frozen', ySplit: 3 }];
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** The DIP list for the PDF/DOCX renderers: A4 landscape, one bordered table repeating its header. */
export function dipDocumentSpec(rows: ArchiveRow[], opts: { office: string; createdAt: Date; placeDate?: string; letterhead?: Letterhead }): DocumentSpec {
  const spec: DocumentSpec = {
    meta: { title: 'Daftar Informasi Publik', author: opts.office, subject: 'Daftar Informasi Publik (UU 14/2008 Pasal 7 ayat (3))', language: 'id-ID', createdAt: opts.createdAt },
    page: { size: 'A4', orientation: 'landscape', marginsMm: { top: 15, right: 12, bottom: 15, left: 12 } },
    footer: { pageNumbers: true, text: 'Daftar Informasi Publik' },
    blocks: [
      { type: 'title', text: 'DAFTAR INFORMASI PUBLIK', subtitle: opts.office },
      {
        type: 'table',
        columns: DIP_COLUMNS.map((c) => ({ header: c.header, widthPct: c.widthPct, ...(c.header === 'No.' ? { align: 'center' as const } : {}) })),
        rows: rows.map(dipRow),
        fontSizePt: 8,
      },
      ...(rows.length === 0 ? [{ type: 'paragraph' as const, runs: [{ text: 'Belum ada dokumen yang diklasifikasi dalam arsip.' }] }] : []),
    ],
  };
  if (opts.letterhead) spec.letterhead = opts.letterhead;
  return spec;
}

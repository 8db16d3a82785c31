// The Daftar Informasi yang Dikecualikan: every exempt item with its Ps 17 basis, the harm the
// consequence test found, its term, its classification decree and its next review (UU KIP Ps 17,
// Ps 19, Ps 20; PP 61/2010 Ps 5-6). A list of its own: the published DIP carries public items only.
import ExcelJS from 'exceljs';
import { formatTanggal } from '../../../shared/domain/calendar/format';
import { exemptionBasis, exemptionTerm } from '../../../shared/domain/archive/exemptionText';
import type { DipDecree } from '../../../shared/ipc/channels/archiveDip';
import type { Block, DocumentSpec } from '../documents/model';
import { decreeLines, type ListOptions } from './dipList';
import type { ArchiveRow } from './repo';
import { lettersOf } from './service';

export const EXEMPT_COLUMNS = [
  { header: 'No.', widthPct: 4 },
  { header: 'Nomor DIP', widthPct: 8 },
  { header: 'Informasi yang dikecualikan', widthPct: 17 },
  { header: 'Dasar hukum pengecualian', widthPct: 17 },
  { header: 'Konsekuensi apabila dibuka', widthPct: 18 },
  { header: 'Jangka waktu pengecualian', widthPct: 9 },
  { header: 'Penetapan klasifikasi (nomor, tanggal)', widthPct: 16 },
  { header: 'Peninjauan berikutnya', widthPct: 11 },
] as const;

export function exemptRow(row: ArchiveRow, index: number): string[] {
  const information = row.ct_information.trim() !== '' && row.ct_information.trim() !== row.title ? `${row.title}\n${row.ct_information}` : row.title;
  const decree = row.decree_number !== '' ? `${row.decree_number}${row.decree_date ? `\n${formatTanggal(row.decree_date)}` : ''}` : 'Belum ditetapkan';
  return [
    String(index + 1),
    row.dip_number || '-',
    information,
    exemptionBasis(lettersOf(row), row.exemption_law).join(';\n') || '-',
    // The structured harm, else the note carried over from before the steps existed (migration 012).
    row.ct_harm.trim() !== '' ? row.ct_harm : row.consequence_test || '-',
    exemptionTerm(row.exemption_years, row.exemption_permanent === 1),
    decree,
    row.review_date ? formatTanggal(row.review_date) : '-',
  ];
}

export async function exemptXlsx(rows: ArchiveRow[], office: string, decree: DipDecree): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = office || 'PPID Desk';
  const sheet = book.addWorksheet('Dikecualikan', { pageSetup: { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  sheet.addRow([`DAFTAR INFORMASI YANG DIKECUALIKAN${office ? ` — ${office}` : ''}`]).font = { bold: true, size: 13 };
  sheet.addRow([decreeLines(decree).map((l) => `${l.label}: ${l.value}`).join('; ')]);
  const header = sheet.addRow(EXEMPT_COLUMNS.map((c) => c.header));
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'middle' };
  rows.forEach((row, i) => {
    const r = sheet.addRow(exemptRow(row, i));
    r.alignment = { wrapText: true, vertical: 'top' };
  });
  EXEMPT_COLUMNS.forEach((c, i) => (sheet.getColumn(i + 1).width = Math.max(6, c.widthPct * 1.6)));
  sheet.views = [{ state: 'frozen', ySplit: 3 }];
  return Buffer.from(await book.xlsx.writeBuffer());
}

export function exemptDocumentSpec(rows: ArchiveRow[], opts: ListOptions): DocumentSpec {
  const blocks: Block[] = [
    { type: 'title', text: 'DAFTAR INFORMASI YANG DIKECUALIKAN', subtitle: opts.office },
    { type: 'fields', labelWidthMm: 50, rows: decreeLines(opts.decree) },
    rows.length === 0
      ? { type: 'paragraph', runs: [{ text: 'Tidak ada informasi yang dikecualikan.', italic: true }] }
      : {
          type: 'table',
          columns: EXEMPT_COLUMNS.map((c) => ({ header: c.header, widthPct: c.widthPct, ...(c.header === 'No.' ? { align: 'center' as const } : {}) })),
          rows: rows.map(exemptRow),
          fontSizePt: 8,
        },
    {
      type: 'paragraph',
      runs: [{ text: 'Informasi yang dikecualikan bersifat ketat dan terbatas; setelah jangka waktu pengecualian berakhir, informasi tersebut menjadi informasi publik (UU KIP Pasal 2 ayat (2), Pasal 20).', italic: true }],
    },
  ];
  if (opts.signature) blocks.push({ type: 'spacer', heightMm: 4 }, opts.signature);
  const spec: DocumentSpec = {
    meta: { title: 'Daftar Informasi yang Dikecualikan', author: opts.office, subject: 'Daftar Informasi yang Dikecualikan (UU 14/2008 Pasal 17)', language: 'id-ID', createdAt: opts.createdAt },
    page: { size: 'A4', orientation: 'landscape', marginsMm: { top: 15, right: 12, bottom: 15, left: 12 } },
    footer: { pageNumbers: true, text: 'Daftar Informasi yang Dikecualikan' },
    blocks,
  };
  if (opts.letterhead) spec.letterhead = opts.letterhead;
  return spec;
}

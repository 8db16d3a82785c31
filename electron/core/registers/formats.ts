// A register table written as PDF/DOCX (landscape, through the shared DocumentSpec), XLSX and CSV.
//
// XLSX (exceljs): header row bold and frozen, column widths set, dates as real Excel dates shown
// dd/mm/yyyy (so offices can sort and filter by date), numbers as numbers.
// CSV (csv-stringify): UTF-8 with a BOM and ';' between fields: Excel in the Indonesian locale
// uses ',' as the decimal mark and expects ';' as the list separator, and without the BOM it reads
// names such as "Nur’aini" as Windows-1252. Dates dd/mm/yyyy text.
import { stringify } from 'csv-stringify/sync';
import type { Block, DocumentSpec, Letterhead } from '../documents/model';
import { cellText, ddmmyyyy, type RegisterTable } from './rows';

export function registerSpec(
  table: RegisterTable & { period: string },
  opts: { author: string; createdAt: Date; letterhead?: Letterhead; signature?: Block },
): DocumentSpec {
  const spec: DocumentSpec = {
    meta: { title: `${table.title} — ${table.period}`, author: opts.author, language: 'id-ID', createdAt: opts.createdAt, keywords: ['PPID', 'register', table.kind] },
    page: { size: 'A4', orientation: 'landscape', marginsMm: { top: 15, right: 12, bottom: 15, left: 12 } },
    footer: { pageNumbers: true, text: `${table.title} — ${table.period}` },
    blocks: [
      { type: 'title', text: table.title, subtitle: table.period },
      {
        type: 'table',
        // 6 pt once the permohonan register carries every column of the law (24): A4 landscape still fits.
        fontSizePt: table.columns.length > 20 ? 6 : 7,
        columns: table.columns.map((c) => ({ header: c.header, widthPct: c.widthPct, align: c.kind === 'number' ? 'right' : 'left' })),
        rows: table.rows.map((row) => row.map((cell, i) => cellText(cell, table.columns[i]!.kind))),
      },
      { type: 'paragraph', runs: [{ text: `Jumlah: ${table.rows.length} ${table.kind === 'permohonan' ? 'permohonan' : 'keberatan'}.` }], align: 'left' },
      ...(opts.signature ? [opts.signature] : []),
    ],
  };
  if (opts.letterhead) spec.letterhead = opts.letterhead;
  return spec;
}

export async function registerXlsx(table: RegisterTable & { period: string }, opts: { author: string; createdAt: Date }): Promise<Uint8Array> {
  // exceljs is large: loaded on the first XLSX export, not with the core.
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  wb.creator = opts.author;
  wb.created = opts.createdAt;
  wb.modified = opts.createdAt;
  wb.title = `${table.title} — ${table.period}`;
  const ws = wb.addWorksheet(table.kind === 'permohonan' ? 'Register permohonan' : 'Register keberatan', {
    views: [{ state: 'frozen', ySplit: 1 }],
    pageSetup: { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  ws.columns = table.columns.map((c) => ({
    header: c.header,
    width: c.xlsxWidth,
    ...(c.kind === 'date' ? { style: { numFmt: 'dd/mm/yyyy' } } : {}),
  }));
  ws.getRow(1).font = { bold: true };
  ws.getRow(1).alignment = { vertical: 'middle', wrapText: true };
  for (const row of table.rows) {
    ws.addRow(
      row.map((cell, i) => {
        if (cell === null) return null;
        // A local date as midnight UTC: Excel dates have no zone, so this shows exactly that day.
        if (table.columns[i]!.kind === 'date' && typeof cell === 'string') return new Date(`${cell}T00:00:00Z`);
        return cell;
      }),
    );
  }
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.columns.length } };
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

export function registerCsv(table: RegisterTable): Uint8Array {
  const text = stringify(
    [
      table.columns.map((c) => c.header),
      ...table.rows.map((row) =>
        row.map((cell, i) => {
          if (cell === null) return '';
          return table.columns[i]!.kind === 'date' && typeof cell === 'string' ? ddmmyyyy(cell) : String(cell);
        }),
      ),
    ],
    { delimiter: ';', bom: true, record_delimiter: 'windows' },
  );
  return new TextEncoder().encode(text);
}

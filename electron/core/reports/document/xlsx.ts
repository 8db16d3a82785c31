// The report's tables as a workbook (exceljs, as the registers use): a "Ringkasan" sheet first,
// then one sheet per table. Each sheet names the period above a bold header row; numbers are
// numbers (shares as Excel percentages, days with one decimal) so offices can chart and sum them.
import { formatTanggal } from '../../../../shared/domain/calendar/format';
import type { IsoDate } from '../../../../shared/domain/calendar/localDate';
import type { ReportFigures } from '../../../../shared/ipc/channels/reports';
import { REPORT_TITLE } from './spec';
import { cellKindOf, type CellKind, reportTables, tableList } from './tables';

const NUM_FMT: Record<CellKind, string | undefined> = { text: undefined, count: '#,##0', days: '0.0', share: '0.0%' };
/** Row of the header: title, period, a blank row, then the header. */
export const HEADER_ROW = 4;

export async function reportXlsx(figures: ReportFigures, opts: { author: string; createdAt: Date }): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  wb.creator = opts.author;
  wb.created = opts.createdAt;
  wb.modified = opts.createdAt;
  wb.title = `${REPORT_TITLE} — ${figures.period.label}`;
  const tables = reportTables(figures);
  const period = `Periode: ${figures.period.label} (${formatTanggal(figures.period.from as IsoDate)} s.d. ${formatTanggal(figures.period.to as IsoDate)})`;
  const ordered = tableList(tables);
  for (const table of ordered) {
    const ws = wb.addWorksheet(table.sheet.slice(0, 31), { views: [{ state: 'frozen', ySplit: HEADER_ROW }], pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
    ws.getCell(1, 1).value = table.title;
    ws.getCell(1, 1).font = { bold: true, size: 12 };
    ws.getCell(2, 1).value = period;
    const header = ws.getRow(HEADER_ROW);
    table.columns.forEach((c, i) => {
      header.getCell(i + 1).value = c.header;
      ws.getColumn(i + 1).width = c.kind === 'text' ? 60 : 14;
    });
    header.font = { bold: true };
    table.rows.forEach((row, r) => {
      const line = ws.getRow(HEADER_ROW + 1 + r);
      row.forEach((cell, c) => {
        const target = line.getCell(c + 1);
        target.value = cell;
        const fmt = NUM_FMT[cellKindOf(table, r, c)];
        if (fmt && typeof cell === 'number') target.numFmt = fmt;
      });
      if (table.total && r === table.rows.length - 1) line.font = { bold: true };
    });
    if (table.note) ws.getCell(HEADER_ROW + table.rows.length + 2, 1).value = table.note;
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

// The report's workbook: "Ringkasan" first, one sheet per table with the period and a header
// row, numbers stored as numbers (so an office can sum and chart them), shares as percentages.
import ExcelJS from 'exceljs';
import { reportTables, tableList } from '../../../../../electron/core/reports/document/tables';
import { HEADER_ROW } from '../../../../../electron/core/reports/document/xlsx';
import { renderToFile } from './render';
import fs from 'node:fs';

describe('report XLSX', () => {
  it('reopens with every table, the period on each sheet and the figures as numbers', async () => {
    const report = await renderToFile('xlsx');
    fs.rmSync(report.dir, { recursive: true, force: true });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(report.bytes) as unknown as ArrayBuffer);
    const tables = tableList(reportTables(report.figures));
    expect(wb.worksheets[0]!.name).toBe('Ringkasan');
    expect(wb.worksheets).toHaveLength(tables.length);
    for (const table of tables) {
      const ws = wb.getWorksheet(table.sheet)!;
      expect(ws, table.sheet).toBeTruthy();
      expect(String(ws.getCell(2, 1).value)).toContain(report.figures.period.label);
      expect(ws.getRow(HEADER_ROW).getCell(1).value).toBe(table.columns[0]!.header);
      expect(ws.getRow(HEADER_ROW).font?.bold).toBe(true);
      table.rows.forEach((row, r) =>
        row.forEach((cell, c) => {
          expect(ws.getRow(HEADER_ROW + 1 + r).getCell(c + 1).value, `${table.sheet} ${r},${c}`).toEqual(cell);
        }),
      );
    }
    const months = wb.getWorksheet('Per bulan')!;
    const r = report.figures.requests;
    expect(months.getRow(HEADER_ROW + 5).getCell(2).value).toBe(r.by_month[4]!.received);
    expect(months.getRow(HEADER_ROW + 1 + r.by_month.length).getCell(2).value).toBe(r.received);
    const decisions = wb.getWorksheet('Keputusan')!.getRow(HEADER_ROW + 3).getCell(3);
    expect(decisions.value).toBeCloseTo(r.refused / (r.granted_full + r.granted_partial + r.refused), 10);
    expect(decisions.numFmt).toBe('0.0%');
  });
});

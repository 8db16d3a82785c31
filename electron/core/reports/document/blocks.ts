// Small builders of the report's blocks: a ReportTable as a captioned table, narrative text as
// paragraphs (or an italic "Belum diisi." when the officer has not written it yet).
import type { Block } from '../../documents/model';
import { angka, desimal } from './format';
import { cellKindOf, type Cell, type CellKind, type ReportTable } from './tables';

export const EMPTY_NARRATIVE = 'Belum diisi.';
const CAPTION_PT = 9;

export function formatCell(value: Cell, kind: CellKind): string {
  if (value === null) return '–';
  if (typeof value === 'string') return value;
  // Shares always with one decimal, so a column of percentages lines up (30,1% over 12,0%).
  if (kind === 'share') return `${desimal(value * 100, 1, true)}%`;
  if (kind === 'days') return desimal(value);
  return angka(value);
}

/** "Tabel n. Title" above the table (kept with it), the table, and its note in small italics. */
export function tableBlocks(table: ReportTable, number: number): Block[] {
  const blocks: Block[] = [
    { type: 'paragraph', runs: [{ text: `Tabel ${number}. ${table.title}`, bold: true }], align: 'left', sizePt: 10, spaceAfterPt: 3, keepWithNext: true },
    {
      type: 'table',
      fontSizePt: 9.5,
      columns: table.columns.map((c) => ({ header: c.header, widthPct: c.widthPct, align: c.kind === 'text' ? 'left' : 'right' })),
      rows: table.rows.map((row, r) => row.map((cell, c) => formatCell(cell, cellKindOf(table, r, c)))),
      // Tables of a report's figures are short: one page each, never a header and a row alone.
      keepTogether: table.rows.length <= 16,
    },
  ];
  if (table.note) blocks.push({ type: 'paragraph', runs: [{ text: table.note, italic: true }], align: 'left', sizePt: CAPTION_PT });
  return blocks;
}

/**
 * The officer's text: paragraphs at blank lines, single line breaks kept (lists typed as
 * "- ..." lines stay lines). Empty text prints a visible placeholder, never nothing.
 */
export function narrativeBlocks(text: string | undefined | null): Block[] {
  const paragraphs = (text ?? '')
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((p) => p.replace(/[ \t]+$/gm, '').replace(/^\n+|\n+$/g, ''))
    .filter((p) => p.trim() !== '');
  if (paragraphs.length === 0) return [{ type: 'paragraph', runs: [{ text: EMPTY_NARRATIVE, italic: true }], align: 'left' }];
  return paragraphs.map((p) => ({ type: 'paragraph', runs: [{ text: p }], align: p.includes('\n') ? 'left' : 'justify' }));
}

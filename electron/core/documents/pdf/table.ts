// Bordered tables: column widths in % of the text column, every cell wrapped, a grey header row
// repeated at the top of each page the table runs onto, and rows never split across pages.
import type { Block } from '../model';
import { CELL_PADDING_PT, LINE_FACTOR, PARAGRAPH_AFTER_PT, TABLE_PT } from '../typography';
import { lineOps } from './flow';
import type { Chunk, Frame, Op } from './ops';
import { type Line, wrapRuns } from './wrap';

const BORDER_PT = 0.5;
const HEADER_GREY = 0.88;

type TableBlock = Extract<Block, { type: 'table' }>;

function columnEdges(block: TableBlock, frame: Frame): number[] {
  // Percentages that do not add up to 100 are scaled, so the table always spans the column.
  const total = block.columns.reduce((sum, c) => sum + Math.max(0, c.widthPct), 0) || 1;
  const edges = [frame.left];
  for (const column of block.columns) edges.push(edges[edges.length - 1]! + (frame.width * Math.max(0, column.widthPct)) / total);
  return edges;
}

/**
 * A row as one chunk (never split). Only a row taller than a whole page (a cell holding pages
 * of text) is cut into slices of lines, each slice a chunk with its own borders, or it would
 * run off the paper.
 */
function rowChunks(cells: string[], block: TableBlock, edges: number[], header: boolean, maxHeight: number): Chunk[] {
  const size = block.fontSizePt ?? TABLE_PT;
  const lineHeight = size * LINE_FACTOR;
  const wrapped: Line[][] = block.columns.map((_, c) => {
    const inner = edges[c + 1]! - edges[c]! - 2 * CELL_PADDING_PT;
    return wrapRuns([{ text: cells[c] ?? '', bold: header }], size, Math.max(inner, size));
  });
  const lineCount = Math.max(1, ...wrapped.map((lines) => lines.length));
  const perSlice = Math.max(1, Math.floor((maxHeight - 2 * CELL_PADDING_PT) / lineHeight));
  const slices: Array<[number, number]> = [];
  for (let from = 0; from < lineCount; from += perSlice) slices.push([from, Math.min(lineCount, from + perSlice)]);
  const left = edges[0]!;
  const right = edges[edges.length - 1]!;
  return slices.map(([from, to]) => {
    const height = (to - from) * lineHeight + 2 * CELL_PADDING_PT;
    return {
      height,
      gapAfter: 0,
      draw: (top: number) => {
        const ops: Op[] = [];
        if (header) ops.push({ kind: 'rect', x: left, y: top, width: right - left, height, fillGrey: HEADER_GREY });
        wrapped.forEach((lines, c) => {
          const x = edges[c]! + CELL_PADDING_PT;
          const inner = edges[c + 1]! - edges[c]! - 2 * CELL_PADDING_PT;
          const align = header ? 'center' : (block.columns[c]!.align ?? 'left');
          for (let i = from; i < Math.min(to, lines.length); i++) ops.push(...lineOps(lines[i]!, x, top + CELL_PADDING_PT + (i - from) * lineHeight, inner, align, size));
        });
        // Every row draws its own four sides, so a row at the top of a page is closed on top.
        ops.push({ kind: 'line', x1: left, y1: top, x2: right, y2: top, thickness: BORDER_PT });
        ops.push({ kind: 'line', x1: left, y1: top + height, x2: right, y2: top + height, thickness: BORDER_PT });
        for (const x of edges) ops.push({ kind: 'line', x1: x, y1: top, x2: x, y2: top + height, thickness: BORDER_PT });
        return ops;
      },
    };
  });
}

/** `maxHeight`: the height of a page's text area, the most a row may take before it is sliced. */
export function tableChunks(block: TableBlock, frame: Frame, maxHeight: number): Chunk[] {
  if (block.columns.length === 0) return [];
  const edges = columnEdges(block, frame);
  // A header taller than half a page would leave no room for rows: it is not repeated then.
  const headers = rowChunks(block.columns.map((c) => c.header), block, edges, true, maxHeight);
  const repeat = headers.length === 1 && headers[0]!.height <= maxHeight / 2 ? headers[0] : undefined;
  const rows = block.rows.flatMap((cells) => rowChunks(cells, block, edges, false, maxHeight - (repeat?.height ?? 0)).map((row) => ({ ...row, repeatHeader: repeat })));
  if (block.keepTogether) rows.forEach((row, i) => (row.keepWithNext = i < rows.length - 1));
  if (rows.length) rows[rows.length - 1]!.gapAfter = PARAGRAPH_AFTER_PT * 2;
  const last = headers[headers.length - 1]!;
  headers[headers.length - 1] = { ...last, keepWithNext: rows.length > 0, gapAfter: rows.length ? 0 : PARAGRAPH_AFTER_PT * 2 };
  return [...headers, ...rows];
}

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

function rowChunk(cells: string[], block: TableBlock, edges: number[], header: boolean): Chunk {
  const size = block.fontSizePt ?? TABLE_PT;
  const lineHeight = size * LINE_FACTOR;
  const wrapped: Line[][] = block.columns.map((_, c) => {
    const inner = edges[c + 1]! - edges[c]! - 2 * CELL_PADDING_PT;
    return wrapRuns([{ text: cells[c] ?? '', bold: header }], size, Math.max(inner, size));
  });
  const height = Math.max(...wrapped.map((lines) => lines.length)) * lineHeight + 2 * CELL_PADDING_PT;
  const left = edges[0]!;
  const right = edges[edges.length - 1]!;
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
        lines.forEach((line, i) => ops.push(...lineOps(line, x, top + CELL_PADDING_PT + i * lineHeight, inner, align, size)));
      });
      // Every row draws its own four sides, so a row at the top of a page is closed on top.
      ops.push({ kind: 'line', x1: left, y1: top, x2: right, y2: top, thickness: BORDER_PT });
      ops.push({ kind: 'line', x1: left, y1: top + height, x2: right, y2: top + height, thickness: BORDER_PT });
      for (const x of edges) ops.push({ kind: 'line', x1: x, y1: top, x2: x, y2: top + height, thickness: BORDER_PT });
      return ops;
    },
  };
}

export function tableChunks(block: TableBlock, frame: Frame): Chunk[] {
  const edges = columnEdges(block, frame);
  const header = rowChunk(block.columns.map((c) => c.header), block, edges, true);
  const rows = block.rows.map((cells) => ({ ...rowChunk(cells, block, edges, false), repeatHeader: header }));
  if (rows.length) rows[rows.length - 1]!.gapAfter = PARAGRAPH_AFTER_PT * 2;
  return [{ ...header, keepWithNext: rows.length > 0, gapAfter: 0, repeatHeader: undefined }, ...rows];
}

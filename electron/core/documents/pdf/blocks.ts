// Each Block of the DocumentSpec as chunks for the paginator: paragraphs and list items by line
// (so a long body flows onto the next page), fields and table rows by row (never split), the
// title and the signature block whole.
import type { Block, Run, SignatureParty } from '../model';
import { listMarker } from '../text';
import { mm } from '../page';
import { BODY_PT, FIELDS_LABEL_MM, LINE_FACTOR, HEADING_PT, LIST_INDENT_MM, PARAGRAPH_AFTER_PT, SIGNATURE_COLUMN, SIGNATURE_SPACE_MM, TITLE_PT } from '../typography';
import { merge, textChunks } from './flow';
import type { Chunk, Frame, Op } from './ops';
import { chartChunk, tocChunks } from './figure';
import { tableChunks } from './table';

const asRuns = (value: string | Run[]): Run[] => (typeof value === 'string' ? [{ text: value }] : value);

function fieldsChunks(block: Extract<Block, { type: 'fields' }>, frame: Frame): Chunk[] {
  const labelWidth = mm(block.labelWidthMm ?? FIELDS_LABEL_MM);
  const colonWidth = mm(4);
  return block.rows.flatMap((row, r) => {
    // Line by line, so a long value (the information requested, an address) can continue on
    // the next page like a paragraph; the label's lines and the first two value lines stay together.
    const label = textChunks([{ text: row.label }], { left: frame.left, width: labelWidth - mm(1) });
    const colon = textChunks([{ text: ':' }], { left: frame.left + labelWidth, width: colonWidth })[0]!;
    const value = textChunks(asRuns(row.value), { left: frame.left + labelWidth + colonWidth, width: frame.width - labelWidth - colonWidth });
    const count = Math.max(label.length, value.length);
    return Array.from({ length: count }, (_, i): Chunk => {
      const parts = [label[i], i === 0 ? colon : undefined, value[i]].filter((c): c is Chunk => c !== undefined);
      const last = i === count - 1;
      return {
        height: Math.max(...parts.map((c) => c.height)),
        gapAfter: last ? (r === block.rows.length - 1 ? PARAGRAPH_AFTER_PT : 1) : 0,
        keepWithNext: !last && (i < label.length - 1 || i === 0 || i === count - 2),
        draw: (top: number) => parts.flatMap((c) => c.draw(top)),
      };
    });
  });
}

function listChunks(block: Extract<Block, { type: 'list' }>, frame: Frame): Chunk[] {
  const size = block.sizePt ?? BODY_PT;
  // The marker column grows with the text, so "10." still fits beside a poster's larger items.
  const indent = mm(LIST_INDENT_MM) * (size / BODY_PT);
  return block.items.flatMap((item, index) => {
    const lines = textChunks(asRuns(item), frame, { size, indentLeft: indent, align: 'left', gapAfter: index === block.items.length - 1 ? PARAGRAPH_AFTER_PT : 2 });
    const marker = merge(textChunks([{ text: listMarker(block.style, index) }], { left: frame.left, width: indent }, { size }));
    const first = lines[0]!;
    lines[0] = { ...first, draw: (top) => [...marker.draw(top), ...first.draw(top)] };
    return lines;
  });
}

/** A signer's lines in its column: the head (place and date, titles) and the foot (name, NIP). */
function partyParts(party: SignatureParty, column: Frame, size: number): { head: Chunk[]; foot: Chunk[] } {
  const head: Chunk[] = [];
  if (party.placeDate) head.push(...textChunks([{ text: party.placeDate }], column, { size, align: 'center' }));
  for (const line of party.titleLines) head.push(...textChunks([{ text: line }], column, { size, align: 'center' }));
  const foot = textChunks([{ text: party.name, bold: true, underline: true }], column, { size, align: 'center' });
  if (party.nip) foot.push(...textChunks([{ text: party.nip }], column, { size, align: 'center' }));
  return { head, foot };
}

const blank = (height: number): Chunk => ({ height, gapAfter: 0, draw: () => [] });
const heightOf = (chunks: Chunk[]) => (chunks.length ? merge(chunks).height : 0);

function signatureChunk(block: Extract<Block, { type: 'signature' }>, frame: Frame): Chunk {
  // The right part of the column, lines centred on it, as on Indonesian official letters.
  const size = block.sizePt ?? BODY_PT;
  const rightWidth = frame.width * SIGNATURE_COLUMN;
  const right = partyParts(block, { left: frame.left + frame.width - rightWidth, width: rightWidth }, size);
  // A second signer (petugas penerima) on the left, its name level with the right one's.
  const left = block.left ? partyParts(block.left, { left: frame.left, width: frame.width - rightWidth - mm(4) }, size) : undefined;
  const headHeight = Math.max(heightOf(right.head), left ? heightOf(left.head) : 0);
  const space = mm(block.spaceMm ?? SIGNATURE_SPACE_MM);
  const side = (p: { head: Chunk[]; foot: Chunk[] }) =>
    // A blank line between the closing paragraph and the place and date.
    merge([blank(size * LINE_FACTOR), merge([...p.head, blank(0)], { height: headHeight }), blank(space), ...p.foot]);
  const r = side(right);
  const l = left ? side(left) : undefined;
  return {
    height: Math.max(r.height, l?.height ?? 0),
    gapAfter: PARAGRAPH_AFTER_PT,
    draw: (top: number) => [...r.draw(top), ...(l ? l.draw(top) : [])],
  };
}

const COLUMN_GAP_MM = 8;

const stackHeight = (chunks: Chunk[]) => chunks.reduce((sum, c) => sum + c.height + c.gapAfter, 0) - (chunks.at(-1)?.gapAfter ?? 0);

/** Chunks chained by keepWithNext (a heading and its first line, a table header and its first row) stay in one column. */
function groupsOf(chunks: Chunk[]): Chunk[][] {
  const groups: Chunk[][] = [];
  let current: Chunk[] = [];
  for (const chunk of chunks) {
    current.push(chunk);
    if (!chunk.keepWithNext) {
      groups.push(current);
      current = [];
    }
  }
  if (current.length) groups.push(current);
  return groups;
}

/** Fills columns no taller than `limit` (a group taller than that gets a column of its own). */
function fillColumns(groups: Chunk[][], limit: number): Chunk[][] {
  const columns: Chunk[][] = [[]];
  for (const group of groups) {
    const column = columns[columns.length - 1]!;
    if (column.length > 0 && stackHeight([...column, ...group]) > limit) {
      // A table running on into the next column repeats its header row there, as on a new page.
      const header = group[0]!.repeatHeader;
      columns.push([...(header ? [header] : []), ...group]);
    } else column.push(...group);
  }
  return columns;
}

/** The lowest column height at which the chunks fit in `count` columns. */
function balanced(chunks: Chunk[], count: number): Chunk[][] {
  const groups = groupsOf(chunks);
  const total = stackHeight(chunks);
  for (let limit = total / count; limit < total; limit += 1) {
    const columns = fillColumns(groups, limit);
    if (columns.length <= count) return columns;
  }
  return [chunks];
}

const shift = (op: Op, dx: number): Op => {
  switch (op.kind) {
    case 'line':
      return { ...op, x1: op.x1 + dx, x2: op.x2 + dx };
    case 'mark':
      return op;
    default:
      return { ...op, x: op.x + dx };
  }
};

/** One chunk with the columns drawn side by side, or the blocks in sequence when a column is taller than a page. */
function columnsChunks(block: Extract<Block, { type: 'columns' }>, frame: Frame, bodyHeight: number): Chunk[] {
  const flow = block.columns.length === 1 && (block.count ?? 1) > 1;
  const count = flow ? block.count! : Math.max(1, block.columns.length);
  const gap = mm(block.gapMm ?? COLUMN_GAP_MM);
  const width = (frame.width - gap * (count - 1)) / count;
  const column: Frame = { left: frame.left, width };
  // Laid out in the first column's frame, then moved right by whole columns when drawn.
  const stacks = flow
    ? balanced(block.columns[0]!.flatMap((b) => blockChunks(b, column, bodyHeight)), count)
    : block.columns.map((blocks) => blocks.flatMap((b) => blockChunks(b, column, bodyHeight)));
  const laid = stacks.map((chunks, i) => {
    const merged = chunks.length ? merge(chunks) : blank(0);
    const dx = i * (width + gap);
    return { height: merged.height, draw: (top: number) => merged.draw(top).map((op) => shift(op, dx)) };
  });
  const height = Math.max(0, ...laid.map((c) => c.height));
  if (height > bodyHeight) return block.columns.flat().flatMap((b) => blockChunks(b, frame, bodyHeight));
  return [{ height, gapAfter: PARAGRAPH_AFTER_PT, draw: (top: number) => laid.flatMap((c) => c.draw(top)) }];
}

/** `bodyHeight`: the height of a page's text area (a table row taller than that is sliced). */
export function blockChunks(block: Block, frame: Frame, bodyHeight: number): Chunk[] {
  switch (block.type) {
    case 'paragraph':
      return textChunks(block.runs, frame, {
        align: block.align ?? 'justify',
        indentFirst: block.indentFirstLineMm ? mm(block.indentFirstLineMm) : 0,
        indentLeft: block.indentLeftMm ? mm(block.indentLeftMm) : 0,
        gapAfter: block.spaceAfterPt ?? PARAGRAPH_AFTER_PT,
        keepWithNext: block.keepWithNext,
        ...(block.sizePt ? { size: block.sizePt } : {}),
      });
    case 'title': {
      const parts = textChunks([{ text: block.text, bold: true, underline: Boolean(block.subtitle) }], frame, { size: block.sizePt ?? TITLE_PT, align: 'center' });
      if (block.subtitle) parts.push(...textChunks([{ text: block.subtitle }], frame, { align: 'center' }));
      return [merge(parts, { gapAfter: PARAGRAPH_AFTER_PT * 2, keepWithNext: true })];
    }
    case 'heading': {
      const size = block.sizePt ?? HEADING_PT[block.level];
      const lines = textChunks([{ text: block.text, bold: true }], frame, { size, keepLines: true, keepWithNext: true, gapAfter: 4 });
      const mark: Op[] = block.bookmark ? [{ kind: 'mark', id: block.bookmark }] : [];
      lines[0] = { ...lines[0]!, height: lines[0]!.height + 6, draw: ((d) => (top: number) => [...mark, ...d(top + 6)])(lines[0]!.draw) };
      return lines;
    }
    case 'fields':
      return fieldsChunks(block, frame);
    case 'table':
      return tableChunks(block, frame, bodyHeight);
    case 'list':
      return listChunks(block, frame);
    case 'signature':
      return [signatureChunk(block, frame)];
    case 'chart':
      return [chartChunk(block, frame, bodyHeight)];
    case 'toc':
      return tocChunks(block, frame);
    case 'columns':
      return columnsChunks(block, frame, bodyHeight);
    case 'spacer':
      // Clamped to a page: a spacer never pushes content off the paper.
      return [{ height: Math.min(Math.max(0, mm(block.heightMm)), bodyHeight), gapAfter: 0, draw: () => [] }];
    case 'pageBreak':
      return [{ height: 0, gapAfter: 0, pageBreakBefore: true, draw: () => [] }];
  }
}

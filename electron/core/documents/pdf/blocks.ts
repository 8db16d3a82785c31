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

/** One chunk with every column drawn side by side, or the columns in sequence when one is taller than a page. */
function columnsChunks(block: Extract<Block, { type: 'columns' }>, frame: Frame, bodyHeight: number): Chunk[] {
  const count = Math.max(1, block.columns.length);
  const gap = mm(block.gapMm ?? COLUMN_GAP_MM);
  const width = (frame.width - gap * (count - 1)) / count;
  const laid = block.columns.map((blocks, i) => {
    const chunks = blocks.flatMap((b) => blockChunks(b, { left: frame.left + i * (width + gap), width }, bodyHeight));
    return chunks.length ? merge(chunks) : blank(0);
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

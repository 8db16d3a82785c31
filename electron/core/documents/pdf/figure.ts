// The report's blocks for the PDF: a chart (its print-resolution PNG, centred, with the caption
// under it, kept whole) and the daftar isi (entry text, dot leaders, the page number at the right).
import type { Block } from '../model';
import { mm } from '../page';
import { BODY_PT, LINE_FACTOR, PARAGRAPH_AFTER_PT } from '../typography';
import { lineOps, merge, textChunks } from './flow';
import { textWidth } from './measure';
import type { Chunk, Frame, Op } from './ops';
import { wrapRuns } from './wrap';

/** Caption size: a little smaller than the body, like Word's "Caption" style. */
const CAPTION_PT = 9;

export function chartChunk(block: Extract<Block, { type: 'chart' }>, frame: Frame, bodyHeight: number): Chunk {
  const caption = textChunks([{ text: block.caption, italic: true }], frame, { size: CAPTION_PT, align: 'center' });
  const captionHeight = caption.length * CAPTION_PT * LINE_FACTOR;
  // A chart never runs off the page: scaled down (proportions kept) to what fits with its caption.
  let width = Math.min(mm(block.widthMm), frame.width);
  let height = (width * block.heightMm) / block.widthMm;
  const room = bodyHeight - captionHeight - 4;
  if (height > room) {
    width = (width * room) / height;
    height = room;
  }
  const image: Chunk = {
    height: height + 4,
    gapAfter: 0,
    draw: (top: number): Op[] => [{ kind: 'image', x: frame.left + (frame.width - width) / 2, y: top, width, height, bytes: block.png.bytes, mime: 'image/png' }],
  };
  // Kept with what follows: the chart's data table starts on the same page.
  return merge([image, ...caption], { gapAfter: PARAGRAPH_AFTER_PT, keepWithNext: true });
}

/** One chunk per entry: the title wrapped left of the page-number column, dots up to the number. */
export function tocChunks(block: Extract<Block, { type: 'toc' }>, frame: Frame): Chunk[] {
  const size = BODY_PT;
  const lineHeight = size * LINE_FACTOR;
  const numberColumn = mm(12);
  const dot = textWidth('.', 'regular', size);
  return block.entries.map((entry, index) => {
    const indent = entry.level === 2 ? mm(6) : 0;
    const textWidthAvail = frame.width - indent - numberColumn - mm(4);
    const lines = wrapRuns([{ text: entry.text, bold: entry.level !== 2 }], size, textWidthAvail);
    const page = entry.page === undefined ? '' : String(entry.page);
    const pageWidth = textWidth(page, 'regular', size);
    const last = lines[lines.length - 1]!;
    return {
      height: lines.length * lineHeight,
      gapAfter: index === block.entries.length - 1 ? PARAGRAPH_AFTER_PT * 2 : 3,
      draw: (top: number) => {
        const ops: Op[] = [];
        lines.forEach((line, i) => ops.push(...lineOps(line, frame.left + indent, top + i * lineHeight, textWidthAvail, 'left', size)));
        const lastTop = top + (lines.length - 1) * lineHeight;
        const right = frame.left + frame.width;
        // Dot leaders from just after the text to just before the number, on the last line.
        const from = frame.left + indent + last.naturalWidth + mm(2);
        const to = right - pageWidth - mm(2);
        const count = Math.floor((to - from) / (dot * 2));
        if (count > 0) {
          const leader = wrapRuns([{ text: Array.from({ length: count }, () => '.').join(' ') }], size, to - from + dot * 4)[0]!;
          ops.push(...lineOps(leader, to - leader.naturalWidth, lastTop, leader.naturalWidth, 'left', size));
        }
        if (page) ops.push(...lineOps(wrapRuns([{ text: page }], size, numberColumn)[0]!, right - numberColumn, lastTop, numberColumn, 'right', size));
        return ops;
      },
    };
  });
}



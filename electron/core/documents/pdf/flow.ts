// Wrapped text as chunks: one chunk per line (so a long body flows onto the next page), and
// merge() for the pieces that must stay whole.
import type { Align, Run } from '../model';
import { BODY_PT, LINE_FACTOR } from '../typography';
import { ascentOf } from './measure';
import type { Chunk, Frame, Op } from './ops';
import { type Line, placeLine, wrapRuns } from './wrap';

/** Ops for one wrapped line with its top at `top`, in a column starting at `x`, `width` wide. */
export function lineOps(line: Line, x: number, top: number, width: number, align: Align, size: number): Op[] {
  // Arimo's glyph box (ascent + descent) is 1.117 em; the rest of the 1.15 em line is shared
  // above and below, as Word does.
  const baseline = top + ascentOf('regular', size) + (size * LINE_FACTOR - size * 1.117) / 2;
  const { pieces, underlines } = placeLine(line, width, align);
  const ops: Op[] = pieces.map((p) => ({ kind: 'text', x: x + p.x, y: baseline, text: p.text, style: p.style, size }));
  const underlineY = baseline + size * 0.12;
  for (const [a, b] of underlines) ops.push({ kind: 'line', x1: x + a, y1: underlineY, x2: x + b, y2: underlineY, thickness: size * 0.06 });
  return ops;
}

interface TextOptions {
  size?: number;
  align?: Align;
  indentLeft?: number;
  indentFirst?: number;
  gapAfter?: number;
  keepWithNext?: boolean;
  /** Keep every line of the block together (a title, a signature). */
  keepLines?: boolean;
}

/** One chunk per line of wrapped text. */
export function textChunks(runs: Run[], frame: Frame, opts: TextOptions = {}): Chunk[] {
  const size = opts.size ?? BODY_PT;
  const indentLeft = opts.indentLeft ?? 0;
  const indentFirst = opts.indentFirst ?? 0;
  const width = frame.width - indentLeft;
  const lines = wrapRuns(runs, size, width, width - indentFirst);
  const lineHeight = size * LINE_FACTOR;
  return lines.map((line, i) => {
    const last = i === lines.length - 1;
    const offset = indentLeft + (i === 0 ? indentFirst : 0);
    return {
      height: lineHeight,
      gapAfter: last ? (opts.gapAfter ?? 0) : 0,
      // Widow and orphan control, as Word's Normal style does: never one line of a paragraph
      // alone at the foot or the head of a page.
      keepWithNext: last ? opts.keepWithNext : opts.keepLines || i === 0 || i === lines.length - 2,
      draw: (top: number) => lineOps(line, frame.left + offset, top, width - (i === 0 ? indentFirst : 0), opts.align ?? 'left', size),
    };
  });
}

/** Merges chunks into one unsplittable chunk (title with subtitle, signature block, a fields row). */
export function merge(chunks: Chunk[], extra: Partial<Chunk> = {}): Chunk {
  const tops: number[] = [];
  let h = 0;
  chunks.forEach((c, i) => {
    tops.push(h);
    h += c.height + (i < chunks.length - 1 ? c.gapAfter : 0);
  });
  const last = chunks[chunks.length - 1];
  return {
    height: h,
    gapAfter: last?.gapAfter ?? 0,
    draw: (top) => chunks.flatMap((c, i) => c.draw(top + tops[i]!)),
    ...extra,
  };
}


// What the layout hands to the drawing step: positioned text, lines, rectangles and images in
// points with y measured DOWN from the top of the page (the drawing step flips it for PDF).
import type { FontStyle } from './fonts';

export type Op =
  | { kind: 'text'; x: number; y: number; text: string; style: FontStyle; size: number }
  | { kind: 'line'; x1: number; y1: number; x2: number; y2: number; thickness: number }
  | { kind: 'rect'; x: number; y: number; width: number; height: number; fillGrey: number }
  | { kind: 'image'; x: number; y: number; width: number; height: number; bytes: Uint8Array; mime: 'image/png' | 'image/jpeg' }
  /** Draws nothing: marks the page a bookmarked heading landed on (the daftar isi's page numbers). */
  | { kind: 'mark'; id: string };

/**
 * A piece of the flow that is never split across pages: a line of a paragraph, a table row, a
 * whole signature block. `draw` returns its ops with its top edge at `top`.
 */
export interface Chunk {
  height: number;
  /** Space after the chunk; dropped when the chunk ends a page. */
  gapAfter: number;
  keepWithNext?: boolean;
  pageBreakBefore?: boolean;
  /** Drawn again at the top of a new page before this chunk (a table's header row). */
  repeatHeader?: Chunk;
  draw: (top: number) => Op[];
}

export interface Frame {
  /** Left edge and width of the text column, in points. */
  left: number;
  width: number;
}

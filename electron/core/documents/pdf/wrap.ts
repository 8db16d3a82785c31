// Line breaking for the PDF: words across styled runs, greedy fill, words longer than the column
// (a 60-character e-mail address, a name typed without spaces) cut by character so nothing
// runs off the page, and justification that stretches every line but the last.
import type { Align, Run } from '../model';
import { cleanText } from '../text';
import { type FontStyle, printable, styleOf } from './fonts';
import { textWidth } from './measure';

export interface Piece {
  text: string;
  style: FontStyle;
  underline: boolean;
  width: number;
}

interface Word {
  pieces: Piece[];
  width: number;
}

export interface Line {
  words: Word[];
  /** Width of the space before each word (index 0 unused). */
  gaps: Array<{ width: number; underline: boolean }>;
  naturalWidth: number;
  /** Last line of a paragraph or before a forced newline: never justified. */
  last: boolean;
}

export interface PlacedPiece extends Piece {
  x: number;
}

type Item = { kind: 'word'; word: Word } | { kind: 'space'; width: number; underline: boolean } | { kind: 'newline' };

function tokenize(runs: Run[], size: number): Item[] {
  const items: Item[] = [];
  let current: Word | undefined;
  for (const run of runs) {
    const style = styleOf(run.bold, run.italic);
    const underline = Boolean(run.underline);
    const text = printable(cleanText(run.text), style);
    for (const token of text.split(/( +|\n)/)) {
      if (token === '') continue;
      if (token === '\n') {
        current = undefined;
        items.push({ kind: 'newline' });
      } else if (token.startsWith(' ')) {
        current = undefined;
        const prev = items[items.length - 1];
        if (prev?.kind !== 'space') items.push({ kind: 'space', width: textWidth(' ', style, size), underline });
      } else {
        // A no-break space holds a word group together ("No. 41", "Telepon (0541) 741041") and
        // prints as an ordinary space, so the PDF's text reads back with plain spaces.
        const shown = token.replace(/\u00a0/g, ' ');
        const piece: Piece = { text: shown, style, underline, width: textWidth(shown, style, size) };
        if (!current) {
          current = { pieces: [], width: 0 };
          items.push({ kind: 'word', word: current });
        }
        current.pieces.push(piece);
        current.width += piece.width;
      }
    }
  }
  return items;
}

/** Cuts a word wider than the column into pieces that fit, character by character. */
function splitWord(word: Word, available: number, size: number): Word[] {
  const parts: Word[] = [];
  let part: Word = { pieces: [], width: 0 };
  for (const piece of word.pieces) {
    let buffer = '';
    let bufferWidth = 0;
    for (const ch of piece.text) {
      const w = textWidth(ch, piece.style, size);
      if (part.width + bufferWidth + w > available && (part.width > 0 || buffer !== '')) {
        if (buffer) part.pieces.push({ ...piece, text: buffer, width: bufferWidth });
        part.width += bufferWidth;
        parts.push(part);
        part = { pieces: [], width: 0 };
        buffer = '';
        bufferWidth = 0;
      }
      buffer += ch;
      bufferWidth += w;
    }
    if (buffer) {
      part.pieces.push({ ...piece, text: buffer, width: bufferWidth });
      part.width += bufferWidth;
    }
  }
  if (part.pieces.length) parts.push(part);
  return parts;
}

/**
 * Breaks runs into lines no wider than `width` (the first line `firstWidth`, for a first-line
 * indent or a hanging list marker). Always returns at least one line, so an empty paragraph
 * still takes its height like an empty paragraph in Word.
 */
export function wrapRuns(runs: Run[], size: number, width: number, firstWidth = width): Line[] {
  const lines: Line[] = [];
  let line: Line = { words: [], gaps: [], naturalWidth: 0, last: false };
  let pendingGap: { width: number; underline: boolean } | undefined;
  const avail = () => (lines.length === 0 ? firstWidth : width);
  const push = (last: boolean) => {
    line.last = last;
    lines.push(line);
    line = { words: [], gaps: [], naturalWidth: 0, last: false };
    pendingGap = undefined;
  };
  const place = (word: Word) => {
    const gap = line.words.length ? (pendingGap ?? { width: 0, underline: false }) : { width: 0, underline: false };
    line.words.push(word);
    line.gaps.push(gap);
    line.naturalWidth += gap.width + word.width;
    pendingGap = undefined;
  };
  for (const item of tokenize(runs, size)) {
    if (item.kind === 'newline') push(true);
    else if (item.kind === 'space') pendingGap = line.words.length ? { width: item.width, underline: item.underline } : undefined;
    else {
      const gapWidth = line.words.length ? (pendingGap?.width ?? 0) : 0;
      if (line.naturalWidth + gapWidth + item.word.width <= avail() + 0.01) {
        place(item.word);
        continue;
      }
      if (line.words.length) push(false);
      if (item.word.width <= avail() + 0.01) place(item.word);
      else {
        const parts = splitWord(item.word, avail(), size);
        parts.forEach((part, i) => {
          if (i > 0) push(false);
          place(part);
        });
      }
    }
  }
  push(true);
  return lines;
}

/** x positions of each piece of a line in a column `width` wide (the line's own offset excluded). */
export function placeLine(line: Line, width: number, align: Align): { pieces: PlacedPiece[]; underlines: Array<[number, number]> } {
  let extra = 0;
  let x = 0;
  const slack = Math.max(0, width - line.naturalWidth);
  if (align === 'center') x = slack / 2;
  else if (align === 'right') x = slack;
  else if (align === 'justify' && !line.last && line.words.length > 1) extra = slack / (line.words.length - 1);
  const pieces: PlacedPiece[] = [];
  const underlines: Array<[number, number]> = [];
  line.words.forEach((word, i) => {
    if (i > 0) {
      const gap = line.gaps[i]!;
      const gapWidth = gap.width + extra;
      if (gap.underline) underlines.push([x, x + gapWidth]);
      x += gapWidth;
    }
    for (const piece of word.pieces) {
      pieces.push({ ...piece, x });
      if (piece.underline) underlines.push([x, x + piece.width]);
      x += piece.width;
    }
  });
  return { pieces, underlines };
}

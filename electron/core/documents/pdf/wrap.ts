// Line breaking for the PDF: words across styled runs, greedy fill at word boundaries; a word
// alone wider than its column is hyphenated at a syllable (hyphen.ts), and what cannot be (a
// 60-character e-mail address, a number) is cut by character so nothing runs off the page;
// justification stretches every line but the last.
import type { Align, Run } from '../model';
import { cleanText } from '../text';
import { type FontStyle, printable, styleOf } from './fonts';
import { textWidth } from './measure';
import { hyphenBreaks } from './hyphen';

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

/**
 * A plain word wider than the column, broken at its syllables with a hyphen (hyphen.ts): the
 * longest head that fits with its hyphen, again on the rest. Null when some part cannot be broken
 * that way (no break point fits): the caller then cuts by character.
 */
function hyphenateWord(word: Word, available: number, size: number): Word[] | null {
  if (word.pieces.length !== 1) return null;
  const piece = word.pieces[0]!;
  const parts: Word[] = [];
  let rest = piece.text;
  const hyphen = textWidth('-', piece.style, size);
  while (textWidth(rest, piece.style, size) > available + 0.01) {
    const fit = hyphenBreaks(rest)
      .filter((b) => textWidth(rest.slice(0, b), piece.style, size) + hyphen <= available + 0.01)
      .pop();
    if (fit === undefined) return null;
    const head = `${rest.slice(0, fit)}-`;
    const width = textWidth(head, piece.style, size);
    parts.push({ pieces: [{ ...piece, text: head, width }], width });
    rest = rest.slice(fit);
  }
  const width = textWidth(rest, piece.style, size);
  parts.push({ pieces: [{ ...piece, text: rest, width }], width });
  return parts;
}

/** Cuts a word longer than the column into pieces that fit, character by character (e-mail addresses, numbers, long runs). */
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
        const parts = hyphenateWord(item.word, avail(), size) ?? splitWord(item.word, avail(), size);
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

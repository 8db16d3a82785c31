// Kop surat lines shrink to fit before they wrap: "PEMERINTAH KABUPATEN KUTAI KARTANEGARA" is one
// line on a printed kop, set a little smaller, never broken as "KUTAI / KARTANEGARA". Both
// renderers ask this one function, so the PDF and the DOCX set the same size (Arimo has Arial's
// metrics, which Word and LibreOffice use for the DOCX).
import { cleanText } from './text';
import { printable, styleOf } from './pdf/fonts';
import { textWidth } from './pdf/measure';

/** A line shrinks to at most this share of its size; below it the line wraps instead (still legible). */
export const KOP_SHRINK_FLOOR = 0.85;

/**
 * The size (pt, in half-point steps so that Word can set it exactly) at which `text` fits in
 * `widthPt`: the full `size` when it fits, else smaller down to the floor.
 */
export function kopLineSize(text: string, bold: boolean, size: number, widthPt: number): number {
  const style = styleOf(bold, false);
  const natural = textWidth(printable(cleanText(text), style).replace(/\u00a0/g, ' '), style, size);
  // A point of slack: Word rounds widths to twips and must not wrap what the PDF keeps on one line.
  const room = widthPt - 1;
  if (natural <= room) return size;
  const fitted = Math.floor(((size * room) / natural) * 2) / 2;
  return Math.max(fitted, Math.ceil(size * KOP_SHRINK_FLOOR * 2) / 2);
}

// Advance widths from the full Arimo fonts (parsed once). Widths are the sum of glyph advances,
// exactly what pdf-lib draws (it applies no kerning), so a measured line ends where it is drawn.
import fontkit from '@pdf-lib/fontkit';
import { type FontStyle, fontBytes } from './fonts';

interface Metrics {
  unitsPerEm: number;
  advance: Map<number, number>;
  font: ReturnType<typeof fontkit.create>;
}
const metrics = new Map<FontStyle, Metrics>();

function metricsOf(style: FontStyle): Metrics {
  let m = metrics.get(style);
  if (!m) {
    const font = fontkit.create(fontBytes(style));
    m = { unitsPerEm: font.unitsPerEm, advance: new Map(), font };
    metrics.set(style, m);
  }
  return m;
}

/** Width in points of already-printable text (see printable()) at `size` pt. */
export function textWidth(text: string, style: FontStyle, size: number): number {
  const m = metricsOf(style);
  let units = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    let adv = m.advance.get(cp);
    if (adv === undefined) {
      adv = m.font.glyphForCodePoint(cp).advanceWidth;
      m.advance.set(cp, adv);
    }
    units += adv;
  }
  return (units / m.unitsPerEm) * size;
}

/** Baseline offset from the top of a line box, so text sits like Word's (ascent-based). */
export function ascentOf(style: FontStyle, size: number): number {
  const m = metricsOf(style);
  return (m.font.ascent / m.unitsPerEm) * size;
}

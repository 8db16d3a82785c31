// Kop surat on page 1: logo at the left (about 2.5 cm), the instansi lines centred (the last
// bold and larger), address and contacts smaller, and a thick-over-thin double rule under it.
import type { Letterhead } from '../model';
import { kopLineSize } from '../kopFit';
import { mm } from '../page';
import { contactsLine } from '../text';
import { KOP, LINE_FACTOR } from '../typography';
import { merge, textChunks } from './flow';
import type { Chunk, Frame, Op } from './ops';

const RULE_GAP_PT = 4;

/** One chunk (height includes the rule and the space under it) drawn at the top of page 1. */
export function letterheadChunk(head: Letterhead, frame: Frame, logoSize?: { width: number; height: number }): Chunk {
  const k = head.scale ?? 1;
  const logoBox = head.logo ? mm(KOP.logoMm) * k : 0;
  // With a logo, the text is centred between the logo and an equal reserve on the right, so
  // the lines stay centred on the page as on a printed kop.
  const inset = logoBox ? logoBox + mm(3) : 0;
  const textFrame: Frame = { left: frame.left + inset, width: frame.width - 2 * inset };
  const parts: Chunk[] = [];
  head.lines.forEach((line, i) => {
    const last = i === head.lines.length - 1;
    const size = kopLineSize(line, last, (last ? KOP.lastLinePt : KOP.linePt) * k, textFrame.width);
    parts.push(...textChunks([{ text: line, bold: last }], textFrame, { size, align: 'center' }));
  });
  for (const text of [head.address, contactsLine(head.contacts)]) {
    if (text.trim()) parts.push(...textChunks([{ text }], textFrame, { size: KOP.addressPt * k, align: 'center' }));
  }
  const text = merge(parts);
  const logoHeight = logoSize && logoBox ? Math.min(logoBox, (logoBox * logoSize.height) / logoSize.width) : 0;
  const logoWidth = logoSize && logoBox ? (logoHeight * logoSize.width) / logoSize.height : 0;
  const bodyHeight = Math.max(text.height, logoHeight);
  const ruleTop = bodyHeight + RULE_GAP_PT;
  return {
    height: ruleTop + 4,
    gapAfter: KOP.addressPt * LINE_FACTOR * 1.5,
    draw: (top: number) => {
      const ops: Op[] = text.draw(top + (bodyHeight - text.height) / 2);
      if (head.logo && logoSize) {
        ops.push({ kind: 'image', x: frame.left + (logoBox - logoWidth) / 2, y: top + (bodyHeight - logoHeight) / 2, width: logoWidth, height: logoHeight, bytes: head.logo.bytes, mime: head.logo.mime });
      }
      const right = frame.left + frame.width;
      ops.push({ kind: 'line', x1: frame.left, y1: top + ruleTop, x2: right, y2: top + ruleTop, thickness: 2.25 });
      ops.push({ kind: 'line', x1: frame.left, y1: top + ruleTop + 3, x2: right, y2: top + ruleTop + 3, thickness: 0.75 });
      return ops;
    },
  };
}

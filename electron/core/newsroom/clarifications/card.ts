// The 1080×1080 social-media card of a clarification: an SVG template (office logo and name, the
// label in a bold band, the claim and the facts, the source and number at the foot) whose text is
// wrapped here with Arimo's own metrics and the PDF's Indonesian line breaker, then rasterised
// offline by @resvg/resvg-js with the Arimo files (never system fonts) — the same picture on every
// machine. The alt text goes into the PNG itself (iTXt "Description") and travels with the export.
import { crc32 } from 'node:zlib';
import { labelTag, type ClarificationLabel } from '../../../../shared/domain/newsroom/clarifications';
import type { ClarificationDetail } from '../../../../shared/ipc/channels/clarifications';
import { printable } from '../../documents/pdf/fonts';
import { textWidth } from '../../documents/pdf/measure';
import { wrapRuns } from '../../documents/pdf/wrap';
import { arimoFiles, FONT_FAMILY } from '../../reports/document/charts';

export const CARD_SIZE = 1080;
const MARGIN = 64;
const TEXT_WIDTH = CARD_SIZE - 2 * MARGIN;

/** Label colours: each passes WCAG AA on white and on its tint. */
const BAND: Record<ClarificationLabel, string> = { HOAKS: '#b3121b', DISINFORMASI: '#a33d00', MISINFORMASI: '#6b4a00' };
const TINT: Record<ClarificationLabel, string> = { HOAKS: '#fde8e8', DISINFORMASI: '#fdeedf', MISINFORMASI: '#fbf3dc' };

export interface CardInput {
  clarification: Pick<ClarificationDetail, 'number' | 'label' | 'title' | 'claim' | 'facts' | 'source'>;
  office: string;
  dateText: string;
  logo?: { bytes: Uint8Array; mime: 'image/png' | 'image/jpeg' } | undefined;
}

const esc = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Lines of `text` at `size` px in `width`, broken like the PDF breaks them (hyphenating Indonesian words). */
export function wrapText(text: string, size: number, width: number, style: { bold?: boolean; italic?: boolean } = {}): string[] {
  const flat = text.replace(/\s*\n\s*/g, ' ').trim();
  return wrapRuns([{ text: flat, ...style }], size, width).map((line) => line.words.map((w) => w.pieces.map((p) => p.text).join('')).join(' '));
}

const textWidthPx = (text: string, size: number) => textWidth(printable(text, 'bold'), 'bold', size);

/** At most `max` lines; the last one cut with an ellipsis when the text runs on. */
function clip(lines: string[], max: number): string[] {
  if (lines.length <= max) return lines;
  const kept = lines.slice(0, max);
  kept[max - 1] = `${kept[max - 1]!.replace(/[\s,.;:-]+$/, '')}…`;
  return kept;
}

interface Layout {
  size: number;
  claim: string[];
  facts: string[];
}

// The body area between the label band and the footer, in px.
const BODY_TOP = 330;
const BODY_BOTTOM = 930;
const HEADING = 30;
const HEADING_GAP = 14;
const SECTION_GAP = 30;

/** The largest type size (44 → 24 px) at which claim and facts fit; below that the facts are clipped. */
export function layoutCard(claim: string, facts: string): Layout {
  const room = BODY_BOTTOM - BODY_TOP - 2 * (HEADING + HEADING_GAP) - SECTION_GAP;
  for (let size = 44; size >= 24; size -= 2) {
    const lh = size * 1.3;
    const c = wrapText(claim, size, TEXT_WIDTH - 24, { italic: true });
    const f = wrapText(facts, size, TEXT_WIDTH);
    if ((c.length + f.length) * lh <= room) return { size, claim: c, facts: f };
  }
  const size = 24;
  const lines = Math.floor(room / (size * 1.3));
  const c = clip(wrapText(claim, size, TEXT_WIDTH - 24, { italic: true }), Math.min(5, Math.max(2, Math.floor(lines / 3))));
  return { size, claim: c, facts: clip(wrapText(facts, size, TEXT_WIDTH), lines - c.length) };
}

export function cardSvg(input: CardInput): string {
  const c = input.clarification;
  const { size, claim, facts } = layoutCard(c.claim, c.facts);
  const lh = size * 1.3;
  const parts: string[] = [];
  const text = (x: number, y: number, body: string, attrs: string) => parts.push(`<text x="${x}" y="${y.toFixed(1)}" ${attrs}>${esc(body)}</text>`);

  parts.push(`<rect width="${CARD_SIZE}" height="${CARD_SIZE}" fill="#ffffff"/>`);
  // Header: logo and office name.
  let nameX = MARGIN;
  if (input.logo) {
    const href = `data:${input.logo.mime};base64,${Buffer.from(input.logo.bytes).toString('base64')}`;
    parts.push(`<image x="${MARGIN}" y="36" width="104" height="104" preserveAspectRatio="xMidYMid meet" href="${href}"/>`);
    nameX = MARGIN + 128;
  }
  const officeLines = clip(wrapText(input.office, 30, CARD_SIZE - nameX - MARGIN, { bold: true }), 2);
  officeLines.forEach((line, i) => text(nameX, 80 + i * 38 + (officeLines.length === 1 ? 18 : 0), line, 'font-size="30" font-weight="bold" fill="#1a1a1a"'));
  // The label band.
  // The label band: a light tint of the label colour edged with solid stripes, the label in bold
  // dark colour on it. Dark-on-light is what OCR (a platform's, a screen-reader app's) reads;
  // white on a saturated band often comes back as nothing.
  parts.push(`<rect x="0" y="170" width="${CARD_SIZE}" height="128" fill="${TINT[c.label]}"/>`);
  parts.push(`<rect x="0" y="170" width="${CARD_SIZE}" height="12" fill="${BAND[c.label]}"/>`);
  parts.push(`<rect x="0" y="286" width="${CARD_SIZE}" height="12" fill="${BAND[c.label]}"/>`);
  text(CARD_SIZE / 2, 264, labelTag(c.label), `font-size="${Math.min(84, Math.floor((84 * (CARD_SIZE - 2 * MARGIN)) / textWidthPx(labelTag(c.label), 84)))}" font-weight="bold" fill="${BAND[c.label]}" text-anchor="middle"`);
  // Claim and facts.
  let y = BODY_TOP;
  text(MARGIN, y + HEADING - 6, 'KLAIM BEREDAR', `font-size="${HEADING}" font-weight="bold" fill="${BAND[c.label]}" `);
  y += HEADING + HEADING_GAP;
  const claimTop = y;
  for (const line of claim) {
    text(MARGIN + 24, y + size * 0.95, line, `font-size="${size}" font-style="italic" fill="#333333"`);
    y += lh;
  }
  parts.push(`<rect x="${MARGIN}" y="${claimTop}" width="8" height="${(y - claimTop).toFixed(1)}" fill="${BAND[c.label]}"/>`);
  y += SECTION_GAP;
  text(MARGIN, y + HEADING - 6, 'FAKTA', `font-size="${HEADING}" font-weight="bold" fill="#0b5d1e"`);
  y += HEADING + HEADING_GAP;
  for (const line of facts) {
    text(MARGIN, y + size * 0.95, line, `font-size="${size}" fill="#111111"`);
    y += lh;
  }
  // Footer: source, number and date.
  parts.push(`<rect x="0" y="950" width="${CARD_SIZE}" height="130" fill="#1f2937"/>`);
  const source = clip(wrapText(c.source ? `Sumber: ${c.source}` : 'Sumber: keterangan resmi pemerintah', 26, TEXT_WIDTH), 1)[0]!;
  text(MARGIN, 998, source, 'font-size="26" fill="#ffffff"');
  text(MARGIN, 1044, `${c.number} · ${input.dateText}`, 'font-size="24" fill="#d1d5db"');
  return `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${CARD_SIZE}" height="${CARD_SIZE}" viewBox="0 0 ${CARD_SIZE} ${CARD_SIZE}" font-family="${FONT_FAMILY}">${parts.join('')}</svg>`;
}

/** The default alt text: what the card says, for a screen reader and the post's alt field. */
export function defaultAltText(c: CardInput['clarification']): string {
  return `Kartu klarifikasi ${labelTag(c.label)} ${c.title}. Klaim beredar: ${c.claim.replace(/\s+/g, ' ')} Fakta: ${c.facts.replace(/\s+/g, ' ')}${c.source ? ` Sumber: ${c.source}.` : ''}`.slice(0, 1000);
}

export async function renderCard(input: CardInput, altText: string): Promise<Uint8Array> {
  const { Resvg } = await import('@resvg/resvg-js');
  const image = new Resvg(cardSvg(input), {
    fitTo: { mode: 'width', value: CARD_SIZE },
    background: 'white',
    font: { loadSystemFonts: false, fontFiles: arimoFiles(), defaultFontFamily: FONT_FAMILY, sansSerifFamily: FONT_FAMILY },
    shapeRendering: 2,
    textRendering: 1,
  }).render();
  return withDescription(new Uint8Array(image.asPng()), altText);
}

/** The PNG with an iTXt "Description" chunk (UTF-8) after IHDR: the alt text stays with the file. */
export function withDescription(png: Uint8Array, description: string): Uint8Array {
  const buf = Buffer.from(png);
  const ihdrEnd = 8 + 4 + 4 + 13 + 4;
  const data = Buffer.concat([Buffer.from('Description\0\0\0\0\0', 'latin1'), Buffer.from(description, 'utf8')]);
  const type = Buffer.from('iTXt', 'latin1');
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([type, data])) >>> 0);
  return new Uint8Array(Buffer.concat([buf.subarray(0, ihdrEnd), len, type, data, crc, buf.subarray(ihdrEnd)]));
}

/** The Description chunk of a PNG written by withDescription (tests, and the app's preview). */
export function readDescription(png: Uint8Array): string | null {
  const buf = Buffer.from(png);
  let at = 8;
  while (at + 8 <= buf.length) {
    const len = buf.readUInt32BE(at);
    const type = buf.toString('latin1', at + 4, at + 8);
    if (type === 'iTXt') {
      const data = buf.subarray(at + 8, at + 8 + len);
      if (data.toString('latin1', 0, 12) === 'Description\0') return data.subarray(16).toString('utf8');
    }
    at += 12 + len;
  }
  return null;
}

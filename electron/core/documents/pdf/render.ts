// DocumentSpec -> PDF. Two passes: lay everything out into pages of positioned ops (so the
// total page count is known), then add "Halaman x dari y" footers, embed exactly the glyphs
// used, and draw.
import {
  PDFDocument,
  PDFHexString,
  PDFName,
  type PDFOperator,
  type PDFPage,
  PDFString,
  type PDFImage,
  beginText,
  endText,
  grayscale,
  setFillingGrayscaleColor,
  setFontAndSize,
  setTextMatrix,
  showText,
} from 'pdf-lib';
import { imageSize } from '../image';
import type { DocumentSpec, RenderedFile } from '../model';
import { headerDistanceMm, mm, pageGeometryMm } from '../page';
import { FOOTER_PT } from '../typography';
import { blockChunks } from './blocks';
import { type FontSet, type FontStyle, FONT_STYLES, embedFonts } from './fonts';
import { textChunks } from './flow';
import { letterheadChunk } from './letterhead';
import type { Frame, Op } from './ops';
import { paginate } from './paginate';

const PRODUCER = 'PPID Desk (pdf-lib 1.17)';

export interface Layout {
  width: number;
  height: number;
  /** The text area: nothing but the footer is drawn below `bottom`. */
  frame: Frame;
  top: number;
  bottom: number;
  /** Top of the kop surat on page 1 (above the top margin, like Word's header). */
  headTop: number;
  pages: Op[][];
}

function footerOps(spec: DocumentSpec, frame: Frame, top: number, page: number, total: number): Op[] {
  const footer = spec.footer;
  if (!footer) return [];
  const ops: Op[] = [];
  const right = { left: frame.left + frame.width * 0.7, width: frame.width * 0.3 };
  if (footer.pageNumbers) for (const c of textChunks([{ text: `Halaman ${page} dari ${total}` }], right, { size: FOOTER_PT, align: 'right' })) ops.push(...c.draw(top));
  if (footer.text) {
    let y = top;
    for (const c of textChunks([{ text: footer.text }], { left: frame.left, width: frame.width * 0.68 }, { size: FOOTER_PT })) {
      ops.push(...c.draw(y));
      y += c.height;
    }
  }
  return ops;
}

/** Pages of positioned ops, footers included: everything but the PDF objects. */
export function layoutDocument(spec: DocumentSpec): Layout {
  const geo = pageGeometryMm(spec.page);
  const width = mm(geo.width);
  const height = mm(geo.height);
  const frame: Frame = { left: mm(geo.margins.left), width: width - mm(geo.margins.left) - mm(geo.margins.right) };
  const top = mm(geo.margins.top);
  const bottom = height - mm(geo.margins.bottom);

  const logo = spec.letterhead?.logo;
  const head = spec.letterhead && letterheadChunk(spec.letterhead, frame, logo && imageSize(logo.bytes, logo.mime));
  const headTop = mm(headerDistanceMm(geo));
  const firstTop = head ? Math.max(top, headTop + head.height + head.gapAfter) : top;
  const pages = paginate(
    spec.blocks.flatMap((block) => blockChunks(block, frame, bottom - top)),
    { firstTop, top, bottom },
  );
  if (head) pages[0]!.unshift(...head.draw(headTop));
  // The footer sits in the bottom margin, its first line about a third of the way down it.
  const footerTop = bottom + mm(geo.margins.bottom) * 0.35;
  pages.forEach((ops, i) => ops.push(...footerOps(spec, frame, footerTop, i + 1, pages.length)));
  return { width, height, frame, top, bottom, headTop, pages };
}

/**
 * Every distinct picture (the kop's logo, charts) embedded once, keyed by its bytes. A damaged
 * logo file must not stop a letter that is due today: the page prints without it.
 */
async function embedImages(doc: PDFDocument, pages: Op[][]): Promise<Map<Uint8Array, PDFImage | undefined>> {
  const images = new Map<Uint8Array, PDFImage | undefined>();
  for (const ops of pages) {
    for (const op of ops) {
      if (op.kind !== 'image' || images.has(op.bytes)) continue;
      try {
        images.set(op.bytes, op.mime === 'image/png' ? await doc.embedPng(op.bytes) : await doc.embedJpg(op.bytes));
      } catch {
        images.set(op.bytes, undefined);
      }
    }
  }
  return images;
}

/** The page (1-based) each bookmarked heading starts on, from a laid-out document. */
export function bookmarkPages(layout: Layout): Map<string, number> {
  const pages = new Map<string, number>();
  layout.pages.forEach((ops, i) => {
    for (const op of ops) if (op.kind === 'mark' && !pages.has(op.id)) pages.set(op.id, i + 1);
  });
  return pages;
}

/** All text of a page in one BT … ET block, glyph ids written directly (see EmbeddedFont.hex). */
function drawTexts(page: PDFPage, ops: Op[], fonts: FontSet, height: number): void {
  const keys = new Map<FontStyle, PDFName>();
  const operators: PDFOperator[] = [beginText(), setFillingGrayscaleColor(0)];
  let current = '';
  for (const op of ops) {
    if (op.kind !== 'text') continue;
    let key = keys.get(op.style);
    if (!key) {
      key = page.node.newFontDictionary(fonts[op.style].pdf.name, fonts[op.style].pdf.ref);
      keys.set(op.style, key);
    }
    const font = `${op.style}/${op.size}`;
    if (font !== current) {
      operators.push(setFontAndSize(key, op.size));
      current = font;
    }
    operators.push(setTextMatrix(1, 0, 0, 1, op.x, height - op.y), showText(PDFHexString.of(fonts[op.style].hex(op.text))));
  }
  if (operators.length > 2) page.pushOperators(...operators, endText());
}

function setMetadata(doc: PDFDocument, spec: DocumentSpec): void {
  const { meta } = spec;
  doc.setTitle(meta.title, { showInWindowTitleBar: true });
  doc.setAuthor(meta.author);
  if (meta.subject) doc.setSubject(meta.subject);
  if (meta.keywords?.length) doc.setKeywords(meta.keywords);
  doc.setCreator('PPID Desk');
  doc.setProducer(PRODUCER);
  // Issued letters are records: the same input gives the same dates in the file.
  doc.setCreationDate(meta.createdAt);
  doc.setModificationDate(meta.createdAt);
  // pdf-lib has no API for the document language; screen readers and PDF/UA read /Lang.
  doc.catalog.set(PDFName.of('Lang'), PDFString.of(meta.language));
}

export async function renderPdf(spec: DocumentSpec): Promise<RenderedFile> {
  const layout = layoutDocument(spec);
  const doc = await PDFDocument.create({ updateMetadata: false });
  const chars = Object.fromEntries(FONT_STYLES.map((s) => [s, new Set<string>()])) as Record<FontStyle, Set<string>>;
  for (const ops of layout.pages) for (const op of ops) if (op.kind === 'text') for (const ch of op.text) chars[op.style].add(ch);
  const fonts = await embedFonts(doc, chars);
  const images = await embedImages(doc, layout.pages);

  const { width, height } = layout;
  for (const ops of layout.pages) {
    const page = doc.addPage([width, height]);
    for (const op of ops) {
      if (op.kind === 'line') page.drawLine({ start: { x: op.x1, y: height - op.y1 }, end: { x: op.x2, y: height - op.y2 }, thickness: op.thickness });
      else if (op.kind === 'rect') page.drawRectangle({ x: op.x, y: height - op.y - op.height, width: op.width, height: op.height, color: grayscale(op.fillGrey) });
      else if (op.kind === 'image') {
        const image = images.get(op.bytes);
        if (image) page.drawImage(image, { x: op.x, y: height - op.y - op.height, width: op.width, height: op.height });
      }
    }
    drawTexts(page, ops, fonts, height);
  }
  setMetadata(doc, spec);
  // Without object streams: the file is a little larger but written several times faster.
  const bytes = await doc.save({ useObjectStreams: false });
  return { bytes, mime: 'application/pdf', pages: layout.pages.length };
}

/**
 * Renders a tiny document once: reads and parses the fonts, starts HarfBuzz and warms pdf-lib,
 * so the first letter an officer prints after start-up is as fast as the rest (about 1 s saved).
 */
export async function prepareFonts(): Promise<void> {
  await renderPdf({
    meta: { title: 'Persiapan', author: 'PPID Desk', language: 'id-ID', createdAt: new Date(0) },
    page: { size: 'A4', orientation: 'portrait' },
    footer: { pageNumbers: true },
    blocks: [{ type: 'paragraph', runs: [{ text: 'a' }, { text: 'b', bold: true }, { text: 'c', italic: true }, { text: 'd', bold: true, italic: true }] }],
  });
}

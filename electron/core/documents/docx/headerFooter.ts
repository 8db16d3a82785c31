// The kop surat (first-page header) and the page-number footer of the DOCX.
import {
  AlignmentType,
  BorderStyle,
  ImageRun,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TabStopType,
  TextRun,
  VerticalAlign,
  WidthType,
  convertMillimetersToTwip,
} from 'docx';
import type { DocumentSpec, Letterhead } from '../model';
import { cleanText } from '../text';
import { FOOTER_PT, KOP } from '../typography';
import { halfPoints } from './styles';

const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };

function centred(text: string, size: number, bold = false): Paragraph {
  return new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 0 }, children: [new TextRun({ text: cleanText(text), size: halfPoints(size), bold })] });
}

/** PNG/JPEG pixel size from the file header, so the logo keeps its proportions. */
export function imageSize(bytes: Uint8Array, mime: 'image/png' | 'image/jpeg'): { width: number; height: number } | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (mime === 'image/png' && bytes.length >= 24) return { width: view.getUint32(16), height: view.getUint32(20) };
  if (mime === 'image/jpeg') {
    let i = 2;
    while (i + 9 < bytes.length) {
      if (bytes[i] !== 0xff) return undefined;
      const marker = bytes[i + 1]!;
      const length = view.getUint16(i + 2);
      // SOF0..SOF15 carry the frame size (C4, C8 and CC are not frames).
      if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
        return { height: view.getUint16(i + 5), width: view.getUint16(i + 7) };
      }
      i += 2 + length;
    }
  }
  return undefined;
}

/**
 * Logo | centred instansi lines | equal blank column (keeps the lines centred on the page), then
 * a paragraph with a thick-over-thin bottom border: LibreOffice drew no table bottom border,
 * while a paragraph border renders in Word and LibreOffice alike.
 */
export function letterheadContent(head: Letterhead, textWidth: number): Array<Paragraph | Table> {
  const lines = head.lines.map((line, i) => (i === head.lines.length - 1 ? centred(line, KOP.lastLinePt, true) : centred(line, KOP.linePt)));
  if (head.address.trim()) lines.push(centred(head.address, KOP.addressPt));
  if (head.contacts.trim()) lines.push(centred(head.contacts, KOP.addressPt));
  const rule = new Paragraph({
    spacing: { after: 240 },
    border: { bottom: { style: BorderStyle.THICK_THIN_SMALL_GAP, size: 24, color: '000000', space: 1 } },
    children: [],
  });
  const size = head.logo && imageSize(head.logo.bytes, head.logo.mime);
  if (!head.logo || !size || size.width <= 0 || size.height <= 0) return [...lines, rule];

  const side = convertMillimetersToTwip(KOP.logoMm + 3);
  const logoPx = (KOP.logoMm / 25.4) * 96;
  const scale = logoPx / Math.max(size.width, size.height);
  const logo = new ImageRun({
    type: head.logo.mime === 'image/png' ? 'png' : 'jpg',
    data: head.logo.bytes,
    transformation: { width: Math.round(size.width * scale), height: Math.round(size.height * scale) },
    altText: { name: 'Logo', title: 'Logo instansi', description: 'Logo instansi' },
  });
  const table = new Table({
    layout: TableLayoutType.FIXED,
    width: { size: textWidth, type: WidthType.DXA },
    columnWidths: [side, textWidth - 2 * side, side],
    borders: NO_BORDERS,
    rows: [
      new TableRow({
        children: [
          new TableCell({ width: { size: side, type: WidthType.DXA }, verticalAlign: VerticalAlign.CENTER, children: [new Paragraph({ children: [logo] })] }),
          new TableCell({ width: { size: textWidth - 2 * side, type: WidthType.DXA }, verticalAlign: VerticalAlign.CENTER, children: lines }),
          new TableCell({ width: { size: side, type: WidthType.DXA }, children: [new Paragraph({ children: [] })] }),
        ],
      }),
    ],
  });
  return [table, rule];
}

/** Left text, then a right tab with "Halaman {PAGE} dari {NUMPAGES}" as Word fields. */
export function footerParagraph(footer: NonNullable<DocumentSpec['footer']>, textWidth: number): Paragraph {
  const size = halfPoints(FOOTER_PT);
  const children: TextRun[] = [];
  if (footer.text) children.push(new TextRun({ text: cleanText(footer.text), size }));
  if (footer.pageNumbers) children.push(new TextRun({ children: ['\tHalaman ', PageNumber.CURRENT, ' dari ', PageNumber.TOTAL_PAGES], size }));
  return new Paragraph({ tabStops: [{ type: TabStopType.RIGHT, position: textWidth }], spacing: { after: 0 }, children });
}

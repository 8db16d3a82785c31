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
import { imageSize } from '../image';
import { kopLineSize } from '../kopFit';
import { cleanText, contactsLine } from '../text';
import { FOOTER_PT, KOP } from '../typography';
import { halfPoints } from './styles';

const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };

function centred(text: string, size: number, bold = false): Paragraph {
  return new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 0 }, children: [new TextRun({ text: cleanText(text), size: halfPoints(size), bold })] });
}

/**
 * Logo | centred instansi lines | equal blank column (keeps the lines centred on the page), then
 * a paragraph with a thick-over-thin bottom border: LibreOffice drew no table bottom border,
 * while a paragraph border renders in Word and LibreOffice alike.
 */
export function letterheadContent(head: Letterhead, textWidth: number): Array<Paragraph | Table> {
  const size = head.logo && imageSize(head.logo.bytes, head.logo.mime);
  const withLogo = Boolean(head.logo && size && size.width > 0 && size.height > 0);
  const k = head.scale ?? 1;
  const side = convertMillimetersToTwip(KOP.logoMm * k + 2);
  // The column the instansi lines sit in (twips → pt), for the same shrink-to-fit as the PDF.
  const columnPt = (withLogo ? textWidth - 2 * side : textWidth) / 20;
  const lines = head.lines.map((line, i) => {
    const last = i === head.lines.length - 1;
    return centred(line, kopLineSize(line, last, (last ? KOP.lastLinePt : KOP.linePt) * k, columnPt), last);
  });
  if (head.address.trim()) lines.push(centred(head.address, KOP.addressPt * k));
  if (head.contacts.trim()) lines.push(centred(contactsLine(head.contacts), KOP.addressPt * k));
  const rule = new Paragraph({
    spacing: { after: 240 },
    border: { bottom: { style: BorderStyle.THICK_THIN_SMALL_GAP, size: 24, color: '000000', space: 1 } },
    children: [],
  });
  if (!withLogo || !head.logo || !size) return [...lines, rule];

  const logoPx = ((KOP.logoMm * k) / 25.4) * 96;
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
          new TableCell({ width: { size: side, type: WidthType.DXA }, margins: { left: 0, right: 0 }, verticalAlign: VerticalAlign.CENTER, children: [new Paragraph({ spacing: { after: 0 }, children: [logo] })] }),
          new TableCell({ width: { size: textWidth - 2 * side, type: WidthType.DXA }, margins: { left: 0, right: 0 }, verticalAlign: VerticalAlign.CENTER, children: lines }),
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

// Each Block of the DocumentSpec as Word content: real paragraphs with styles, list numbering,
// borderless tables for label : value fields and the signature, bordered tables with a
// repeated header row and rows that never split.
import {
  AlignmentType,
  Bookmark,
  BorderStyle,
  HeadingLevel,
  PageBreak,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  convertMillimetersToTwip,
} from 'docx';
import type { Align, Block, Run, SignatureParty } from '../model';
import { cleanText } from '../text';
import { FIELDS_LABEL_MM, PARAGRAPH_AFTER_PT, SIGNATURE_COLUMN, SIGNATURE_SPACE_MM, TABLE_PT } from '../typography';
import { chartContent, tocContent } from './figure';
import { LIST_REFERENCE, TABLE_STYLE, halfPoints, twipsFromPt } from './styles';

const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT, justify: AlignmentType.JUSTIFIED } as const;
const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };
const LINE = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
const GRID = { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE };

export type DocxChild = Paragraph | Table;

interface RunOptions {
  size?: number;
}

/** TextRuns for styled runs; a newline in the text becomes a line break inside the paragraph. */
export function textRuns(runs: Run[], opts: RunOptions = {}): TextRun[] {
  const out: TextRun[] = [];
  for (const run of runs) {
    cleanText(run.text)
      .split('\n')
      .forEach((text, i) => {
        out.push(
          new TextRun({
            text,
            bold: run.bold,
            italics: run.italic,
            underline: run.underline ? {} : undefined,
            size: opts.size ? halfPoints(opts.size) : undefined,
            break: i > 0 ? 1 : undefined,
          }),
        );
      });
  }
  return out;
}

const asRuns = (value: string | Run[]): Run[] => (typeof value === 'string' ? [{ text: value }] : value);

function plain(text: string, align: Align = 'left', extra: { size?: number; bold?: boolean; afterPt?: number; keepNext?: boolean } = {}): Paragraph {
  return new Paragraph({
    alignment: ALIGN[align],
    style: 'TableText',
    keepNext: extra.keepNext,
    keepLines: true,
    spacing: { after: twipsFromPt(extra.afterPt ?? 0) },
    children: textRuns([{ text, bold: extra.bold }], { size: extra.size }),
  });
}

function cell(children: Paragraph[], widthTwips: number, extra: Partial<ConstructorParameters<typeof TableCell>[0]> = {}): TableCell {
  return new TableCell({ children, width: { size: widthTwips, type: WidthType.DXA }, ...extra });
}

function fieldsTable(block: Extract<Block, { type: 'fields' }>, textWidth: number): Table {
  const label = convertMillimetersToTwip(block.labelWidthMm ?? FIELDS_LABEL_MM);
  const colon = convertMillimetersToTwip(4);
  const value = textWidth - label - colon;
  const margins = { top: 0, bottom: 20, left: 0, right: 0 };
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: textWidth, type: WidthType.DXA },
    columnWidths: [label, colon, value],
    borders: NO_BORDERS,
    rows: block.rows.map(
      (row) =>
        new TableRow({
          // A long value may continue on the next page, as in the PDF (widow control keeps two lines).
          children: [
            cell([plain(row.label)], label, { margins }),
            cell([plain(':')], colon, { margins }),
            cell([new Paragraph({ style: 'TableText', children: textRuns(asRuns(row.value)) })], value, { margins }),
          ],
        }),
    ),
  });
}

function borderedTable(block: Extract<Block, { type: 'table' }>, textWidth: number): Table {
  const size = block.fontSizePt ?? TABLE_PT;
  const total = block.columns.reduce((sum, c) => sum + Math.max(0, c.widthPct), 0) || 1;
  const widths = block.columns.map((c) => Math.round((textWidth * Math.max(0, c.widthPct)) / total));
  const margins = { top: 60, bottom: 60, left: 60, right: 60 };
  const header = new TableRow({
    tableHeader: true, // repeated at the top of every page the table runs onto
    cantSplit: true,
    children: block.columns.map((c, i) =>
      cell([plain(c.header, 'center', { size, bold: true, keepNext: block.keepTogether })], widths[i]!, { margins, shading: { type: ShadingType.CLEAR, fill: 'E0E0E0', color: 'auto' } }),
    ),
  });
  const rows = block.rows.map(
    (cells, r) =>
      new TableRow({
        cantSplit: true, // a row never breaks across pages
        // keepNext on every row but the last keeps a short table on one page in Word too.
        children: block.columns.map((c, i) => cell([plain(cells[i] ?? '', c.align ?? 'left', { size, keepNext: block.keepTogether && r < block.rows.length - 1 })], widths[i]!, { margins })),
      }),
  );
  return new Table({ style: TABLE_STYLE, layout: TableLayoutType.FIXED, width: { size: textWidth, type: WidthType.DXA }, columnWidths: widths, borders: GRID, rows: [header, ...rows] });
}

function signatureTable(block: Extract<Block, { type: 'signature' }>, textWidth: number): Table {
  const column = Math.round(textWidth * SIGNATURE_COLUMN);
  // keepNext on every line keeps the block on one page in Word, as the PDF does.
  const size = block.sizePt ? { size: block.sizePt } : {};
  const line = (text: string, bold = false) =>
    new Paragraph({ alignment: AlignmentType.CENTER, style: 'TableText', keepNext: true, keepLines: true, children: textRuns([{ text, bold, underline: bold }], size) });
  const empty = () => [new Paragraph({ style: 'TableText', keepNext: true, children: [] })];
  const heads = (p: SignatureParty) => {
    const lines = [...(p.placeDate ? [p.placeDate] : []), ...p.titleLines].map((text) => line(text));
    return lines.length ? lines : empty();
  };
  const foot = (p: SignatureParty) => [
    new Paragraph({ style: 'TableText', keepNext: true, spacing: { before: 0, after: 0, line: convertMillimetersToTwip(block.spaceMm ?? SIGNATURE_SPACE_MM), lineRule: 'exact' }, children: [] }),
    line(p.name, true),
    ...(p.nip ? [line(p.nip)] : []),
  ];
  // Two rows: the heads (place and date, titles), then the signing space, name and NIP. A second
  // signer's name is then level with the first's however many lines either head wraps to.
  const left = block.left;
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: textWidth, type: WidthType.DXA },
    columnWidths: [textWidth - column, column],
    borders: NO_BORDERS,
    rows: [
      new TableRow({ cantSplit: true, children: [cell(left ? heads(left) : empty(), textWidth - column), cell(heads(block), column)] }),
      new TableRow({ cantSplit: true, children: [cell(left ? foot(left) : empty(), textWidth - column), cell(foot(block), column)] }),
    ],
  });
}

/** How many lists a block holds (a columns block's lists each need their own numbering instance). */
export function listsIn(block: Block): number {
  if (block.type === 'list') return 1;
  if (block.type === 'columns') return block.columns.flat().reduce((n, b) => n + listsIn(b), 0);
  return 0;
}

/** Word content for one block; `listIndex` numbers each list afresh (1. again after a paragraph). */
export function blockContent(block: Block, textWidth: number, listIndex: number): DocxChild[] {
  switch (block.type) {
    case 'paragraph':
      return [
        new Paragraph({
          alignment: ALIGN[block.align ?? 'justify'],
          indent: {
            firstLine: block.indentFirstLineMm ? convertMillimetersToTwip(block.indentFirstLineMm) : undefined,
            left: block.indentLeftMm ? convertMillimetersToTwip(block.indentLeftMm) : undefined,
          },
          spacing: { after: twipsFromPt(block.spaceAfterPt ?? PARAGRAPH_AFTER_PT) },
          keepNext: block.keepWithNext,
          children: textRuns(block.runs, block.sizePt ? { size: block.sizePt } : {}),
        }),
      ];
    case 'title':
      return [
        new Paragraph({ heading: HeadingLevel.TITLE, style: block.subtitle ? 'TitleUnderlined' : undefined, spacing: block.subtitle ? undefined : { after: twipsFromPt(PARAGRAPH_AFTER_PT * 2) }, children: textRuns([{ text: block.text }], block.sizePt ? { size: block.sizePt } : {}) }),
        ...(block.subtitle ? [new Paragraph({ style: 'Subtitle', children: textRuns([{ text: block.subtitle }]) })] : []),
      ];
    case 'heading':
      return [
        new Paragraph({
          heading: block.level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
          children: ((runs) => (block.bookmark ? [new Bookmark({ id: block.bookmark, children: runs })] : runs))(textRuns([{ text: block.text }], block.sizePt ? { size: block.sizePt } : {})),
        }),
      ];
    case 'fields':
      return [fieldsTable(block, textWidth), new Paragraph({ spacing: { after: 0, line: twipsFromPt(PARAGRAPH_AFTER_PT), lineRule: 'exact' }, children: [] })];
    case 'table':
      return [borderedTable(block, textWidth), new Paragraph({ spacing: { after: twipsFromPt(PARAGRAPH_AFTER_PT) }, children: [] })];
    case 'list':
      return block.items.map(
        (item, i) =>
          new Paragraph({
            numbering: { reference: LIST_REFERENCE[block.style], level: 0, instance: listIndex },
            spacing: { after: twipsFromPt(i === block.items.length - 1 ? PARAGRAPH_AFTER_PT : 2) },
            children: textRuns(asRuns(item), block.sizePt ? { size: block.sizePt } : {}),
          }),
      );
    case 'signature':
      // A blank line between the closing paragraph and the place and date, as in the PDF.
      return [new Paragraph({ keepNext: true, spacing: { after: 0 }, children: [] }), signatureTable(block, textWidth)];
    case 'chart':
      return chartContent(block, textWidth);
    case 'toc':
      return tocContent(block, textWidth);
    case 'columns':
      // Word lays columns out as a section of its own (render.ts); here, only when nested.
      return block.columns.flat().flatMap((b) => blockContent(b, textWidth, listIndex));
    case 'spacer':
      return [new Paragraph({ spacing: { before: 0, after: 0, line: Math.max(20, convertMillimetersToTwip(block.heightMm)), lineRule: 'exact' }, children: [] })];
    case 'pageBreak':
      return [new Paragraph({ spacing: { after: 0 }, children: [new PageBreak()] })];
  }
}

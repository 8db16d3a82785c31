// Word styles for every letter: Normal (Arial 11 pt, language id-ID so Word spell-checks in
// Indonesian), Title, Heading 1/2, and the list numbering definitions.
import { AlignmentType, type INumberingOptions, type IStylesOptions, LevelFormat, UnderlineType, convertMillimetersToTwip } from 'docx';
import { BODY_PT, HEADING_PT, LIST_INDENT_MM, PARAGRAPH_AFTER_PT, TABLE_PT, TITLE_PT } from '../typography';

/**
 * Arial in the DOCX, Arimo in the PDF: Arimo is metric-compatible with Arial (same advance
 * widths), so both files break lines alike, and Arial is on every Windows and Mac with Word
 * (LibreOffice maps it to Liberation Sans, also metric-compatible). A DOCX naming "Arimo" would
 * open in a substitute font on the officers' machines.
 */
export const DOCX_FONT = 'Arial';

export const halfPoints = (pt: number): number => Math.round(pt * 2);
export const twipsFromPt = (pt: number): number => Math.round(pt * 20);

/** The style id of bordered tables (registers, lists of documents). */
export const TABLE_STYLE = 'TabelPPID';

const line = (side: string) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>`;

/**
 * "Tabel PPID": a table style Word lists in its gallery, so an officer adding a table to a
 * letter gets the same grid, padding and grey header row. docx has no table-style API; the
 * style goes in as "external styles" (docx keeps its defaults and ours next to it). Tables also carry their borders directly (LibreOffice applies
 * table styles only partly).
 */
export function externalStyles(): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
    `<w:style w:type="table" w:styleId="${TABLE_STYLE}"><w:name w:val="Tabel PPID"/><w:basedOn w:val="TableNormal"/><w:uiPriority w:val="59"/>` +
      `<w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:rPr><w:sz w:val="${halfPoints(TABLE_PT)}"/><w:szCs w:val="${halfPoints(TABLE_PT)}"/></w:rPr>` +
      `<w:tblPr><w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map(line).join('')}</w:tblBorders>` +
      `<w:tblCellMar><w:top w:w="60" w:type="dxa"/><w:left w:w="60" w:type="dxa"/><w:bottom w:w="60" w:type="dxa"/><w:right w:w="60" w:type="dxa"/></w:tblCellMar></w:tblPr>` +
      `<w:tblStylePr w:type="firstRow"><w:pPr><w:jc w:val="center"/></w:pPr><w:rPr><w:b/><w:bCs/></w:rPr><w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="E0E0E0"/></w:tcPr></w:tblStylePr>` +
      `</w:style></w:styles>`
  );
}

export function documentStyles(language: string): IStylesOptions {
  return {
    default: {
      document: {
        // `new Document({ language })` is ignored by docx 9; the run default is what Word reads.
        run: { font: DOCX_FONT, size: halfPoints(BODY_PT), language: { value: language, eastAsia: language, bidirectional: language } },
        paragraph: { spacing: { after: twipsFromPt(PARAGRAPH_AFTER_PT), line: 240, lineRule: 'auto' } },
      },
      title: {
        run: { font: DOCX_FONT, size: halfPoints(TITLE_PT), bold: true, color: '000000' },
        paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 0 }, keepNext: true, keepLines: true },
      },
      heading1: {
        run: { font: DOCX_FONT, size: halfPoints(HEADING_PT[1]), bold: true, color: '000000' },
        paragraph: { spacing: { before: 120, after: 80 }, keepNext: true, keepLines: true },
      },
      heading2: {
        run: { font: DOCX_FONT, size: halfPoints(HEADING_PT[2]), bold: true, color: '000000' },
        paragraph: { spacing: { before: 120, after: 80 }, keepNext: true, keepLines: true },
      },
    },
    paragraphStyles: [
      {
        id: 'TitleUnderlined',
        name: 'Title Underlined',
        basedOn: 'Title',
        next: 'Normal',
        run: { underline: { type: UnderlineType.SINGLE } },
      },
      {
        id: 'Subtitle',
        name: 'Subtitle',
        basedOn: 'Normal',
        next: 'Normal',
        run: { font: DOCX_FONT, size: halfPoints(BODY_PT), color: '000000' },
        paragraph: { alignment: AlignmentType.CENTER, spacing: { after: twipsFromPt(PARAGRAPH_AFTER_PT * 2) }, keepNext: true },
      },
      {
        id: 'TableText',
        name: 'Table Text',
        basedOn: 'Normal',
        paragraph: { spacing: { after: 0 } },
      },
    ],
  };
}

const indent = { left: convertMillimetersToTwip(LIST_INDENT_MM), hanging: convertMillimetersToTwip(LIST_INDENT_MM) };

export const LIST_REFERENCE = { decimal: 'ppid-decimal', alpha: 'ppid-alpha', bullet: 'ppid-bullet' } as const;

export const numbering: INumberingOptions = {
  config: [
    { reference: LIST_REFERENCE.decimal, levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.LEFT, style: { paragraph: { indent } } }] },
    { reference: LIST_REFERENCE.alpha, levels: [{ level: 0, format: LevelFormat.LOWER_LETTER, text: '%1.', alignment: AlignmentType.LEFT, style: { paragraph: { indent } } }] },
    { reference: LIST_REFERENCE.bullet, levels: [{ level: 0, format: LevelFormat.BULLET, text: '•', alignment: AlignmentType.LEFT, style: { paragraph: { indent } } }] },
  ],
};

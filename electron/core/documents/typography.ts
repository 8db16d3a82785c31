// One set of sizes for both renderers, so a letter's PDF and its DOCX look alike.

export const BODY_PT = 11;
/** Arimo's ascent + descent + line gap is 1.15 em: Word's "single" spacing for Arial. */
export const LINE_FACTOR = 1.15;
export const PARAGRAPH_AFTER_PT = 6;
export const TITLE_PT = 12;
export const HEADING_PT = { 1: 12, 2: 11 } as const;
export const TABLE_PT = 10;
export const FOOTER_PT = 8.5;
export const KOP = {
  linePt: 13,
  lastLinePt: 15,
  addressPt: 9,
  logoMm: 25,
} as const;
export const FIELDS_LABEL_MM = 35;
export const LIST_INDENT_MM = 7;
export const SIGNATURE_SPACE_MM = 25;
export const CELL_PADDING_PT = 3;
/**
 * The signature column: the right 55% of the text width, wide enough for "Pejabat Pengelola
 * Informasi dan Dokumentasi," on one line on A4 (about 81 mm at 11 pt).
 */
export const SIGNATURE_COLUMN = 0.55;

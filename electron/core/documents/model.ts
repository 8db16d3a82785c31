// The one description of a printable document (a letter or a register) that both renderers
// read: pdf/ draws it with pdf-lib, docx/ writes it with `docx`. Letters and registers build a
// DocumentSpec from case data and never touch a renderer's API, so the PDF and the DOCX of a
// letter always carry the same content.

export interface DocumentSpec {
  meta: {
    /** PDF Title / DOCX title, e.g. "Tanda Bukti Penerimaan Permohonan 001/PPID/III/2026". */
    title: string;
    /** The instansi (office) name. */
    author: string;
    subject?: string;
    keywords?: string[];
    /** Always 'id-ID' for letters; kept explicit so the renderers set it (PDF /Lang, Word run language). */
    language: 'id-ID' | 'en-US';
    /** Fixed creation time so the same input gives the same file (issued letters are records). */
    createdAt: Date;
  };
  page: {
    /** A3 for a poster such as the maklumat pelayanan, pinned up at the service desk. */
    size: 'A4' | 'F4' | 'A3';
    orientation: 'portrait' | 'landscape';
    /** Margins in millimetres; defaults 25/25/20/25 (top/right/bottom/left). */
    marginsMm?: { top: number; right: number; bottom: number; left: number };
  };
  /** Kop surat: drawn on the first page only, above the body, with a rule under it. */
  letterhead?: Letterhead;
  /** Footer on every page: "Halaman x dari y" (and optional left text, e.g. the letter number). */
  footer?: { pageNumbers: boolean; text?: string };
  blocks: Block[];
}

export interface Letterhead {
  logo?: { bytes: Uint8Array; mime: 'image/png' | 'image/jpeg' };
  /** The instansi lines, top to bottom (e.g. "PEMERINTAH PROVINSI KALIMANTAN TIMUR", "DINAS …"). The last is the largest/bold. */
  lines: string[];
  /** Address line(s) and contacts (telepon, e-mail, website), smaller, under the lines. */
  address: string;
  contacts: string;
  /** Enlarges the kop (type and logo) with the page: 1 on letters, more on an A3 poster. */
  scale?: number;
}

export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
}

export type Align = 'left' | 'center' | 'right' | 'justify';

/**
 * `sizePt` (paragraph, title, heading, list, signature) overrides the typography.ts size: a poster
 * on A3 (the maklumat pelayanan) is read from a step away, so its text is larger than a letter's.
 */
export type Block =
  /** Body text. Wrapped to the column; 'justify' stretches every line but the last. */
  | { type: 'paragraph'; runs: Run[]; align?: Align; indentFirstLineMm?: number; indentLeftMm?: number; spaceAfterPt?: number; keepWithNext?: boolean; sizePt?: number }
  /** A centred title such as "TANDA BUKTI PENERIMAAN PERMOHONAN INFORMASI PUBLIK", optional number line under it. */
  | { type: 'title'; text: string; subtitle?: string; sizePt?: number }
  /** `bookmark`: a name the daftar isi (toc block) points at: a PDF page number, a Word bookmark. */
  | { type: 'heading'; text: string; level: 1 | 2; bookmark?: string; sizePt?: number }
  /** Label : value rows without borders (Nomor/Sifat/Lampiran/Perihal; request form fields). Values wrap in their column. */
  | { type: 'fields'; rows: Array<{ label: string; value: string | Run[] }>; labelWidthMm?: number }
  /** A bordered table; the header row repeats on every page it runs onto, rows never split mid-line. */
  | {
      type: 'table';
      columns: Array<{ header: string; widthPct: number; align?: 'left' | 'center' | 'right' }>;
      rows: string[][];
      fontSizePt?: number;
      /** Keep the whole table on one page when it fits (a short table of figures is not split). */
      keepTogether?: boolean;
    }
  /** Numbered (1. 2.), lettered (a. b.) or bulleted items; each item may wrap. */
  | { type: 'list'; style: 'decimal' | 'alpha' | 'bullet'; items: Array<string | Run[]>; sizePt?: number }
  /**
   * Signature block, placed on the right half: "Samarinda, 23 November 2026" (placeDate), the
   * title lines ("Pejabat Pengelola Informasi dan Dokumentasi,"), blank space for a wet
   * signature or stamp, the name (bold, underlined) and "NIP. 19800101 200501 1 001".
   * Never split across pages.
   */
  | { type: 'signature'; placeDate?: string; titleLines: string[]; name: string; nip?: string; spaceMm?: number; left?: SignatureParty; sizePt?: number }
  /**
   * A chart (a report's figures): the SVG it was drawn as (ECharts server-side) and that SVG
   * rasterised to PNG at print resolution, which both renderers place `widthMm` wide, centred,
   * with the caption under it. `altText` is what a screen reader says for the picture in the DOCX;
   * the figures themselves follow in a table, so they stay in the text.
   */
  | { type: 'chart'; svg: string; png: { bytes: Uint8Array; widthPx: number; heightPx: number }; widthMm: number; heightMm: number; caption: string; altText: string }
  /**
   * Daftar isi: one line per entry, the page number at the right after dot leaders. The PDF
   * prints `page` (worked out by laying the document out first); the DOCX writes a PAGEREF field
   * to the heading's bookmark, which Word and LibreOffice number themselves.
   */
  | { type: 'toc'; entries: Array<{ text: string; bookmark: string; page?: number; level?: 1 | 2 }> }
  /**
   * Blocks side by side in columns of equal width (a poster's two columns). Either each list of
   * `columns` is one column, top to bottom; or one list with `count` > 1 flows from one column into
   * the next like a newspaper's, balanced so the columns end about level (a table split between
   * columns repeats its header). Kept on one page; when a column is taller than a page the PDF lays
   * the blocks out one after the other instead, so nothing runs off the paper.
   */
  | { type: 'columns'; columns: Block[][]; count?: number; gapMm?: number }
  | { type: 'spacer'; heightMm: number }
  | { type: 'pageBreak' };

/**
 * A second signer on the left half of a signature block, as the Perki forms draw a receipt: the
 * petugas penerima on the left, the pemohon on the right. Its name line is level with the right one.
 */
export interface SignatureParty {
  placeDate?: string;
  titleLines: string[];
  name: string;
  nip?: string;
}

/** What a renderer produces. */
export interface RenderedFile {
  bytes: Uint8Array;
  mime: 'application/pdf' | 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
  pages?: number;
}

// What the parser child process answers for one file. Plain data: it crosses a process boundary.
import type { ArchiveFileType } from '../../../../shared/domain/archive/fields';
import type { ImportReason } from '../../../../shared/domain/archive/reasons';

export interface ParsedMeta {
  title?: string;
  author?: string;
  /** Office-independent calendar date 'YYYY-MM-DD' as written in the file's metadata. */
  created?: string;
  modified?: string;
}

export type ParseOutcome =
  | {
      status: 'ok';
      fileType: ArchiveFileType;
      mimeType: string;
      /** Plain text for search, capped at MAX_TEXT_CHARS. */
      text: string;
      textTruncated: boolean;
      /** Sanitised HTML preview (DOCX only), or null. */
      html: string | null;
      pageCount: number | null;
      meta: ParsedMeta;
      /** Short Indonesian notes for the import report (e.g. images left out). */
      notes: string[];
    }
  | { status: 'encrypted'; fileType: ArchiveFileType; mimeType: string; pageCount: number | null; meta: ParsedMeta; notes: string[] }
  /** `reason` is the Indonesian sentence of `code`; `detail` the library's own words, if any. */
  | ({ status: 'rejected' } & ImportReason);

export interface ParseJob {
  id: number;
  name: string;
  bytes: Uint8Array;
}

export interface ParseReply {
  id: number;
  outcome: ParseOutcome;
}

/** Extracted text is capped: 2 million characters is far more than a decree or a budget needs. */
export const MAX_TEXT_CHARS = 2_000_000;
/** A sanitised preview larger than this is dropped (the text is still searchable). */
export const MAX_HTML_CHARS = 4_000_000;

export function capText(text: string): { text: string; truncated: boolean } {
  if (text.length <= MAX_TEXT_CHARS) return { text, truncated: false };
  return { text: text.slice(0, MAX_TEXT_CHARS), truncated: true };
}

/** Text without NUL and other control characters (except tab and newline), whitespace tidied. */
export function cleanText(text: string): string {
  // U+E000/U+E001 are the search snippet's hit markers: never let a document carry them.
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uE000\uE001]/g, ' ').replace(/[ \t]+\n/g, '\n').replace(/\n{3,}/g, '\n\n').trim();
}

// What a library's failure means for the officer. yauzl, JSZip (inside mammoth), xmldom and pdf.js
// fail in English words ("End of central directory record signature not found", "[xmldom error]
// entity not found:&testent;", "Invalid PDF structure."); these become one of the Indonesian
// reasons of shared/domain/archive/reasons.ts, and the raw words stay only as the detail.
import { importReason, type ImportReason } from '../../../../shared/domain/archive/reasons';

export function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (error && typeof error === 'object' && 'message' in error) return String((error as { message: unknown }).message);
  return String(error);
}

/** The zip directory (yauzl) could not be read: the file is not a whole zip archive. */
export function zipFailure(error: unknown): ImportReason {
  return importReason('docx_corrupt', {}, messageOf(error));
}

/** mammoth (JSZip + xmldom) could not convert the document. */
export function docxFailure(error: unknown): ImportReason {
  const message = messageOf(error);
  // An entity the document declares or refers to (an XXE attempt, or a broken export): never resolved.
  if (/entity/i.test(message)) return importReason('docx_external_entity', {}, message);
  if (/main document part|body element/i.test(message)) return importReason('docx_not_word', {}, message);
  if (/zip|central directory|end of data|crc32|signature|compression|multi-volume|encrypted/i.test(message)) return importReason('docx_corrupt', {}, message);
  return importReason('docx_unreadable', {}, message);
}

/** pdf.js could not open the document (a password is handled before this: "terenkripsi"). */
export function pdfFailure(error: unknown): ImportReason {
  const name = (error as { name?: unknown } | null)?.name;
  const message = messageOf(error);
  if (name === 'InvalidPDFException' || name === 'FormatError' || /invalid|corrupt|bad |xref|trailer|header|startxref|unexpected|missing/i.test(message)) {
    return importReason('pdf_corrupt', {}, message);
  }
  return importReason('pdf_unreadable', {}, message);
}

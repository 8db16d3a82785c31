// Decides what a file is from its first bytes, not from its name alone: a ".pdf" that is not a
// PDF is refused, an encrypted Word file (an OLE container, not a zip) is "terenkripsi".
import type { ArchiveFileType } from '../../../../shared/domain/archive/fields';
import type { ImportReasonCode } from '../../../../shared/domain/archive/reasons';

export type Detected =
  | { kind: 'docx' }
  | { kind: 'pdf' }
  | { kind: 'encrypted-ooxml' }
  | { kind: 'other'; fileType: ArchiveFileType; mimeType: string }
  | { kind: 'mismatch'; code: ImportReasonCode };

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const ZIP_EMPTY = [0x50, 0x4b, 0x05, 0x06];
const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const OTHER_MIME: Record<string, string> = {
  doc: 'application/msword',
  xls: 'application/vnd.ms-excel',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  odt: 'application/vnd.oasis.opendocument.text',
  txt: 'text/plain',
  csv: 'text/csv',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  zip: 'application/zip',
};

export function extensionOf(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? name;
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

function hasPdfHeader(bytes: Uint8Array): boolean {
  // PDF readers accept the header anywhere in the first 1024 bytes.
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 1024)).toString('latin1');
  return head.includes('%PDF-');
}

export function detect(name: string, bytes: Uint8Array): Detected {
  const ext = extensionOf(name);
  if (ext === 'pdf' || (ext !== 'docx' && hasPdfHeader(bytes) && bytes.length > 8)) {
    if (!hasPdfHeader(bytes)) return { kind: 'mismatch', code: 'not_pdf' };
    return { kind: 'pdf' };
  }
  if (ext === 'docx') {
    if (startsWith(bytes, CFB)) return { kind: 'encrypted-ooxml' };
    if (startsWith(bytes, ZIP) || startsWith(bytes, ZIP_EMPTY)) return { kind: 'docx' };
    return { kind: 'mismatch', code: 'not_docx' };
  }
  return { kind: 'other', fileType: 'other', mimeType: OTHER_MIME[ext] ?? 'application/octet-stream' };
}

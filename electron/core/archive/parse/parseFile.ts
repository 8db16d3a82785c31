// The whole decision for one file, run inside the parser child process.
import { importReason } from '../../../../shared/domain/archive/reasons';
import { detect, DOCX_MIME } from './detect';
import { parseDocx } from './docx';
import { parsePdf } from './pdf';
import type { ParseOutcome } from './types';

export async function parseFile(name: string, bytes: Uint8Array): Promise<ParseOutcome> {
  if (bytes.length === 0) return { status: 'rejected', ...importReason('empty') };
  const kind = detect(name, bytes);
  switch (kind.kind) {
    case 'mismatch':
      return { status: 'rejected', ...importReason(kind.code) };
    case 'encrypted-ooxml':
      // An encrypted Word file is an OLE container holding the encrypted package (MS-OFFCRYPTO).
      return { status: 'encrypted', fileType: 'docx', mimeType: DOCX_MIME, pageCount: null, meta: {}, notes: ['Dokumen Word dilindungi kata sandi; disimpan tanpa teks.'] };
    case 'docx':
      return parseDocx(bytes);
    case 'pdf':
      return parsePdf(bytes);
    case 'other':
      return { status: 'ok', fileType: 'other', mimeType: kind.mimeType, text: '', textTruncated: false, html: null, pageCount: null, meta: {}, notes: ['Jenis berkas ini disimpan tanpa teks (hanya DOCX dan PDF yang dibaca isinya).'] };
  }
}

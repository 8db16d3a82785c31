// PDF in: unpdf (pdf.js). pdf.js detaches the buffer it is given, so it gets a copy. A file that
// needs a password is stored and reported "terenkripsi"; broken files are refused with a reason.
import { getDocumentProxy } from 'unpdf';
import { importReason } from '../../../../shared/domain/archive/reasons';
import { pdfFailure } from './failures';
import { checkPdfInflation, MAX_PDF_INFLATED_BYTES } from './pdfInflation';
import { capText, cleanText, MAX_TEXT_CHARS, type ParsedMeta, type ParseOutcome } from './types';

/** Text is read from at most this many pages; a page tree can claim billions of pages. */
export const MAX_PDF_PAGES_READ = 2000;
/** A page count above this is not believed (poppler-85140 claims 213,804,087 pages in 340 bytes). */
export const MAX_PLAUSIBLE_PAGES = 100_000;

const PDF_MIME = 'application/pdf';

export async function parsePdf(bytes: Uint8Array): Promise<ParseOutcome> {
  const inflation = await checkPdfInflation(bytes);
  if (!inflation.ok) {
    return { status: 'rejected', ...importReason('pdf_bomb', { limit: MAX_PDF_INFLATED_BYTES / 1024 / 1024 }) };
  }
  let doc: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    doc = await getDocumentProxy(new Uint8Array(bytes), { isEvalSupported: false, verbosity: 0, stopAtErrors: false });
  } catch (error) {
    const name = (error as { name?: string } | null)?.name;
    if (name === 'PasswordException') {
      return { status: 'encrypted', fileType: 'pdf', mimeType: PDF_MIME, pageCount: null, meta: {}, notes: ['PDF dilindungi kata sandi; disimpan tanpa teks.'] };
    }
    return { status: 'rejected', ...pdfFailure(error) };
  }
  try {
    const notes: string[] = [];
    const claimed = doc.numPages;
    const pageCount = claimed > 0 && claimed <= MAX_PLAUSIBLE_PAGES ? claimed : null;
    if (pageCount === null) notes.push(`PDF mengaku berisi ${claimed} halaman; jumlah halaman tidak dicatat.`);
    const meta = await readMeta(doc);
    const permissions = await doc.getPermissions().catch(() => null);
    if (permissions) notes.push('PDF dibatasi kata sandi pemilik (hak salin/cetak); teksnya tetap dibaca.');
    const parts: string[] = [];
    let length = 0;
    let failedPages = 0;
    const last = Math.min(claimed, MAX_PDF_PAGES_READ);
    for (let n = 1; n <= last && length < MAX_TEXT_CHARS; n += 1) {
      try {
        const page = await doc.getPage(n);
        const content = await page.getTextContent();
        const pageText = content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join('');
        parts.push(pageText);
        length += pageText.length;
        page.cleanup();
      } catch {
        failedPages += 1;
        if (failedPages >= 5) break;
      }
    }
    if (failedPages > 0) notes.push(`${failedPages} halaman tidak dapat dibaca teksnya.`);
    if (claimed > MAX_PDF_PAGES_READ) notes.push(`Teks dibaca dari ${MAX_PDF_PAGES_READ} halaman pertama saja.`);
    const capped = capText(cleanText(parts.join('\n\n')));
    if (capped.truncated) notes.push('Teks sangat panjang; hanya 2 juta karakter pertama yang diindeks.');
    return { status: 'ok', fileType: 'pdf', mimeType: PDF_MIME, text: capped.text, textTruncated: capped.truncated, html: null, pageCount, meta, notes };
  } finally {
    await doc.destroy().catch(() => undefined);
  }
}

async function readMeta(doc: Awaited<ReturnType<typeof getDocumentProxy>>): Promise<ParsedMeta> {
  try {
    const info = (await doc.getMetadata()).info as unknown as Record<string, unknown>;
    const text = (v: unknown) => (typeof v === 'string' && v.trim() !== '' ? cleanText(v).slice(0, 500) : undefined);
    const meta: ParsedMeta = {};
    const title = text(info.Title);
    const author = text(info.Author);
    const created = pdfDate(info.CreationDate);
    const modified = pdfDate(info.ModDate);
    if (title) meta.title = title;
    if (author) meta.author = author;
    if (created) meta.created = created;
    if (modified) meta.modified = modified;
    return meta;
  } catch {
    return {};
  }
}

/** "D:20240131093000+08'00'" -> '2024-01-31' (the date as written; no zone arithmetic). */
export function pdfDate(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const m = /^(?:D:)?(\d{4})(\d{2})?(\d{2})?/.exec(value.trim());
  if (!m) return undefined;
  const [y, mo = '01', d = '01'] = [m[1]!, m[2], m[3]];
  const month = Number(mo);
  const day = Number(d);
  if (Number(y) < 1900 || Number(y) > 2199 || month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  return `${y}-${mo}-${d}`;
}

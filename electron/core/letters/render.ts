// Both files of a letter or register from its DocumentSpec. Async (fonts, zip): always called
// BEFORE the write transaction, never inside it.
import type { DocumentSpec } from '../documents/model';

export interface RenderedPair {
  pdf: Uint8Array;
  docx: Uint8Array;
}

/**
 * The renderers (pdf-lib, fontkit, HarfBuzz, docx) load on first use, not with the core: every
 * CLI command and every app start would otherwise pay for them.
 */
export const loadRenderers = () => import('../documents');

export async function renderBoth(spec: DocumentSpec): Promise<RenderedPair> {
  const { renderPdf, renderDocx } = await loadRenderers();
  const [pdf, docx] = await Promise.all([renderPdf(spec), renderDocx(spec)]);
  return { pdf: pdf.bytes, docx: docx.bytes };
}

export const MIME = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
} as const;

/** '001/TB/PPID/XI/2026' → '001-TB-PPID-XI-2026': safe on Windows, macOS and Linux. */
export function fileSafe(text: string): string {
  return text.replace(/[\\/:*?"<>|\s]+/g, '-').replace(/-+/g, '-').replace(/^-|-$/g, '');
}

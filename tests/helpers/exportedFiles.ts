// Exported files read back the way an officer's tools would: pdftotext (poppler) for a PDF,
// mammoth for a DOCX. Whitespace is collapsed so table cells and wrapped lines compare simply.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import mammoth from 'mammoth';
import { tempDir } from './tempDir';

export function pdfText(base64: string, opts: { pdfinfo?: boolean } = {}): { text: string; info: string } {
  const file = path.join(tempDir(), 'export.pdf');
  fs.writeFileSync(file, Buffer.from(base64, 'base64'));
  const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  const info = opts.pdfinfo === false ? '' : execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return { text, info };
}

export async function docxText(base64: string): Promise<string> {
  const { value } = await mammoth.extractRawText({ buffer: Buffer.from(base64, 'base64') });
  return value.replace(/\s+/g, ' ');
}

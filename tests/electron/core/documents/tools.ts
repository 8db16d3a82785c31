// The poppler, qpdf, tesseract, unzip and LibreOffice command-line tools the renderer tests read
// the generated files back with: what a user's viewer, printer or Word would see.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export function run(cmd: string, args: string[], opts: { allowFail?: boolean } = {}): string {
  const result = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0 && !opts.allowFail) throw new Error(`${cmd} ${args.join(' ')} failed (${result.status}): ${result.stderr}`);
  return `${result.stdout}${opts.allowFail ? result.stderr : ''}`;
}

export function hasTool(cmd: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;
}

/** pdftotext of one page (1-based) or the whole file; -layout off keeps reading order simple. */
export function pdfText(file: string, page?: number): string {
  const range = page ? ['-f', String(page), '-l', String(page)] : [];
  return run('pdftotext', [...range, '-enc', 'UTF-8', file, '-']);
}

export function pdfInfo(file: string): Record<string, string> {
  const info: Record<string, string> = {};
  for (const line of run('pdfinfo', [file]).split('\n')) {
    const m = /^([^:]+):\s*(.*)$/.exec(line);
    if (m) info[m[1]!.trim()] = m[2]!.trim();
  }
  return info;
}

/** Rows of `pdffonts`: name, type and whether the font is embedded. */
export function pdfFonts(file: string): Array<{ name: string; type: string; embedded: boolean }> {
  return run('pdffonts', [file])
    .split('\n')
    .slice(2)
    .filter((l) => l.trim())
    .map((line) => {
      const cols = line.trim().split(/\s+/);
      // name, type (1-2 words), encoding, emb, sub, uni, object, id
      const emb = cols[cols.length - 5];
      return { name: cols[0]!, type: cols.slice(1, cols.length - 6).join(' '), embedded: emb === 'yes' };
    });
}

/** Words of 4+ letters, lower-cased, as a set. */
export function words(text: string): string[] {
  return [...new Set((text.toLowerCase().match(/\p{L}{4,}/gu) ?? []).map((w) => w))];
}

/**
 * Share of pdftotext's words (4+ letters) that OCR of the rasterised page also reads. Blank
 * glyph boxes extract fine but OCR reads nothing from them (STACK.md "Documents").
 */
export function ocrRecall(pdfFile: string, page: number, workDir: string): { recall: number; missing: string[] } {
  const prefix = path.join(workDir, `ocr-${path.basename(pdfFile, '.pdf')}-${page}`);
  run('pdftoppm', ['-r', '100', '-f', String(page), '-l', String(page), '-png', '-singlefile', pdfFile, prefix]);
  const ocr = new Set(words(run('tesseract', [`${prefix}.png`, '-', '-l', 'ind'], { allowFail: false })));
  const expected = words(pdfText(pdfFile, page));
  const missing = expected.filter((w) => !ocr.has(w));
  return { recall: expected.length ? (expected.length - missing.length) / expected.length : 0, missing };
}

export function unzipText(file: string, entry: string): string {
  return execFileSync('unzip', ['-p', file, entry], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

export function zipEntries(file: string): string[] {
  return run('unzip', ['-Z1', file]).split('\n').filter(Boolean);
}

/** Converts files with LibreOffice into `outDir` (its own profile, so parallel runs never clash). */
export function sofficeToPdf(files: string[], outDir: string): void {
  const profile = path.join(outDir, 'lo-profile');
  fs.mkdirSync(profile, { recursive: true });
  run('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, ...files]);
}

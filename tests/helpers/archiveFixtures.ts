// Generated documents for archive tests: DOCX through the `docx` package, PDF through pdf-lib.
import { Document, ExternalHyperlink, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import path from 'node:path';
import fs from 'node:fs';

export async function makeDocx(opts: { title?: string; heading?: string; paragraphs: string[]; link?: { text: string; href: string } }): Promise<Buffer> {
  const children = opts.paragraphs.map((text) => new Paragraph({ children: [new TextRun(text)] }));
  // After the first paragraph, as a heading often follows a line of letterhead or a date.
  if (opts.heading) children.splice(Math.min(1, children.length), 0, new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(opts.heading)] }));
  if (opts.link) {
    children.push(new Paragraph({ children: [new ExternalHyperlink({ link: opts.link.href, children: [new TextRun(opts.link.text)] })] }));
  }
  const doc = new Document({ title: opts.title ?? '', creator: 'PPID Uji', sections: [{ children }] });
  return Packer.toBuffer(doc);
}

export async function makePdf(opts: { title?: string; author?: string; pages: string[][] }): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  if (opts.title) pdf.setTitle(opts.title);
  if (opts.author) pdf.setAuthor(opts.author);
  pdf.setCreationDate(new Date('2025-03-14T02:00:00Z'));
  for (const lines of opts.pages) {
    const page = pdf.addPage([595, 842]);
    lines.forEach((line, i) => page.drawText(line, { x: 50, y: 780 - i * 18, size: 12, font }));
  }
  return Buffer.from(await pdf.save());
}

/** The shared real-world corpus: PPID_SHARED_DIR or ../shared beside the repository. */
export function sharedDir(): string {
  const repoRoot = path.resolve(import.meta.dirname, '../..');
  return process.env.PPID_SHARED_DIR ? path.resolve(process.env.PPID_SHARED_DIR) : path.resolve(repoRoot, '../shared');
}

export function realWorldCorpus(): string | null {
  const dir = path.join(sharedDir(), 'fixtures', 'real-world');
  return fs.existsSync(path.join(dir, 'MANIFEST.tsv')) ? dir : null;
}

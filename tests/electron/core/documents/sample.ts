// Not a test: writes a sample letter and register as PDF and DOCX (and PNGs of their pages when
// poppler is installed) to look at them as a user would.
// Run: npx tsx tests/electron/core/documents/sample.ts [out-dir]   (default: ./sample-documents)
import fs from 'node:fs';
import path from 'node:path';
import { renderDocx, renderPdf } from '../../../../electron/core/documents';
import { letterSpec, registerSpec } from './specs';
import { hasTool, run } from './tools';

const out = path.resolve(process.argv[2] ?? 'sample-documents');
fs.mkdirSync(out, { recursive: true });
const samples = { letter: letterSpec(), 'letter-3-pages': letterSpec({ paragraphs: 20 }), register: registerSpec(200) };
for (const [name, spec] of Object.entries(samples)) {
  const pdf = path.join(out, `${name}.pdf`);
  fs.writeFileSync(pdf, (await renderPdf(spec)).bytes);
  fs.writeFileSync(path.join(out, `${name}.docx`), (await renderDocx(spec)).bytes);
  if (hasTool('pdftoppm')) run('pdftoppm', ['-r', '60', '-png', pdf, path.join(out, name)]);
}
console.log(`Ditulis ke ${out}`);

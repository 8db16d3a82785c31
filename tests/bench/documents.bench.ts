// Documents benchmark: ms per letter (PDF and DOCX, p50/p95 over 30 runs after warm-up) and for
// a 1,000-row landscape F4 register. Goal: <= 50 ms per PDF letter. Prints figures only; never
// fails on time. Run: npm run bench -- documents
import { prepareFonts, renderDocx, renderPdf } from '../../electron/core/documents';
import type { DocumentSpec } from '../../electron/core/documents/model';
import { letterSpec, registerSpec } from '../electron/core/documents/specs';
import { measure as measureRuns, type Figures } from './measure';

const RUNS = 30;
const WARMUP = 5;
const GOAL_PDF_LETTER_MS = 50;


const measure = (run: () => Promise<unknown>, runs = RUNS, warmup = WARMUP) => measureRuns(run, runs, warmup);

const fmt = (f: Figures) => `p50 ${f.p50.toFixed(1)} ms, p95 ${f.p95.toFixed(1)} ms, max ${f.max.toFixed(1)} ms`;

/** Each run a different letter number, so the font subsets are not all served from the cache. */
function varied(i: number): DocumentSpec {
  const spec = letterSpec();
  return { ...spec, blocks: [{ type: 'title', text: 'TANDA BUKTI PENERIMAAN', subtitle: `Nomor: ${String(i).padStart(3, '0')}/PPID/XI/2026 Q${i % 97}` }, ...spec.blocks.slice(1)] };
}

export default async function main(): Promise<void> {
  const start = performance.now();
  await prepareFonts();
  console.log(`prepareFonts() at start-up (fonts read, HarfBuzz started): ${(performance.now() - start).toFixed(0)} ms`);
  const cold = performance.now();
  await renderPdf(letterSpec());
  console.log(`First PDF letter after that: ${(performance.now() - cold).toFixed(0)} ms`);

  const letter = letterSpec();
  const pdf = await measure(() => renderPdf(letter));
  console.log(`PDF letter, same text:        ${fmt(pdf)} (goal p50 <= ${GOAL_PDF_LETTER_MS} ms: ${pdf.p50 <= GOAL_PDF_LETTER_MS ? 'met' : 'NOT met'})`);
  let n = 0;
  const pdfVaried = await measure(() => renderPdf(varied(n++)));
  console.log(`PDF letter, new text each run: ${fmt(pdfVaried)}`);
  const docx = await measure(() => renderDocx(letter));
  console.log(`DOCX letter:                   ${fmt(docx)}`);

  const register = registerSpec(1000);
  let pages = 0;
  const regPdf = await measure(async () => void (pages = (await renderPdf(register)).pages ?? 0), 5, 1);
  console.log(`PDF register, 1,000 rows, F4 landscape (${pages} pages): ${fmt(regPdf)}`);
  const regDocx = await measure(() => renderDocx(register), 5, 1);
  console.log(`DOCX register, 1,000 rows:     ${fmt(regDocx)}`);
}

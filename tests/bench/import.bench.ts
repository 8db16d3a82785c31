// Import benchmark on the real-world corpus (../shared/fixtures/real-world): the app's import
// (`archive:importPaths` through the core: parse pool, blob store, SQLite, audit) against naive
// mammoth (convertToHtml then extractRawText, one process, one file after another) on the same
// DOCX files in the same run, and the PDFs against unpdf alone (extractText, one process).
// Rounds alternate so that a burst of load on a shared machine hits both sides alike; the median
// round of each side is compared. Goal (issue #16): app/naive >= 1.5 on 2 cores.
// Prints figures only; never fails on time. Run: npm run bench -- import.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import mammoth from 'mammoth';
import { extractText, getDocumentProxy } from 'unpdf';
import { createCore } from '../../electron/core';
import { defaultPoolSize } from '../../electron/core/archive/parse/parserPool';
import type { ImportReport } from '../../shared/ipc/channels/archive';
import { makeDocx, realWorldCorpus } from '../helpers/archiveFixtures';

const ROUNDS = 3;

function ok<T>(result: { ok: boolean; value?: unknown; error?: unknown }): T {
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value as T;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const filesIn = (dir: string) => fs.readdirSync(dir).sort().map((name) => path.join(dir, name));

async function naiveMammoth(files: string[]): Promise<number> {
  const start = performance.now();
  for (const file of files) {
    const buffer = fs.readFileSync(file);
    try {
      await mammoth.convertToHtml({ buffer });
      await mammoth.extractRawText({ buffer });
    } catch {
      // an encrypted or malformed file: mammoth refuses it, as the app does
    }
  }
  return (performance.now() - start) / 1000;
}

async function unpdfAlone(files: string[]): Promise<number> {
  const start = performance.now();
  for (const file of files) {
    try {
      await extractText(await getDocumentProxy(new Uint8Array(fs.readFileSync(file)), { verbosity: 0 }), { mergePages: true });
    } catch {
      // broken or password-protected: refused
    }
  }
  return (performance.now() - start) / 1000;
}

/** One import of `dir` into a fresh archive, the parser children already started (as in a running app). */
async function appImport(dir: string, warmDir: string): Promise<{ seconds: number; report: ImportReport; warmMs: number }> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ppid-bench-impor-'));
  const core = createCore({ dataDir, host: 'test', actor: 'bench' });
  try {
    const warm = performance.now();
    ok<ImportReport>(await core.handle('archive:importPaths', { batchId: `warm-${warm}`, paths: [warmDir] }));
    const warmMs = performance.now() - warm;
    const start = performance.now();
    const report = ok<ImportReport>(await core.handle('archive:importPaths', { batchId: `bench-${start}`, paths: [dir] }));
    return { seconds: (performance.now() - start) / 1000, report, warmMs };
  } finally {
    core.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

const counts = (r: ImportReport) => Object.entries(r.counts).filter(([, n]) => n > 0).map(([k, n]) => `${n} ${k}`).join(', ');

export default async function main(): Promise<void> {
  console.log(`Load average ${os.loadavg().map((n) => n.toFixed(1)).join(' / ')} on ${os.cpus().length} cores; parse pool of ${defaultPoolSize()} children.`);
  const corpus = realWorldCorpus();
  if (!corpus) {
    console.log('Korpus real-world tidak ditemukan (PPID_SHARED_DIR atau ../shared): benchmark dilewati.');
    return;
  }
  // Warm-up batch: enough small files to start every child of the pool before the timed import.
  const warmDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ppid-bench-pemanasan-'));
  try {
    for (let i = 0; i < defaultPoolSize() * 2; i += 1) fs.writeFileSync(path.join(warmDir, `p${i}.docx`), await makeDocx({ paragraphs: [`Pemanasan ${i}`] }));
    for (const [kind, baseline, label] of [['docx', naiveMammoth, 'naive mammoth (HTML then raw text, one process)'], ['pdf', unpdfAlone, 'unpdf alone (extractText, one process)']] as const) {
      const dir = path.join(corpus, kind);
      const files = filesIn(dir);
      await baseline(files.slice(0, 3)); // module load and JIT, not measured
      const app: number[] = [];
      const base: number[] = [];
      let last: ImportReport | null = null;
      let warmMs = 0;
      for (let round = 0; round < ROUNDS; round += 1) {
        base.push(await baseline(files));
        const run = await appImport(dir, warmDir);
        app.push(run.seconds);
        last = run.report;
        warmMs = run.warmMs;
      }
      const appRate = files.length / median(app);
      const baseRate = files.length / median(base);
      console.log(`${kind.toUpperCase()}: ${files.length} files of the real-world corpus (${counts(last!)}), ${ROUNDS} alternating rounds, median:`);
      console.log(`  app import      ${appRate.toFixed(1).padStart(6)} docs/s  (rounds ${app.map((s) => s.toFixed(2)).join(' / ')} s; warm-up batch ${warmMs.toFixed(0)} ms)`);
      console.log(`  baseline        ${baseRate.toFixed(1).padStart(6)} docs/s  (rounds ${base.map((s) => s.toFixed(2)).join(' / ')} s): ${label}`);
      console.log(`  ratio app/${kind === 'docx' ? 'naive' : 'unpdf'} ${(appRate / baseRate).toFixed(2)}x${kind === 'docx' ? ' (goal >= 1.5 on 2 cores)' : ''}`);
    }
  } finally {
    fs.rmSync(warmDir, { recursive: true, force: true });
  }
}

// Archive benchmark: import throughput on generated DOCX files (through the parser child process,
// the blob store and SQLite, as `ppid-desk import` does), then search p50/p95 at 50,000 documents
// seeded straight into SQLite. Goals (issue #5): >= 20 DOCX/s, search p95 <= 50 ms.
// Prints figures only; never fails on time. Run: npm run bench -- archive.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createCore } from '../../electron/core';
import { openDatabase } from '../../electron/core/db/connection';
import type { ImportReport, SearchResult } from '../../shared/ipc/channels/archive';
import { makeDocx } from '../helpers/archiveFixtures';
import { syntheticDoc } from '../helpers/seedArchive';
import { measure as measureRuns } from './measure';

const DOCX_FILES = 200;
const SEARCH_DOCS = 50_000;
const RUNS = 60;
const WARMUP = 5;

function ok<T>(result: { ok: boolean; value?: unknown; error?: unknown }): T {
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value as T;
}

const measure = (run: () => Promise<unknown>) => measureRuns(run, RUNS, WARMUP);

async function importThroughput(): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ppid-bench-arsip-'));
  const src = fs.mkdtempSync(path.join(os.tmpdir(), 'ppid-bench-docx-'));
  try {
    for (let i = 0; i < DOCX_FILES; i++) {
      const doc = syntheticDoc(i, 400);
      const paragraphs = doc.text.match(/(?:\S+\s+){1,60}/g) ?? [doc.text];
      fs.writeFileSync(path.join(src, `dokumen-${String(i).padStart(4, '0')}.docx`), await makeDocx({ title: doc.title, paragraphs }));
    }
    const core = createCore({ dataDir, host: 'test', actor: 'bench' });
    try {
      // The parser process starts once (tsx from source); measured separately from the batch.
      const warm = performance.now();
      ok<ImportReport>(await core.handle('archive:importPaths', { batchId: 'warm', paths: [path.join(src, 'dokumen-0000.docx')] }));
      const startup = performance.now() - warm;
      const start = performance.now();
      const report = ok<ImportReport>(await core.handle('archive:importPaths', { batchId: 'bench', paths: [src] }));
      const seconds = (performance.now() - start) / 1000;
      const imported = report.counts.imported;
      console.log(
        `Import: ${imported} DOCX (+1 duplicate) in ${seconds.toFixed(2)} s = ${(imported / seconds).toFixed(1)} DOCX/s ` +
          `(goal >= 20); first file incl. starting the parser process ${startup.toFixed(0)} ms.`,
      );
    } finally {
      core.close();
    }
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
    fs.rmSync(src, { recursive: true, force: true });
  }
}

async function searchLatency(): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ppid-bench-cari-'));
  try {
    createCore({ dataDir, host: 'test' }).close();
    const seedStart = performance.now();
    const db = openDatabase(path.join(dataDir, 'archive.db'));
    const blob = db.prepare("INSERT INTO blobs (sha256, size, mime_type, created_at) VALUES (?, 1, 'application/pdf', ?)");
    const doc = db.prepare(
      `INSERT INTO archive_documents (sha256, file_name, file_type, mime_type, size, imported_at, title, summary, unit, produced_date, category, updated_at, text_chars)
       VALUES (?, ?, ?, 'application/pdf', 1, ?, ?, '', ?, ?, ?, ?, ?)`,
    );
    const fts = db.prepare("INSERT INTO archive_fts (rowid, title, summary, body) VALUES (?, ?, '', ?)");
    db.transaction(() => {
      for (let i = 0; i < SEARCH_DOCS; i++) {
        const d = syntheticDoc(i, 150);
        const sha = createHash('sha256').update(String(i)).digest('hex');
        const at = new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString();
        blob.run(sha, at);
        const id = Number(doc.run(sha, `${d.title}.${d.fileType}`, d.fileType, at, d.title, d.unit, d.producedDate, d.category, at, d.text.length).lastInsertRowid);
        fts.run(id, d.title, d.text);
      }
    })();
    db.close();
    const mb = fs.statSync(path.join(dataDir, 'archive.db')).size / 1024 / 1024;
    console.log(`Seeded ${SEARCH_DOCS} documents (150 words each) in ${((performance.now() - seedStart) / 1000).toFixed(1)} s; archive ${mb.toFixed(0)} MB.`);

    const core = createCore({ dataDir, host: 'test', actor: 'bench' });
    try {
      const cases: Array<[string, Record<string, unknown>]> = [
        ['common word "anggaran"', { query: 'anggaran' }],
        ['two words "dana desa"', { query: 'dana desa' }],
        ['prefix "kab"', { query: 'kab' }],
        ['rare "nomor 4242"', { query: 'nomor 4242' }],
        ['word + category + year', { query: 'laporan', category: 'berkala', year: 2020 }],
        ['no words, filters only', { query: '', unit: 'Sekretariat', fileType: 'pdf' }],
        ['odd input `dana-desa "NOT 12/2024`', { query: 'dana-desa "NOT 12/2024' }],
      ];
      for (const [name, input] of cases) {
        const first = ok<SearchResult>(await core.handle('archive:search', { ...input, limit: 20 }));
        const f = await measure(() => core.handle('archive:search', { ...input, limit: 20 }));
        console.log(`Search ${name.padEnd(36)} p50 ${f.p50.toFixed(1).padStart(6)} ms  p95 ${f.p95.toFixed(1).padStart(6)} ms  max ${f.max.toFixed(1).padStart(6)} ms  (${first.hits.length} hits${first.hasMore ? '+' : ''})`);
      }
      console.log('Goal: p95 <= 50 ms.');
    } finally {
      core.close();
    }
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

export default async function main(): Promise<void> {
  // Shared build machines: the figures mean little without the load they were taken under.
  console.log(`Load average ${os.loadavg().map((n) => n.toFixed(1)).join(' / ')} on ${os.cpus().length} cores.`);
  await importThroughput();
  await searchLatency();
}

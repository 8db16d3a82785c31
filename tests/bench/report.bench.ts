// Report benchmark (issue 12): 100,000 requests of 2026 with objections, disputes and press
// inquiries in a temp data folder, then the annual report through reports:export in each format.
// Goal: <= 5 s per format. Prints figures only; never fails on time. Run: npm run bench -- report.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createCore } from '../../electron/core';
import { openDatabase } from '../../electron/core/db/connection';
import { REPORT_FORMATS, type ReportFigures } from '../../shared/ipc/channels/reports';
import { seedInbox } from '../helpers/seedInbox';

const NOW = '2027-01-15T02:00:00Z'; // Fri 15 Jan 2027, 10:00 WITA: the whole of 2026 is behind
const GOAL_S = 5;

export default async function main(): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ppid-bench-report-'));
  try {
    createCore({ dataDir, host: 'test' }).close();
    const seedStart = performance.now();
    const db = openDatabase(path.join(dataDir, 'archive.db'));
    const counts = seedInbox(db, { requests: 100_000, objections: 10_000, disputes: 1_000, inquiries: 10_000, now: NOW, spanDays: 379 });
    db.close();
    console.log(`Seeded ${counts.requests} requests, ${counts.objections} objections, ${counts.disputes} disputes, 10000 inquiries in ${((performance.now() - seedStart) / 1000).toFixed(1)} s.`);

    const core = createCore({ dataDir, host: 'test', actor: 'bench', clock: { now: () => new Date(NOW) } });
    try {
      const started = performance.now();
      const figures = await core.handle('reports:figures', { period: '2026' });
      if (!figures.ok) throw new Error(figures.error.message);
      const r = (figures.value as ReportFigures).requests;
      console.log(`reports:figures 2026: ${((performance.now() - started) / 1000).toFixed(2)} s (${r.received} received, ${r.fulfilment_days.count} decided, ${r.open_at_end} open at the end).`);
      console.log(`${'format'.padEnd(8)} ${'seconds'.padStart(8)}  goal <= ${GOAL_S} s`);
      for (const format of REPORT_FORMATS.slice().sort((a, b) => (a === 'json' ? -1 : b === 'json' ? 1 : a.localeCompare(b)))) {
        const start = performance.now();
        const out = await core.handle('reports:export', { period: '2026', format });
        const seconds = (performance.now() - start) / 1000;
        if (!out.ok && out.error.code === 'unsupported') {
          console.log(`${format.padEnd(8)} ${'n/a'.padStart(8)}  ${out.error.message}`);
          continue;
        }
        if (!out.ok) throw new Error(`${format}: ${out.error.message}`);
        const kb = Buffer.from((out.value as { base64: string }).base64, 'base64').length / 1024;
        console.log(`${format.padEnd(8)} ${seconds.toFixed(2).padStart(8)}  ${kb.toFixed(0)} KB, ${seconds <= GOAL_S ? 'met' : 'NOT met'}`);
      }
    } finally {
      core.close();
    }
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

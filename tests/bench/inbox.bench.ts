// Inbox benchmark: 100,000 requests, 20,000 objections and 20,000 press inquiries in a temp data folder, then p50/p95 of
// the first inbox page, a filtered page, a deep page and an intake save, through core.handle.
// Prints figures only; never fails on time. Run: npm run bench (or npm run bench -- inbox).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createCore } from '../../electron/core';
import { openDatabase } from '../../electron/core/db/connection';
import type { InboxPage } from '../../shared/ipc/channels/inbox';
import { requestInput } from '../helpers/requestInput';
import { seedInbox } from '../helpers/seedInbox';
import { measure as measureRuns, type Figures } from './measure';

const NOW = '2026-11-23T02:00:00Z'; // Mon 23 Nov 2026, 10:00 WITA
const RUNS = 60;
const WARMUP = 5;
const GOAL_FIRST_PAGE_P95_MS = 50;


const measure = (run: () => Promise<unknown>) => measureRuns(run, RUNS, WARMUP);

function ok<T>(result: { ok: boolean; value?: unknown; error?: unknown }): T {
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value as T;
}

export default async function main(): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ppid-bench-'));
  try {
    createCore({ dataDir, host: 'test' }).close();
    const seedStart = performance.now();
    const db = openDatabase(path.join(dataDir, 'archive.db'));
    const counts = seedInbox(db, { requests: 100_000, objections: 20_000, disputes: 500, inquiries: 20_000, now: NOW });
    db.close();
    const mb = fs.statSync(path.join(dataDir, 'archive.db')).size / 1024 / 1024;
    console.log(
      `Seeded ${counts.requests} requests (${counts.openRequests} open), ${counts.objections} objections, ${counts.disputes} disputes, ` +
        `20000 inquiries (${counts.openInquiries} open) ` +
        `in ${((performance.now() - seedStart) / 1000).toFixed(1)} s; archive ${mb.toFixed(0)} MB.`,
    );

    const core = createCore({ dataDir, host: 'test', actor: 'bench', clock: { now: () => new Date(NOW) } });
    try {
      const first = ok<InboxPage>(await core.handle('inbox:list', { limit: 50 }));
      let deepCursor = first.nextCursor;
      for (let i = 0; i < 19 && deepCursor; i++) deepCursor = ok<InboxPage>(await core.handle('inbox:list', { limit: 50, cursor: deepCursor })).nextCursor;
      const filters = { status: 'in_process' as const, dueWithinDays: 10, search: 'Siti' };
      const filtered = ok<InboxPage>(await core.handle('inbox:list', { limit: 50, filters }));

      const rows: [string, Figures, string][] = [
        ['inbox first page (50)', await measure(() => core.handle('inbox:list', { limit: 50 })), `goal p95 <= ${GOAL_FIRST_PAGE_P95_MS} ms`],
        ['inbox page 21 (cursor)', await measure(() => core.handle('inbox:list', { limit: 50, ...(deepCursor ? { cursor: deepCursor } : {}) })), ''],
        ['inbox filtered (status+dueWithinDays+search)', await measure(() => core.handle('inbox:list', { limit: 50, filters })), `${filtered.items.length} items`],
        ['inbox first page (200)', await measure(() => core.handle('inbox:list', { limit: 200 })), ''],
        // The registers (issue 11): every case of every status, newest first, at 100,000 requests.
        ['register first page (100, any status)', await measure(() => core.handle('cases:register', { kind: 'request', limit: 100 })), 'with total'],
        ['register closed 2025 (100)', await measure(() => core.handle('cases:register', { kind: 'request', limit: 100, filters: { status: 'closed', year: 2025 } })), ''],
        ['register search by name (100)', await measure(() => core.handle('cases:register', { kind: 'request', limit: 100, filters: { search: 'Siti' } })), 'FTS + total'],
        ['register search last 4 NIK digits', await measure(() => core.handle('cases:register', { kind: 'request', limit: 100, filters: { search: '0001' } })), ''],
        ['intake save (requests:create)', await measure(async () => ok(await core.handle('requests:create', requestInput({ receivedAt: '2026-11-23T09:30:00+08:00' })))), 'fsync per commit'],
      ];
      console.log(`First page: ${first.items.length} items, first due ${first.items[0]?.due} (${first.items[0]?.state}).`);
      console.log(`${'operation'.padEnd(46)} ${'p50 ms'.padStart(8)} ${'p95 ms'.padStart(8)} ${'max ms'.padStart(8)}  (${RUNS} runs)`);
      for (const [name, f, note] of rows) {
        console.log(`${name.padEnd(46)} ${f.p50.toFixed(2).padStart(8)} ${f.p95.toFixed(2).padStart(8)} ${f.max.toFixed(2).padStart(8)}  ${note}`);
      }
      const firstP95 = rows[0]![1].p95;
      console.log(`Goal: first page p95 <= ${GOAL_FIRST_PAGE_P95_MS} ms → ${firstP95 <= GOAL_FIRST_PAGE_P95_MS ? 'met' : 'NOT met'} (${firstP95.toFixed(2)} ms).`);
    } finally {
      core.close();
    }
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

// Letters and registers benchmark: a 1,000-row register permohonan (and the objections of the same
// period) in each format, and issuing a letter end to end (build, render PDF + DOCX, store, row,
// audit), through core.handle. Prints figures only; never fails on time.
// Run: npm run bench -- letters
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createCore } from '../../electron/core';
import { openDatabase } from '../../electron/core/db/connection';
import { seedInbox } from '../helpers/seedInbox';
import { requestInput } from '../helpers/requestInput';

const NOW = '2026-11-23T02:00:00Z';
const PROFILE = {
  instansiLines: ['PEMERINTAH PROVINSI KALIMANTAN TIMUR', 'DINAS KOMUNIKASI DAN INFORMATIKA'],
  unit: 'PPID Utama',
  address: 'Jl. Basuki Rahmat No. 41, Samarinda 75117',
  phone: '(0541) 741041',
  email: 'ppid@kaltimprov.go.id',
  website: 'ppid.kaltimprov.go.id',
  city: 'Samarinda',
  timeZone: 'Asia/Makassar',
  cutoffTime: '16:00',
  ppid: { name: 'Dra. Siti Rahmawati, M.Si.', nip: '19750312 200003 2 004', title: 'Kepala Dinas Komunikasi dan Informatika' },
  atasan: { name: 'Dr. H. Sri Wahyuni, M.Si.', nip: '196911011994032006', title: 'Sekretaris Daerah Provinsi Kalimantan Timur' },
};

function ok<T>(result: { ok: boolean; value?: unknown; error?: unknown }): T {
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value as T;
}

async function time<T>(run: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await run();
  return { ms: performance.now() - start, value };
}

export default async function main(): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ppid-bench-letters-'));
  try {
    createCore({ dataDir, host: 'test' }).close();
    const db = openDatabase(path.join(dataDir, 'archive.db'));
    seedInbox(db, { requests: 3_000, objections: 300, disputes: 0, now: NOW });
    db.close();
    const core = createCore({ dataDir, host: 'test', actor: 'bench', clock: { now: () => new Date(NOW) } });
    try {
      ok(await core.handle('settings:saveProfile', PROFILE));
      // The most recent 1,000 requests: find the period that holds exactly them.
      const db2 = openDatabase(path.join(dataDir, 'archive.db'), { readonly: true });
      const from = db2.prepare('SELECT received_local FROM requests ORDER BY received_local DESC, id DESC LIMIT 1 OFFSET 999').pluck().get() as string;
      db2.close();
      const to = '2026-12-31';
      for (const kind of ['permohonan', 'keberatan'] as const) {
        for (const format of ['csv', 'xlsx', 'pdf', 'docx'] as const) {
          await core.handle('registers:export', { kind, from, to, format }); // warm-up (fonts, zip)
          const { ms, value } = await time(() => core.handle('registers:export', { kind, from, to, format }));
          const out = ok<{ rows: number; base64: string }>(value);
          console.log(`register ${kind} ${format.padEnd(4)} ${String(out.rows).padStart(5)} rows: ${ms.toFixed(0).padStart(6)} ms, ${(out.base64.length * 0.75 / 1024).toFixed(0)} KB`);
        }
      }
      // Issuing: a fresh request each time, so each issue assigns a number and writes new files.
      const times: number[] = [];
      for (let i = 0; i < 21; i++) {
        const request = ok<{ id: number }>(await core.handle('requests:create', requestInput({ receivedAt: '2026-11-20T10:00:00+08:00' })));
        const { ms } = await time(() => core.handle('letters:issue', { caseKind: 'request', caseId: request.id, type: 'tanda-bukti' }).then(ok));
        if (i > 0) times.push(ms); // the first one loads fonts
      }
      times.sort((a, b) => a - b);
      console.log(`letters:issue tanda-bukti (PDF + DOCX + store), ${times.length} runs: p50 ${times[Math.floor(times.length / 2)]!.toFixed(0)} ms, max ${times.at(-1)!.toFixed(0)} ms`);
    } finally {
      core.close();
    }
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

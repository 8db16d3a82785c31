// kill -9 of a writer in the middle of its work, again and again, then: is every write it
// acknowledged still there, and is the archive whole? Shared by the crash test and `npm run bench -- crash`.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDatabase } from '../../electron/core/db/connection';
import { checkDatabaseFile } from '../../electron/core/maintenance/check';
import { dataPaths } from '../../electron/core/paths';

const here = path.dirname(fileURLToPath(import.meta.url)); // also run by tsx (bench), where __dirname is absent
const root = path.resolve(here, '../..');
const writer = path.join(here, 'crashWriter.ts');

export interface CrashRound {
  /** Writes the writer acknowledged before it was killed. */
  acknowledged: { requests: string[]; documents: { id: number; sha256: string }[] };
  /** Milliseconds it ran after it was ready. */
  ranMs: number;
}

/** Starts the writer, waits until it is ready, lets it write for `runMs`, then kills it with SIGKILL. */
export function crashOnce(dataDir: string, tag: string, runMs: number): Promise<CrashRound> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', writer, dataDir, tag], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    let readyAt = 0;
    let timer: NodeJS.Timeout | undefined;
    const giveUp = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (!readyAt && out.includes('READY\n')) {
        readyAt = Date.now();
        timer = setTimeout(() => child.kill('SIGKILL'), runMs);
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(giveUp);
      if (timer) clearTimeout(timer);
      if (signal !== 'SIGKILL') return reject(new Error(`writer ended by itself (exit ${code}): ${err.slice(0, 2000)}`));
      // Only whole lines count: a line cut by the kill was not acknowledged.
      const lines = out.slice(0, out.lastIndexOf('\n') + 1).split('\n');
      const requests = lines.filter((l) => l.startsWith('R ')).map((l) => l.slice(2));
      const documents = lines
        .filter((l) => l.startsWith('D '))
        .map((l) => {
          const [, id, sha256] = l.split(' ');
          return { id: Number(id), sha256: sha256! };
        });
      resolve({ acknowledged: { requests, documents }, ranMs: readyAt ? Date.now() - readyAt : 0 });
    });
  });
}

export interface Survival {
  missingRequests: string[];
  missingDocuments: number[];
  checkOk: boolean;
  checkProblems: string[];
}

/** What of `acknowledged` is not in the archive, and whether `ppid-desk check` passes. */
export function survival(dataDir: string, acknowledged: CrashRound['acknowledged']): Survival {
  const paths = dataPaths(dataDir);
  const db = openDatabase(paths.db, { fileMustExist: true });
  let missingRequests: string[];
  let missingDocuments: number[];
  try {
    const numbers = new Set(db.prepare('SELECT number FROM requests').pluck().all() as string[]);
    missingRequests = acknowledged.requests.filter((n) => !numbers.has(n));
    const doc = db.prepare('SELECT sha256 FROM archive_documents WHERE id = ?').pluck();
    missingDocuments = acknowledged.documents.filter((d) => doc.get(d.id) !== d.sha256).map((d) => d.id);
  } finally {
    db.close();
  }
  const report = checkDatabaseFile(paths.db, paths.blobs);
  return { missingRequests, missingDocuments, checkOk: report.ok, checkProblems: report.lines.filter((l) => !l.ok).map((l) => `${l.name}: ${l.detail}`) };
}

// The import history (migration archive-import-history): runs and their per-file verdicts.
// Synchronous SQL, `db` first; the service decides the transactions.
import type { ImportVerdict } from '../../../shared/domain/archive/fields';
import type { ImportItem } from '../../../shared/ipc/channels/archive';
import type { Db } from '../db/connection';

export interface RunRow {
  id: number;
  batch_id: string;
  source: 'upload' | 'paths';
  actor: string;
  started_at: string;
  finished_at: string | null;
  cancelled: 0 | 1;
}

export interface ItemRow {
  id: number;
  run_id: number;
  at: string;
  name: string;
  relative_path: string;
  verdict: ImportVerdict;
  reason_code: string | null;
  reason_params: string;
  reason: string | null;
  detail: string | null;
  document_id: number | null;
  title: string | null;
  file_type: 'docx' | 'pdf' | 'other' | null;
  notes: string;
  /** 1 while the document the line names is still in the archive. */
  document_exists: 0 | 1;
  /** When the document the line names was withdrawn, if it was. */
  withdrawn_at: string | null;
}

/** The run of `batchId`, created on first use (an upload batch's first file, or a path import's start). */
export function ensureRun(db: Db, run: Pick<RunRow, 'batch_id' | 'source' | 'actor' | 'started_at'>): RunRow {
  db.prepare('INSERT OR IGNORE INTO archive_import_runs (batch_id, source, actor, started_at) VALUES (@batch_id, @source, @actor, @started_at)').run(run);
  return getRunByBatch(db, run.batch_id)!;
}

export function getRunByBatch(db: Db, batchId: string): RunRow | undefined {
  return db.prepare('SELECT * FROM archive_import_runs WHERE batch_id = ?').get(batchId) as RunRow | undefined;
}

export function getRun(db: Db, id: number): RunRow | undefined {
  return db.prepare('SELECT * FROM archive_import_runs WHERE id = ?').get(id) as RunRow | undefined;
}

export function finishRun(db: Db, id: number, at: string, cancelled: boolean): void {
  db.prepare('UPDATE archive_import_runs SET finished_at = ?, cancelled = ? WHERE id = ?').run(at, cancelled ? 1 : 0, id);
}

export function insertItem(db: Db, runId: number, at: string, item: ImportItem): number {
  const info = db
    .prepare(
      `INSERT INTO archive_import_items (run_id, at, name, relative_path, verdict, reason_code, reason_params, reason, detail, document_id, title, file_type, notes)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(runId, at, item.name, item.relativePath, item.verdict, item.reasonCode, JSON.stringify(item.reasonParams), item.reason, item.detail, item.documentId, item.title, item.fileType, JSON.stringify(item.notes));
  return Number(info.lastInsertRowid);
}

/** Runs, newest first, paged by id (keyset: `beforeId` is the last id of the previous page). */
export function listRuns(db: Db, limit: number, beforeId?: number): RunRow[] {
  return db
    .prepare('SELECT * FROM archive_import_runs WHERE (? IS NULL OR id < ?) ORDER BY id DESC LIMIT ?')
    .all(beforeId ?? null, beforeId ?? null, limit) as RunRow[];
}

export function verdictCounts(db: Db, runId?: number): Record<ImportVerdict, number> {
  const counts: Record<ImportVerdict, number> = { imported: 0, duplicate: 0, rejected: 0, encrypted: 0, skipped: 0 };
  const rows = db
    .prepare('SELECT verdict, count(*) AS n FROM archive_import_items WHERE (? IS NULL OR run_id = ?) GROUP BY verdict')
    .all(runId ?? null, runId ?? null) as { verdict: ImportVerdict; n: number }[];
  for (const r of rows) counts[r.verdict] = r.n;
  return counts;
}

/**
 * Verdict lines: of one run in the order the files were read, or of every run newest first;
 * optionally only some verdicts. Keyset paging: `cursor` is the last id of the previous page.
 */
export function listItems(db: Db, opts: { runId?: number; verdicts?: readonly ImportVerdict[]; limit: number; cursor?: number }): ItemRow[] {
  const ascending = opts.runId !== undefined;
  const where: string[] = [];
  const args: unknown[] = [];
  if (opts.runId !== undefined) {
    where.push('i.run_id = ?');
    args.push(opts.runId);
  }
  if (opts.verdicts?.length) {
    where.push(`i.verdict IN (${opts.verdicts.map(() => '?').join(', ')})`);
    args.push(...opts.verdicts);
  }
  if (opts.cursor !== undefined) {
    where.push(ascending ? 'i.id > ?' : 'i.id < ?');
    args.push(opts.cursor);
  }
  return db
    .prepare(
      `SELECT i.*, (d.id IS NOT NULL) AS document_exists, w.withdrawn_at FROM archive_import_items i
       LEFT JOIN archive_documents d ON d.id = i.document_id
       LEFT JOIN archive_withdrawals w ON w.document_id = i.document_id
       ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY i.id ${ascending ? 'ASC' : 'DESC'} LIMIT ?`,
    )
    .all(...args, opts.limit) as ItemRow[];
}

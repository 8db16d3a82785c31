// The import history: every run and one line per file, written as the verdicts come, so the report
// survives leaving the page, a crash or a restart. A line is written after its file's own
// transaction (an import that committed and then lost power leaves its document without a line,
// never a line without its document). A disk too full for the line does not turn the file's
// verdict into an error: the verdict still reaches the officer, only the history misses it.
import { MAX_IMPORT_BYTES } from '../../../shared/domain/archive/fields';
import type { ImportItem } from '../../../shared/ipc/channels/archive';
import type { ImportHistoryItem, ImportRun } from '../../../shared/ipc/channels/archiveRecords';
import type { ParsedInput } from '../../../shared/ipc/contract';
import { importReason } from '../../../shared/domain/archive/reasons';
import type { Ctx } from '../context';
import { mutate } from '../db/mutate';
import { notFound } from '../errors';
import { isDiskError } from '../storage/disk';
import { ensureRun, finishRun, getRun, insertItem, listItems, listRuns, verdictCounts, type ItemRow, type RunRow } from './historyRepo';

function tolerateDisk<T>(write: () => T): T | undefined {
  try {
    return write();
  } catch (error) {
    if (isDiskError(error)) return undefined;
    throw error;
  }
}

export function startRun(ctx: Ctx, batchId: string, source: RunRow['source']): RunRow | undefined {
  return tolerateDisk(() => mutate(ctx, (tx) => ensureRun(tx.db, { batch_id: batchId, source, actor: ctx.actor, started_at: tx.at })));
}

export function recordVerdict(ctx: Ctx, run: RunRow | undefined, item: ImportItem): void {
  if (!run) return;
  tolerateDisk(() => mutate(ctx, (tx) => insertItem(tx.db, run.id, tx.at, item)));
}

export function endRun(ctx: Ctx, run: RunRow | undefined, cancelled: boolean): void {
  if (!run) return;
  tolerateDisk(() => mutate(ctx, (tx) => finishRun(tx.db, run.id, tx.at, cancelled)));
}

/** archive:finishImport: the page's run ends; files it never sent get their lines too. */
export function finishUpload(ctx: Ctx, input: ParsedInput<'archive:finishImport'>): ImportRun {
  const run = mutate(ctx, (tx) => {
    const { at } = tx;
    const row = ensureRun(tx.db, { batch_id: input.batchId, source: 'upload', actor: ctx.actor, started_at: at });
    for (const file of input.unsent) {
      const why =
        file.reasonCode === 'too_large'
          ? importReason('too_large', { size: `${((file.size ?? 0) / 1024 / 1024).toFixed(1)} MB`, limit: MAX_IMPORT_BYTES / 1024 / 1024 })
          : importReason('upload_failed', { message: file.message ?? '' });
      insertItem(ctx.db, row.id, at, {
        name: file.name,
        relativePath: file.relativePath || file.name,
        verdict: 'rejected',
        reason: why.reason,
        reasonCode: why.code,
        reasonParams: why.params,
        detail: null,
        documentId: null,
        title: null,
        fileType: null,
        notes: [],
      });
    }
    finishRun(ctx.db, row.id, at, input.cancelled);
    return getRun(ctx.db, row.id)!;
  });
  return toRun(ctx, run);
}

function toRun(ctx: Ctx, row: RunRow): ImportRun {
  const counts = verdictCounts(ctx.db, row.id);
  return {
    id: row.id,
    batchId: row.batch_id,
    source: row.source,
    actor: row.actor,
    startedAt: row.started_at,
    finishedAt: row.finished_at,
    cancelled: row.cancelled === 1,
    total: Object.values(counts).reduce((a, b) => a + b, 0),
    counts,
  };
}

function toItem(row: ItemRow): ImportHistoryItem {
  return {
    id: row.id,
    runId: row.run_id,
    at: row.at,
    name: row.name,
    relativePath: row.relative_path,
    verdict: row.verdict,
    reason: row.reason,
    reasonCode: row.reason_code as ImportHistoryItem['reasonCode'],
    reasonParams: JSON.parse(row.reason_params) as ImportHistoryItem['reasonParams'],
    detail: row.detail,
    documentId: row.document_id,
    title: row.title,
    fileType: row.file_type,
    notes: JSON.parse(row.notes) as string[],
    documentExists: row.document_exists === 1,
    withdrawnAt: row.withdrawn_at,
  };
}

export function importRuns(ctx: Ctx, input: ParsedInput<'archive:importRuns'>): { runs: ImportRun[]; hasMore: boolean } {
  const rows = listRuns(ctx.db, input.limit + 1, input.beforeId);
  return { runs: rows.slice(0, input.limit).map((r) => toRun(ctx, r)), hasMore: rows.length > input.limit };
}

export function importItems(ctx: Ctx, input: ParsedInput<'archive:importItems'>) {
  const run = input.runId === undefined ? null : getRun(ctx.db, input.runId);
  if (input.runId !== undefined && !run) throw notFound(`Impor dengan id ${input.runId} tidak ditemukan.`);
  const rows = listItems(ctx.db, {
    limit: input.limit + 1,
    ...(input.runId !== undefined ? { runId: input.runId } : {}),
    ...(input.verdicts ? { verdicts: input.verdicts } : {}),
    ...(input.cursor !== undefined ? { cursor: input.cursor } : {}),
  });
  return {
    run: run ? toRun(ctx, run) : null,
    items: rows.slice(0, input.limit).map(toItem),
    hasMore: rows.length > input.limit,
    counts: verdictCounts(ctx.db, input.runId),
  };
}


// Import into the archive: bytes (browser uploads) or paths (desktop app, CLI). Each file is
// parsed in the parser child process, written to the blob store (durable: temp, fsync, rename)
// and only then recorded in one transaction with its search entry and its audit entry. A crash
// in between leaves at most a blob without a row, which `ppid-desk check` reports and is harmless.
// A bad file never stops the batch: it gets its verdict and the next file is read.
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { MAX_IMPORT_BYTES, type ImportVerdict } from '../../../shared/domain/archive/fields';
import { importReason, type ImportReason } from '../../../shared/domain/archive/reasons';
import type { ImportItem, ImportReport } from '../../../shared/ipc/channels/archive';
import { recordBlob, sha256Hex } from '../blobs/store';
import type { Ctx } from '../context';
import { mutate } from '../db/mutate';
import { AppError, isUniqueViolation } from '../errors';
import { assertFreeSpace, diskErrorMessage } from '../storage/disk';
import { ChangedWhileReadingError, collectFiles, NotRegularError, readRegularFile, TooLargeError } from './collect';
import { sharedPool, type Parser } from './parse/parserPool';
import type { ParseOutcome } from './parse/types';
import { endRun, recordVerdict, startRun } from './importRuns';
import { findBySha, insertDocument } from './repo';
import { titleFor } from './title';

export interface ImportSource {
  name: string;
  relativePath: string;
  bytes: Uint8Array;
}

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

function item(source: Pick<ImportSource, 'name' | 'relativePath'>, verdict: ImportVerdict, why: ImportReason | null, over: Partial<ImportItem> = {}): ImportItem {
  return {
    name: source.name,
    relativePath: source.relativePath,
    verdict,
    reason: why?.reason ?? null,
    reasonCode: why?.code ?? null,
    reasonParams: why?.params ?? {},
    detail: why?.detail ?? null,
    documentId: null,
    title: null,
    fileType: null,
    notes: [],
    ...over,
  };
}

export function tooLarge(size: number): ImportReason {
  return importReason('too_large', { size: mb(size), limit: MAX_IMPORT_BYTES / 1024 / 1024 });
}

/** An Indonesian message of the core (a full disk, a failed storage check), passed on as it is. */
const coreMessage = (message: string) => importReason('core_message', { message });

/** A file read, hashed and parsed, waiting for its turn to be stored; or its verdict already. */
type Prepared = { item: ImportItem } | { sha: string; outcome: Exclude<ParseOutcome, { status: 'rejected' }> };

export async function importOne(ctx: Ctx, source: ImportSource, parser: Parser = sharedPool()): Promise<ImportItem> {
  return storeOne(ctx, source, await prepareOne(ctx, source, parser));
}

/** Size check, hash, duplicate check and parse: the part that may run ahead of the stores. */
async function prepareOne(ctx: Ctx, source: ImportSource, parser: Parser): Promise<Prepared> {
  const { bytes } = source;
  if (bytes.length > MAX_IMPORT_BYTES) return { item: item(source, 'rejected', tooLarge(bytes.length)) };
  const sha = sha256Hex(bytes);
  const existing = findBySha(ctx.db, sha);
  if (existing) return { item: duplicate(source, existing) };
  const outcome: ParseOutcome = await parser.parse(source.name, bytes);
  if (outcome.status === 'rejected') {
    const { status: _status, ...why } = outcome;
    return { item: item(source, 'rejected', why) };
  }
  return { sha, outcome };
}

/** Blob, row, search entry and audit entry of one parsed file, in the batch's order. */
function storeOne(ctx: Ctx, source: ImportSource, prepared: Prepared): ImportItem {
  if ('item' in prepared) return prepared.item;
  const { sha, outcome } = prepared;
  const { bytes } = source;
  // An earlier file of the same batch, parsed alongside this one, may have stored these bytes.
  const stored = findBySha(ctx.db, sha);
  if (stored) return duplicate(source, stored);

  // The file is durable (and read back intact) before the row that names it commits. A full disk
  // is found before writing where possible, else by the write itself: either way the file gets a
  // "Disk penuh" verdict, nothing is half-stored, and the rest of the batch is still tried.
  try {
    assertFreeSpace(ctx.blobs.dir, bytes.length * 2, 'impor berkas ini');
    ctx.blobs.write(bytes);
  } catch (error) {
    const message = error instanceof AppError ? error.message : diskErrorMessage(error);
    if (message) return item(source, 'rejected', coreMessage(message));
    throw error;
  }
  const text = outcome.status === 'ok' ? outcome.text : '';
  const title = titleFor(source.name, { metaTitle: outcome.meta.title, html: outcome.status === 'ok' ? outcome.html : null, text });
  try {
    const id = mutate(ctx, (tx) => {
      const { at } = tx;
      const again = findBySha(ctx.db, sha);
      if (again) return { duplicateOf: again };
      recordBlob(ctx.db, sha, bytes.length, outcome.mimeType, at);
      const documentId = insertDocument(
        ctx.db,
        {
          sha256: sha,
          file_name: (source.name.split(/[\\/]/).pop() ?? source.name).slice(0, 500) || 'berkas',
          file_type: outcome.fileType,
          mime_type: outcome.mimeType,
          size: bytes.length,
          encrypted: outcome.status === 'encrypted' ? 1 : 0,
          page_count: outcome.pageCount,
          meta_title: outcome.meta.title ?? '',
          meta_author: outcome.meta.author ?? '',
          meta_created: outcome.meta.created ?? null,
          text_chars: text.length,
          text_truncated: outcome.status === 'ok' && outcome.textTruncated ? 1 : 0,
          preview_html: outcome.status === 'ok' ? outcome.html : null,
          import_notes: JSON.stringify(outcome.notes),
          imported_at: at,
          title,
          updated_at: at,
        },
        text,
      );
      tx.audit({
        action: 'archive.import',
        entity: 'archive_document',
        entityId: String(documentId),
        data: { sha256: sha, fileName: source.name, size: bytes.length, fileType: outcome.fileType, encrypted: outcome.status === 'encrypted' },
      });
      tx.emit('archive:changed', { ids: [documentId] });
      return { documentId };
    });
    if ('duplicateOf' in id) return duplicate(source, id.duplicateOf!);
    return item(source, outcome.status === 'encrypted' ? 'encrypted' : 'imported', outcome.status === 'encrypted' ? importReason('encrypted') : null, {
      documentId: id.documentId,
      title,
      fileType: outcome.fileType,
      notes: outcome.notes,
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      const again = findBySha(ctx.db, sha);
      if (again) return duplicate(source, again);
    }
    // SQLITE_FULL and the like: the transaction rolled back; the blob left behind has no row (harmless).
    const message = diskErrorMessage(error);
    if (message) return item(source, 'rejected', coreMessage(message));
    throw error;
  }
}

function duplicate(source: Pick<ImportSource, 'name' | 'relativePath'>, existing: { id: number; title: string }): ImportItem {
  return item(source, 'duplicate', importReason('duplicate', { title: existing.title }), { documentId: existing.id, title: existing.title });
}

/**
 * archive:importFile: one uploaded file, recorded in the import history. With the page's batchId it
 * joins that run (closed by archive:finishImport); without one (a script) it is a run of its own.
 */
export async function importUpload(ctx: Ctx, input: { name: string; relativePath: string; dataBase64: string; batchId?: string | undefined }, parser: Parser = sharedPool()): Promise<ImportItem> {
  const source: ImportSource = { name: input.name, relativePath: input.relativePath || input.name, bytes: Buffer.from(input.dataBase64, 'base64') };
  const run = startRun(ctx, input.batchId ?? randomUUID(), 'upload');
  const item = await importOne(ctx, source, parser);
  recordVerdict(ctx, run, item);
  if (input.batchId === undefined) endRun(ctx, run, false);
  return item;
}

// ---- batches from paths ----------------------------------------------------------------------

const cancelled = new Set<string>();
const running = new Set<string>();

export function cancelBatch(batchId: string): boolean {
  if (!running.has(batchId)) return false;
  cancelled.add(batchId);
  return true;
}

/** Files read ahead of the one being stored: enough to keep every parser child busy. */
const readAhead = (parser: Parser) => Math.max(2, (parser.concurrency ?? 1) * 2);
/** ...but never more than this many bytes held at once (a folder of 50 MB scans). */
const READ_AHEAD_BYTES = 200 * 1024 * 1024;

/**
 * Paths are parsed up to readAhead files ahead, by the pool's children in parallel, while this
 * process hashes and stores; files are stored, recorded and reported strictly in their sorted
 * order, so the verdicts, the history and the progress events read as a one-by-one import did.
 */
export async function importPaths(ctx: Ctx, batchId: string, paths: string[], parser: Parser = sharedPool()): Promise<ImportReport> {
  running.add(batchId);
  const run = startRun(ctx, batchId, 'paths');
  let wasCancelled = false;
  try {
    const files = collectFiles(paths);
    const sources = files.map((file) => ({ name: path.basename(file.abs), relativePath: file.relativePath }));
    // slots[i]: file i read and on its way through a parser child (or its verdict already).
    const slots: Array<{ bytes: Uint8Array | null; prepared: Promise<Prepared> } | undefined> = [];
    let launched = 0;
    let heldBytes = 0;
    const launch = (storing: number) => {
      const limit = storing + readAhead(parser);
      while (launched < files.length && launched < limit && (launched === storing || heldBytes < READ_AHEAD_BYTES)) {
        const i = launched++;
        const file = files[i]!;
        const source = sources[i]!;
        if (file.kind !== 'file') {
          const { kind, abs: _abs, relativePath: _path, ...why } = file;
          slots[i] = { bytes: null, prepared: Promise.resolve({ item: item(source, kind === 'error' ? 'rejected' : 'skipped', why) }) };
          continue;
        }
        let bytes: Uint8Array;
        try {
          bytes = readRegularFile(file.abs);
        } catch (error) {
          slots[i] = { bytes: null, prepared: Promise.resolve({ item: item(source, ...readVerdict(error)) }) };
          continue;
        }
        heldBytes += bytes.length;
        const prepared = prepareOne(ctx, { ...source, bytes }, parser);
        // Awaited when this file's turn comes; until then a failure must not count as unhandled.
        prepared.catch(() => undefined);
        slots[i] = { bytes, prepared };
      }
    };
    const items: ImportItem[] = [];
    for (let i = 0; i < files.length; i += 1) {
      if (cancelled.has(batchId)) {
        wasCancelled = true;
        break;
      }
      launch(i);
      const source = sources[i]!;
      const slot = slots[i]!;
      slots[i] = undefined;
      let result: ImportItem;
      try {
        result = storeOne(ctx, { ...source, bytes: slot.bytes ?? new Uint8Array() }, await slot.prepared);
      } catch (error) {
        result = item(source, ...readVerdict(error));
      } finally {
        heldBytes -= slot.bytes?.length ?? 0;
      }
      items.push(result);
      recordVerdict(ctx, run, result);
      ctx.emitNow('archive:progress', { batchId, done: items.length, total: files.length, name: source.name, verdict: result.verdict });
    }
    return { batchId, items, cancelled: wasCancelled, counts: countVerdicts(items) };
  } finally {
    endRun(ctx, run, wasCancelled);
    running.delete(batchId);
    cancelled.delete(batchId);
  }
}

function readVerdict(error: unknown): [ImportVerdict, ImportReason] {
  if (error instanceof NotRegularError) return ['skipped', error.reason];
  if (error instanceof TooLargeError) return ['rejected', tooLarge(error.size)];
  if (error instanceof ChangedWhileReadingError) return ['rejected', importReason('changed_while_reading')];
  return ['rejected', readFailure(error)];
}

/** Why a file of a batch could not be imported, in words an officer can act on. */
function readFailure(error: unknown): ImportReason {
  if (error instanceof AppError) return coreMessage(error.message);
  const disk = diskErrorMessage(error);
  if (disk) return coreMessage(disk);
  const code = (error as NodeJS.ErrnoException).code;
  return code ? importReason('read_failed', { code }) : importReason('internal', {}, error instanceof Error ? error.message : String(error));
}

export function countVerdicts(items: ImportItem[]): ImportReport['counts'] {
  const counts = { imported: 0, duplicate: 0, rejected: 0, encrypted: 0, skipped: 0 };
  for (const i of items) counts[i.verdict] += 1;
  return counts;
}

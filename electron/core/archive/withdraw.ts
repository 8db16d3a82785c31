// archive:withdraw: a document taken out of the archive (uploaded by mistake, a draft, personal
// data that should never have been public). One transaction removes its row, its search entry
// (FTS5 secure-delete: its words leave the file too), its records on requests (each audited on
// the request), and its blob row when no other record names the same bytes; it writes the
// withdrawal record (archive_withdrawals, whose id is never reused) and the audit entry with the
// reason. The file itself is deleted after the commit: a crash in between leaves a file without
// a record, which `ppid-desk check` reports as harmless. Everything here is synchronous, so an
// import of the same bytes in this process cannot run between the commit and the delete (and
// archive.lock keeps other programs out).
import fs from 'node:fs';
import type { ParsedInput } from '../../../shared/ipc/contract';
import type { Ctx } from '../context';
import type { Db } from '../db/connection';
import { mutate } from '../db/mutate';
import { requireDocument } from './service';

/** Whether any record still names the blob: a foreign key to blobs in any table, or a setting (the logo). */
export function blobReferenced(db: Db, sha256: string): boolean {
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").pluck().all() as string[];
  for (const table of tables) {
    const keys = db.prepare('SELECT "from" FROM pragma_foreign_key_list(?) WHERE "table" = \'blobs\'').pluck().all(table) as string[];
    for (const column of keys) {
      if (db.prepare(`SELECT 1 FROM "${table}" WHERE "${column}" = ? LIMIT 1`).get(sha256)) return true;
    }
  }
  return db.prepare('SELECT 1 FROM settings WHERE instr(value, ?) > 0 LIMIT 1').get(sha256) !== undefined;
}

export function withdrawDocument(ctx: Ctx, input: ParsedInput<'archive:withdraw'>) {
  const result = mutate(ctx, (tx) => {
    const doc = requireDocument(ctx, input.id);
    const links = ctx.db
      .prepare('SELECT l.request_id AS id, r.number FROM archive_request_links l JOIN requests r ON r.id = l.request_id WHERE l.document_id = ? ORDER BY l.request_id')
      .all(doc.id) as { id: number; number: string }[];
    for (const link of links) {
      ctx.db.prepare('DELETE FROM archive_request_links WHERE request_id = ? AND document_id = ?').run(link.id, doc.id);
      tx.audit({
        action: 'archive.unlink',
        entity: 'request',
        entityId: String(link.id),
        data: { requestNumber: link.number, documentId: doc.id, title: doc.title, withdrawn: true },
      });
    }
    ctx.db.prepare('DELETE FROM archive_fts WHERE rowid = ?').run(doc.id);
    ctx.db.prepare('DELETE FROM archive_documents WHERE id = ?').run(doc.id);
    const blobRemoved = !blobReferenced(ctx.db, doc.sha256);
    if (blobRemoved) ctx.db.prepare('DELETE FROM blobs WHERE sha256 = ?').run(doc.sha256);
    ctx.db
      .prepare(
        `INSERT INTO archive_withdrawals (document_id, sha256, file_name, title, category, reason, actor, withdrawn_at, blob_removed)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(doc.id, doc.sha256, doc.file_name, doc.title, doc.category, input.reason, ctx.actor, tx.at, blobRemoved ? 1 : 0);
    const unlinkedRequests = links.map((l) => l.number);
    tx.audit({
      action: 'archive.withdraw',
      entity: 'archive_document',
      entityId: String(doc.id),
      data: { sha256: doc.sha256, fileName: doc.file_name, title: doc.title, category: doc.category, reason: input.reason, blobRemoved, unlinkedRequests },
    });
    tx.emit('archive:changed', { ids: [doc.id] });
    for (const link of links) tx.emit('cases:changed', { kind: 'request', id: link.id });
    return { doc, blobRemoved, links, unlinkedRequests, at: tx.at };
  });
  if (result.blobRemoved) {
    try {
      fs.rmSync(ctx.blobs.pathOf(result.doc.sha256), { force: true });
    } catch {
      // Left behind: a file without a record, reported by `check` as harmless.
    }
  }
  return {
    documentId: result.doc.id,
    title: result.doc.title,
    fileName: result.doc.file_name,
    reason: input.reason,
    actor: ctx.actor,
    withdrawnAt: result.at,
    blobRemoved: result.blobRemoved,
    unlinkedRequests: result.unlinkedRequests,
  };
}

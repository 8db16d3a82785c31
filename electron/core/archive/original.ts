// archive:download: the original file of a document, as imported. The blob store's read decrypts
// an encrypted archive's file and checks it against its SHA-256 name, so the officer gets the exact
// bytes that were imported or an Indonesian message (missing or changed file), never other bytes.
// Every download is audited: an exempt document (UU KIP Ps 17) leaving the archive must be traceable.
import type { Ctx } from '../context';
import { mutate } from '../db/mutate';
import { requireDocument } from './service';

export function downloadDocument(ctx: Ctx, id: number): { fileName: string; mimeType: string; size: number; dataBase64: string } {
  const row = requireDocument(ctx, id);
  const bytes = ctx.blobs.read(row.sha256);
  mutate(ctx, (tx) => {
    tx.audit({
      action: 'archive.download',
      entity: 'archive_document',
      entityId: String(row.id),
      data: { fileName: row.file_name, sha256: row.sha256, category: row.category ?? null },
    });
  });
  return { fileName: row.file_name, mimeType: row.mime_type, size: bytes.length, dataBase64: bytes.toString('base64') };
}

// Migration "archive-history-withdrawals": the import history (runs, per-file verdicts) and the
// record of withdrawn documents, STRICT with their rules as constraints; an archive from the
// previous version keeps its documents. Found by name, not position: the lead may renumber it.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../../../../electron/core/db/connection';
import { migrate } from '../../../../../electron/core/db/migrate';
import { migrations } from '../../../../../electron/core/db/migrations';
import { tempDir } from '../../../../helpers/tempDir';

const INDEX = migrations.findIndex((m) => m.name === 'archive-history-withdrawals');

function open(upTo = migrations.length): Db {
  const db = openDatabase(path.join(tempDir(), 'archive.db'));
  migrate(db, migrations.slice(0, upTo));
  return db;
}

const run = (db: Db, batch = 'b1') =>
  Number(db.prepare("INSERT INTO archive_import_runs (batch_id, source, actor, started_at) VALUES (?, 'upload', 'tester', '2026-11-23T02:00:00.000Z')").run(batch).lastInsertRowid);

const line = (db: Db, runId: number, over: Record<string, unknown> = {}) => {
  const row = { run_id: runId, at: 'x', name: 'a.pdf', relative_path: 'a.pdf', verdict: 'rejected', reason_code: 'pdf_corrupt', ...over };
  const cols = Object.keys(row);
  return db.prepare(`INSERT INTO archive_import_items (${cols.join(', ')}) VALUES (${cols.map((c) => `@${c}`).join(', ')})`).run(row);
};

describe('migration archive-history-withdrawals', () => {
  it('is registered once, after the archive, and creates STRICT tables', () => {
    expect(INDEX).toBeGreaterThan(migrations.findIndex((m) => m.name === 'archive'));
    expect(migrations.filter((m) => m.name === 'archive-history-withdrawals')).toHaveLength(1);
    const db = open();
    const strict = db.prepare("SELECT name, strict FROM pragma_table_list WHERE name IN ('archive_import_runs', 'archive_import_items', 'archive_withdrawals') ORDER BY name").all();
    expect(strict).toEqual([
      { name: 'archive_import_items', strict: 1 },
      { name: 'archive_import_runs', strict: 1 },
      { name: 'archive_withdrawals', strict: 1 },
    ]);
    db.close();
  });

  it('keeps one run per batch, known verdicts only, JSON parameters, and lines only of a run that exists', () => {
    const db = open();
    const id = run(db);
    expect(() => run(db)).toThrow(/UNIQUE/);
    expect(() => line(db, id)).not.toThrow();
    expect(() => line(db, id, { verdict: 'lost' })).toThrow(/CHECK/);
    expect(() => line(db, id, { reason_params: '{bukan json' })).toThrow(/CHECK/);
    expect(() => line(db, 999)).toThrow(/FOREIGN KEY/);
    // A line names its document without a foreign key: it stays when the document is withdrawn.
    expect(() => line(db, id, { verdict: 'imported', reason_code: null, document_id: 12345 })).not.toThrow();
    db.close();
  });

  it('demands a withdrawal reason of at least 10 characters', () => {
    const db = open();
    const insert = (reason: string) =>
      db.prepare("INSERT INTO archive_withdrawals (document_id, sha256, file_name, title, reason, actor, withdrawn_at, blob_removed) VALUES (1, ?, 'a.pdf', 'A', ?, 'tester', 'x', 1)").run('a'.repeat(64), reason);
    expect(() => insert('salah')).toThrow(/CHECK/);
    expect(() => insert('salah unggah berkas')).not.toThrow();
    db.close();
  });

  it('migrates an archive of the previous version without touching its documents', () => {
    const db = open(INDEX);
    db.prepare("INSERT INTO blobs (sha256, size, mime_type, created_at) VALUES (?, 1, 'application/pdf', 'x')").run('b'.repeat(64));
    db.prepare("INSERT INTO archive_documents (sha256, file_name, file_type, mime_type, size, imported_at, title, updated_at) VALUES (?, 'a.pdf', 'pdf', 'application/pdf', 1, '2026-11-23T02:00:00.000Z', 'DPA', 'x')").run('b'.repeat(64));
    migrate(db);
    expect(db.prepare('SELECT title FROM archive_documents').pluck().all()).toEqual(['DPA']);
    expect(db.prepare('SELECT count(*) FROM archive_import_runs').pluck().get()).toBe(0);
    db.close();
  });
});

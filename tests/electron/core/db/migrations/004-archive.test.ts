// Migration "archive": STRICT tables, the DIP rules as constraints, FTS5 with diacritics folded and
// secure-delete on. Found by name, not position: the lead may renumber it at merge.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../../../../electron/core/db/connection';
import { migrate } from '../../../../../electron/core/db/migrate';
import { migrations } from '../../../../../electron/core/db/migrations';
import { tempDir } from '../../../../helpers/tempDir';

function migrated(): Db {
  const db = openDatabase(path.join(tempDir(), 'archive.db'));
  migrate(db);
  return db;
}

const SHA = 'a'.repeat(64);

function insertDoc(db: Db, over: Record<string, unknown> = {}) {
  db.prepare("INSERT OR IGNORE INTO blobs (sha256, size, mime_type, created_at) VALUES (?, 1, 'application/pdf', 'x')").run(over.sha256 ?? SHA);
  const row = { sha256: SHA, file_name: 'a.pdf', file_type: 'pdf', mime_type: 'application/pdf', size: 1, imported_at: '2026-11-23T02:00:00.000Z', title: 'DPA', updated_at: 'x', ...over };
  const cols = Object.keys(row);
  return db.prepare(`INSERT INTO archive_documents (${cols.join(', ')}) VALUES (${cols.map((c) => `@${c}`).join(', ')})`).run(row);
}

describe('migration archive', () => {
  it('is registered once and creates STRICT tables', () => {
    expect(migrations.filter((m) => m.name === 'archive')).toHaveLength(1);
    const db = migrated();
    const strict = db.prepare("SELECT name, strict FROM pragma_table_list WHERE name IN ('archive_documents', 'archive_request_links')").all();
    expect(strict).toEqual(expect.arrayContaining([{ name: 'archive_documents', strict: 1 }, { name: 'archive_request_links', strict: 1 }]));
    db.close();
  });

  it('keeps one row per content hash and needs the blob row first', () => {
    const db = migrated();
    insertDoc(db);
    expect(() => insertDoc(db)).toThrow(/UNIQUE/);
    expect(() => insertDoc(db, { sha256: 'b'.repeat(64), file_name: 'b.pdf' })).not.toThrow();
    db.prepare('DELETE FROM blobs WHERE sha256 = ?').run('c'.repeat(64));
    expect(() =>
      db.prepare("INSERT INTO archive_documents (sha256, file_name, file_type, mime_type, size, imported_at, title, updated_at) VALUES (?, 'c', 'pdf', 'x', 1, 'x', 't', 'x')").run('c'.repeat(64)),
    ).toThrow(/FOREIGN KEY/);
    db.close();
  });

  it('demands the Ps 17 letter and a review date for dikecualikan, and allows permanence only for g and h', () => {
    const db = migrated();
    expect(() => insertDoc(db, { category: 'dikecualikan' })).toThrow(/CHECK/);
    expect(() => insertDoc(db, { category: 'berkala', exemption_letter: 'a' })).toThrow(/CHECK/);
    expect(() => insertDoc(db, { category: 'dikecualikan', exemption_letter: 'a', review_date: '2027-01-01', exemption_permanent: 1 })).toThrow(/CHECK/);
    expect(() => insertDoc(db, { category: 'dikecualikan', exemption_letter: 'h', review_date: '2027-01-01', exemption_permanent: 1 })).not.toThrow();
    db.close();
  });

  it('derives the year from the production date, else the file metadata, else the import', () => {
    const db = migrated();
    const id = Number(insertDoc(db, { produced_date: '2024-05-02', meta_created: '2019-01-01' }).lastInsertRowid);
    const id2 = Number(insertDoc(db, { sha256: 'd'.repeat(64), meta_created: '2019-01-01' }).lastInsertRowid);
    const id3 = Number(insertDoc(db, { sha256: 'e'.repeat(64) }).lastInsertRowid);
    const year = (i: number) => db.prepare('SELECT year FROM archive_documents WHERE id = ?').pluck().get(i);
    expect([year(id), year(id2), year(id3)]).toEqual([2024, 2019, 2026]);
    db.close();
  });

  it('indexes words with diacritics folded and has FTS5 secure-delete on', () => {
    const db = migrated();
    db.prepare("INSERT INTO archive_fts (rowid, title, summary, body) VALUES (1, 'Rencana Kerja', '', 'Kabupaten Kutai Kartanegara dan Bélanja Daerah')").run();
    expect(db.prepare("SELECT rowid FROM archive_fts WHERE archive_fts MATCH '\"belanja\"'").pluck().all()).toEqual([1]);
    expect(db.prepare("SELECT rowid FROM archive_fts WHERE archive_fts MATCH '\"kartan\"*'").pluck().all()).toEqual([1]);
    const secure = db.prepare("SELECT v FROM archive_fts_config WHERE k = 'secure-delete'").pluck().get();
    expect(secure).toBe(1);
    db.close();
  });
});

// Migration 002: STRICT tables for requests, objections, disputes, timeline and local days; the
// constraints that keep bad rows out even past the services; the inbox indexes; the search index.
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

const requester = (db: Db, idNumber = '6472014101900001', idType = 'nik') =>
  Number(
    db
      .prepare("INSERT INTO requesters (name, id_type, id_number, address, phone, created_at) VALUES ('Siti', ?, ?, 'Jl. A', '0812', 'x')")
      .run(idType, idNumber).lastInsertRowid,
  );

function request(db: Db, over: Record<string, unknown> = {}) {
  const row = {
    number: '001/PPID/III/2026', year: 2026, seq: 1, requester_id: requester(db), received_at: '2026-03-17T02:00:00.000Z',
    received_local: '2026-03-17', channel: 'langsung', information: 'DPA 2025', purpose: 'Riset', access_methods: '["membaca"]',
    delivery_method: 'email', status: 'registered', due_date: '2026-04-08', calendar_version: 'v', zone: 'Asia/Makassar',
    cutoff: '16:00', created_at: 'x', updated_at: 'x', ...over,
  };
  const cols = Object.keys(row);
  return Number(db.prepare(`INSERT INTO requests (${cols.join(', ')}) VALUES (${cols.map((c) => `@${c}`).join(', ')})`).run(row).lastInsertRowid);
}

describe('migration 002 (requests)', () => {
  it('is the second migration and creates STRICT tables', () => {
    expect(migrations[1]).toMatchObject({ version: 2, name: 'requests' });
    // Only 001 and 002: later migrations add tables of their own.
    const db = openDatabase(path.join(tempDir(), 'archive.db'));
    db.exec(migrations[0]!.sql);
    db.exec(migrations[1]!.sql);
    const rows = db.prepare("SELECT name, strict FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%_fts%' ORDER BY name").all();
    expect(rows).toEqual([
      { name: 'audit_log', strict: 1 },
      { name: 'blobs', strict: 1 },
      { name: 'calendar_local_days', strict: 1 },
      { name: 'disputes', strict: 1 },
      { name: 'objections', strict: 1 },
      { name: 'request_events', strict: 1 },
      { name: 'requesters', strict: 1 },
      { name: 'requests', strict: 1 },
      { name: 'settings', strict: 1 },
    ]);
    db.close();
  });

  it('has partial inbox indexes on (due, received, id) for open items, and UNIQUE(year, seq)', () => {
    const db = migrated();
    const indexes = db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name").all() as { name: string; sql: string }[];
    const sql = Object.fromEntries(indexes.map((i) => [i.name, i.sql]));
    expect(sql.requests_inbox).toMatch(/ON requests \(inbox_due, received_at, id\) WHERE is_open/);
    expect(sql.objections_inbox).toMatch(/ON objections \(atasan_due, registered_at, id\) WHERE is_open/);
    expect(sql.disputes_inbox).toMatch(/ON disputes \(inbox_due, recorded_at, id\) WHERE is_open/);
    const unique = db.prepare("SELECT name FROM pragma_index_list('requests') WHERE \"unique\" = 1").pluck().all();
    const uniqueCols = unique.map((name) => db.prepare('SELECT name FROM pragma_index_info(?) ORDER BY seqno').pluck().all(name).join(','));
    expect(uniqueCols).toEqual(expect.arrayContaining(['number', 'year,seq']));
    db.close();
  });

  it('refuses a duplicate (year, seq) and a duplicate number', () => {
    const db = migrated();
    request(db);
    expect(() => request(db, { number: '002/PPID/III/2026' })).toThrow(/UNIQUE constraint failed: requests.year, requests.seq/);
    expect(() => request(db, { seq: 2 })).toThrow(/UNIQUE constraint failed: requests.number/);
    expect(request(db, { number: '001/PPID/I/2027', year: 2027 })).toBeGreaterThan(0);
    db.close();
  });

  it('refuses rows the services would never write', () => {
    const db = migrated();
    expect(() => requester(db, '12345')).toThrow(/CHECK constraint failed/); // a NIK is 16 digits
    expect(() => requester(db, '64720141019000AB')).toThrow(/CHECK constraint failed/);
    expect(requester(db, 'AHU-1.AH.01', 'badan_hukum')).toBeGreaterThan(0);
    expect(() => request(db, { status: 'archived' })).toThrow(/CHECK constraint failed/);
    expect(() => request(db, { channel: 'fax' })).toThrow(/CHECK constraint failed/);
    expect(() => request(db, { due_date: '8 April 2026' })).toThrow(/CHECK constraint failed/);
    expect(() => request(db, { access_methods: '[]' })).toThrow(/CHECK constraint failed/);
    expect(() => request(db, { status: 'extended' })).toThrow(/CHECK constraint failed/); // no extended date
    expect(() => request(db, { extended_due_date: '2026-04-17' })).toThrow(/CHECK constraint failed/); // no reason
    expect(() => request(db, { status: 'answered' })).toThrow(/CHECK constraint failed/); // no decision
    expect(() => request(db, { status: 'waiting_requester' })).toThrow(/CHECK constraint failed/); // no reason
    expect(() => request(db, { seq: 'satu' })).toThrow(/cannot store TEXT value in INTEGER column/); // STRICT
    expect(() => request(db, { requester_id: 999 })).toThrow(/FOREIGN KEY constraint failed/);
    db.close();
  });

  it('derives the due date that counts and whether the item is open', () => {
    const db = migrated();
    const id = request(db);
    const read = () => db.prepare('SELECT inbox_due, is_open FROM requests WHERE id = ?').get(id);
    expect(read()).toEqual({ inbox_due: '2026-04-08', is_open: 1 });
    db.prepare("UPDATE requests SET status = 'extended', extended_due_date = '2026-04-17', extension_reason = 'Alasan' WHERE id = ?").run(id);
    expect(read()).toEqual({ inbox_due: '2026-04-17', is_open: 1 });
    db.prepare("UPDATE requests SET status = 'withdrawn' WHERE id = ?").run(id);
    expect(read()).toEqual({ inbox_due: '2026-04-17', is_open: 0 });
    db.close();
  });

  it('keeps the search index in step with the rows, without the NIK', () => {
    const db = migrated();
    const id = request(db);
    const hits = (q: string) => db.prepare('SELECT rowid FROM requests_fts WHERE requests_fts MATCH ?').pluck().all(q);
    expect(hits('"siti"')).toEqual([id]);
    expect(hits('"dpa"')).toEqual([id]);
    expect(hits('"001/PPID/III/2026"')).toEqual([id]);
    expect(hits('"6472014101900001"')).toEqual([]);
    db.prepare("UPDATE requesters SET name = 'Siti Aminah Rahmawati' WHERE id = 1").run();
    expect(hits('"rahmawati"')).toEqual([id]);
    db.prepare('DELETE FROM requests WHERE id = ?').run(id);
    expect(hits('"siti"')).toEqual([]);
    db.close();
  });
});

// Migration 008: a corrected requester or journalist name leaves no trace in the search indexes
// or the file (FTS5 secure-delete), and the idempotency keys of create channels. Found by name,
// not position: the lead may renumber it at merge.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../../../../electron/core/db/connection';
import { migrate } from '../../../../../electron/core/db/migrate';
import { migrations } from '../../../../../electron/core/db/migrations';
import { tempDir } from '../../../../helpers/tempDir';

const INDEX = migrations.findIndex((m) => m.name === 'secure-fts-client-keys');
const PERSONAL_FTS = ['requests_fts', 'objections_fts', 'disputes_fts', 'inquiries_fts', 'directory_fts', 'statements_fts', 'archive_fts'];

// Distinctive words: found in the file only if the old name is still there.
const OLD_REQUESTER = 'Zulkarnain Baharuddin';
const OLD_JOURNALIST = 'Rahmadani Kusumawardhani';
const TRACES = ['zulkarnain', 'baharuddin', 'karnain', 'rahmadani', 'kusumawardhani', 'wardhani'];

function open(upTo: number): { db: Db; file: string } {
  const file = path.join(tempDir(), 'archive.db');
  const db = openDatabase(file);
  migrate(db, migrations.slice(0, upTo));
  return { db, file };
}

/** A request with an objection, and a journalist with an inquiry, under the old names. */
function seed(db: Db): void {
  db.prepare(`INSERT INTO requesters (id, name, id_type, id_number, address, phone, created_at) VALUES (1, ?, 'nik', '6472014101900001', 'Jl. A', '0812', 'x')`).run(OLD_REQUESTER);
  db.prepare(
    `INSERT INTO requests (id, number, year, seq, requester_id, received_at, received_local, channel, information, purpose,
       access_methods, delivery_method, status, due_date, calendar_version, zone, cutoff, created_at, updated_at)
     VALUES (1, '001/PPID/XI/2026', 2026, 1, 1, '2026-11-20T02:00:00.000Z', '2026-11-20', 'langsung', 'DPA Dinas Kominfo', 'Riset',
       '["membaca"]', 'email', 'registered', '2026-12-04', 'v', 'Asia/Makassar', '16:00', 'x', 'x')`,
  ).run();
  db.prepare(
    `INSERT INTO objections (id, number, year, seq, request_id, grounds, case_summary, registered_at, registered_local, atasan_due,
       calendar_version, zone, cutoff, status, created_at, updated_at)
     VALUES (1, '001/KEB/2026', 2026, 1, 1, '["c"]', 'Tidak ditanggapi', '2026-12-07T02:00:00.000Z', '2026-12-07', '2027-01-20', 'v', 'Asia/Makassar', '16:00', 'registered', 'x', 'x')`,
  ).run();
  db.prepare(`INSERT INTO outlets (id, name, name_key, type, region, created_at) VALUES (1, 'Kaltim Post', 'kaltim post', 'cetak', '', 'x')`).run();
  db.prepare(
    `INSERT INTO journalists (id, name, name_key, outlet_id, phone, phone_key, email, notes, created_at, updated_at)
     VALUES (1, ?, ?, 1, '', '', '', '', 'x', 'x')`,
  ).run(OLD_JOURNALIST, OLD_JOURNALIST.toLowerCase());
}

/** The correction an officer (or the anonymisation job) makes; the triggers update the indexes. */
function correct(db: Db): void {
  db.prepare("UPDATE requesters SET name = 'Siti Aminah' WHERE id = 1").run();
  db.prepare("UPDATE journalists SET name = 'Rina Kartika', name_key = 'rina kartika' WHERE id = 1").run();
}

function tracesInIndexes(db: Db): string[] {
  const found = new Set<string>();
  for (const table of PERSONAL_FTS) {
    for (const block of db.prepare(`SELECT block FROM ${table}_data`).pluck().all() as Buffer[]) {
      const text = block.toString('latin1').toLowerCase();
      for (const t of TRACES) if (text.includes(t)) found.add(`${table}: ${t}`);
    }
  }
  return [...found].sort();
}

function tracesInFile(db: Db, file: string): string[] {
  db.pragma('wal_checkpoint(TRUNCATE)');
  const bytes = [fs.readFileSync(file), fs.existsSync(`${file}-wal`) ? fs.readFileSync(`${file}-wal`) : Buffer.alloc(0)];
  const text = Buffer.concat(bytes).toString('latin1').toLowerCase();
  return TRACES.filter((t) => text.includes(t));
}

describe('migration 008 (secure-delete search indexes, client keys)', () => {
  it('exists and comes after the letters migration', () => {
    expect(INDEX).toBeGreaterThan(migrations.findIndex((m) => m.name === 'letters'));
  });

  it('without it, a corrected name stays in the index and the file (the control for the tests below)', () => {
    const { db, file } = open(INDEX);
    seed(db);
    correct(db);
    expect(tracesInIndexes(db).length).toBeGreaterThan(0);
    expect(tracesInFile(db, file).length).toBeGreaterThan(0);
    db.close();
  });

  it('turns secure-delete on for every index holding personal data', () => {
    const { db } = open(INDEX + 1);
    for (const table of PERSONAL_FTS) {
      expect(db.prepare(`SELECT v FROM ${table}_config WHERE k = 'secure-delete'`).pluck().get(), table).toBe(1);
    }
    db.close();
  });

  it('after it, a corrected name is gone from the indexes and from the file', () => {
    const { db, file } = open(INDEX + 1);
    seed(db);
    expect(tracesInIndexes(db).length).toBeGreaterThan(0);
    correct(db);
    expect(tracesInIndexes(db)).toEqual([]);
    expect(tracesInFile(db, file)).toEqual([]);
    // The new name is found, the old one is not.
    expect(db.prepare("SELECT rowid FROM requests_fts WHERE requests_fts MATCH 'siti'").pluck().all()).toEqual([1]);
    expect(db.prepare("SELECT rowid FROM objections_fts WHERE objections_fts MATCH 'zulkarnain'").pluck().all()).toEqual([]);
    db.close();
  });

  it('purges names corrected before the migration ran', () => {
    const { db, file } = open(INDEX);
    seed(db);
    correct(db);
    migrate(db, migrations.slice(0, INDEX + 1));
    expect(tracesInIndexes(db)).toEqual([]);
    expect(tracesInFile(db, file)).toEqual([]);
    db.close();
  });

  it('keeps one client key per channel, with its result and the hash of its input', () => {
    const { db } = open(INDEX + 1);
    const insert = db.prepare('INSERT INTO client_keys (channel, client_key, result_id, input_sha256, created_at) VALUES (?, ?, ?, ?, ?)');
    const sha = 'a'.repeat(64);
    insert.run('requests:create', 'k-12345678', 1, sha, '2026-11-23T02:00:00.000Z');
    insert.run('inquiries:create', 'k-12345678', 1, sha, '2026-11-23T02:00:00.000Z');
    expect(() => insert.run('requests:create', 'k-12345678', 2, sha, 'x')).toThrow(/UNIQUE|PRIMARY KEY/);
    expect(() => insert.run('requests:create', 'short', 2, sha, 'x')).toThrow(/CHECK/);
    expect(() => insert.run('requests:create', 'k-abcdefgh', 2, 'abc', 'x')).toThrow(/CHECK/);
    db.close();
  });
});

// Migration 006: issued letters, one row per version, whose constraints hold even past the service.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../../../../electron/core/db/connection';
import { migrate } from '../../../../../electron/core/db/migrate';
import { migrations } from '../../../../../electron/core/db/migrations';
import { tempDir } from '../../../../helpers/tempDir';

const SHA_A = 'a'.repeat(64);
const SHA_B = 'b'.repeat(64);

function seeded(): Db {
  const db = openDatabase(path.join(tempDir(), 'archive.db'));
  migrate(db);
  db.prepare("INSERT INTO requesters (id, name, id_type, id_number, address, phone, created_at) VALUES (1, 'Siti', 'nik', '6472014101900001', 'Jl. A', '0812', 'x')").run();
  db.prepare(
    `INSERT INTO requests (id, number, year, seq, requester_id, received_at, received_local, channel, information, purpose,
       access_methods, delivery_method, status, due_date, calendar_version, zone, cutoff, created_at, updated_at)
     VALUES (1, '001/PPID/XI/2026', 2026, 1, 1, '2026-11-20T02:00:00.000Z', '2026-11-20', 'langsung', 'DPA', 'Riset',
       '["membaca"]', 'email', 'registered', '2026-12-04', 'v', 'Asia/Makassar', '16:00', 'x', 'x')`,
  ).run();
  for (const sha of [SHA_A, SHA_B]) db.prepare("INSERT INTO blobs (sha256, size, mime_type, created_at) VALUES (?, 1, 'x', 'x')").run(sha);
  return db;
}

const letter = (over: Record<string, unknown> = {}) => ({
  type: 'tanda-bukti', case_kind: 'request', request_id: 1, objection_id: null, number: '001/TB/PPID/XI/2026', year: 2026, seq: 1,
  version: 1, issued_date: '2026-11-23', issued_at: '2026-11-23T02:00:00.000Z', issued_by: 'tester', data: '{}',
  pdf_sha256: SHA_A, docx_sha256: SHA_B, ...over,
});

function insert(db: Db, row: Record<string, unknown>): number {
  const cols = Object.keys(row);
  return Number(db.prepare(`INSERT INTO letters (${cols.join(', ')}) VALUES (${cols.map((c) => `@${c}`).join(', ')})`).run(row).lastInsertRowid);
}

describe('migration 003 (letters)', () => {
  it('is the sixth migration', () => {
    expect(migrations[5]).toMatchObject({ version: 6, name: 'letters' });
  });

  it('keeps versions of one letter under one number and refuses a second version 1 or a duplicate seq', () => {
    const db = seeded();
    const v1 = insert(db, letter());
    const v2 = insert(db, letter({ version: 2 }));
    db.prepare('UPDATE letters SET superseded_by = ? WHERE id = ?').run(v2, v1);
    expect(() => insert(db, letter({ version: 2 }))).toThrow(/UNIQUE/);
    // Another case cannot take the same seq of the same type and year.
    expect(() => insert(db, letter({ version: 1, request_id: 1, type: 'tanda-bukti', seq: 1, number: 'x' }))).toThrow(/UNIQUE/);
    db.close();
  });

  it('refuses unknown types, files missing from the blob index, bad dates, and an objection letter without its objection', () => {
    const db = seeded();
    expect(() => insert(db, letter({ type: 'surat-cinta' }))).toThrow(/CHECK/);
    expect(() => insert(db, letter({ pdf_sha256: 'c'.repeat(64) }))).toThrow(/FOREIGN KEY/);
    expect(() => insert(db, letter({ issued_date: '23/11/2026' }))).toThrow(/CHECK/);
    expect(() => insert(db, letter({ case_kind: 'objection', type: 'keberatan-tanda-bukti' }))).toThrow(/CHECK/);
    expect(() => insert(db, letter({ data: 'not json' }))).toThrow(/CHECK/);
    db.close();
  });
});

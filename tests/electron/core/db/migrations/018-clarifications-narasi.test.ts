// Migration 018: clarifications with their checklist and FTS, paket narasi and trusted keys, on
// an archive that already holds a media statement (untouched).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../../electron/core/db/connection';
import { migrate, schemaVersion } from '../../../../../electron/core/db/migrate';
import { migrations } from '../../../../../electron/core/db/migrations';
import { tempDir } from '../../../../helpers/tempDir';

const INDEX = migrations.findIndex((m) => m.name === 'clarifications-narasi');

describe('migration clarifications-narasi', () => {
  it('is version 18 and adds the tables with their checks, keeping earlier rows', () => {
    expect(migrations[INDEX]?.version).toBe(18);
    const db = openDatabase(path.join(tempDir(), 'archive.db'));
    migrate(db, migrations.slice(0, INDEX));
    db.prepare("INSERT INTO statements (title, body, approved_by, approved_on, created_at, updated_at) VALUES ('S', 'isi', 'x', '2026-01-01', 'x', 'x')").run();
    migrate(db, migrations.slice(0, INDEX + 1));
    expect(schemaVersion(db)).toBe(18);
    expect(db.prepare('SELECT title FROM statements').pluck().all()).toEqual(['S']);

    const insert = (over: Record<string, unknown> = {}) =>
      db
        .prepare(
          `INSERT INTO clarifications (number, year, seq, label, title, claim, facts, status, crisis_opened_at, holding_due_at, approved_by, approved_at, published_at, created_at, updated_at)
           VALUES (@number, 2026, @seq, @label, 'Judul', 'klaim bendungan', 'fakta', @status, @opened, @due, @by, @byAt, @pub, 'x', 'x')`,
        )
        .run({ number: '001', seq: 1, label: 'HOAKS', status: 'draf', opened: null, due: null, by: null, byAt: null, pub: null, ...over });
    insert();
    expect(() => insert({ number: '002', seq: 2, label: 'PALSU' })).toThrow(/CHECK/);
    expect(() => insert({ number: '003', seq: 3, opened: '2026-01-01T00:00:00Z' })).toThrow(/CHECK/); // opened without a due time
    expect(() => insert({ number: '004', seq: 4, status: 'terbit', by: 'x', byAt: 'x' })).toThrow(/CHECK/); // published without a date
    expect(() => insert({ number: '005', seq: 1 })).toThrow(/UNIQUE/);
    expect(db.prepare("SELECT rowid FROM clarifications_fts WHERE clarifications_fts MATCH 'bendungan'").pluck().all()).toEqual([1]);
    expect(() => db.prepare("INSERT INTO clarification_steps (clarification_id, step, done_by, done_at) VALUES (1, 'lompat', 'x', 'x')").run()).toThrow(/CHECK/);
    expect(() => db.prepare("INSERT INTO trusted_keys (fingerprint, added_by, added_at) VALUES ('ABC', 'x', 'x')").run()).toThrow(/CHECK/);
    // An imported paket must say who signed it.
    expect(() =>
      db.prepare("INSERT INTO narasi (title, version, key_messages, qa, expires_on, origin, created_at, updated_at) VALUES ('P', 1, '[]', '[]', '2026-12-31', 'impor', 'x', 'x')").run(),
    ).toThrow(/CHECK/);
    db.close();
  });
});

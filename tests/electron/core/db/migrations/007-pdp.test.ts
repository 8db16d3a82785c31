// Migration "pdp": the anonymised_at stamps and the constraints that keep an anonymised row
// anonymous past the services; an archive at schema 6 keeps every row when it is upgraded.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../../../../electron/core/db/connection';
import { migrate, schemaVersion } from '../../../../../electron/core/db/migrate';
import { LATEST_SCHEMA_VERSION, migrations } from '../../../../../electron/core/db/migrations';
import { tempDir } from '../../../../helpers/tempDir';

const AT = '2031-01-02T03:04:05.000Z';

function at(version: number): Db {
  const db = openDatabase(path.join(tempDir(), 'archive.db'));
  migrate(db, migrations.filter((m) => m.version <= version));
  return db;
}

function seed(db: Db) {
  db.prepare("INSERT INTO requesters (id, name, id_type, id_number, address, phone, created_at) VALUES (1, 'Siti', 'nik', '6472014101900001', 'Jl. A', '0812', 'x')").run();
  db.prepare("INSERT INTO requesters (id, name, id_type, id_number, address, phone, created_at) VALUES (2, 'CV Maju', 'badan_hukum', 'AHU-123', 'Jl. B', '0813', 'x')").run();
  db.prepare(
    `INSERT INTO requests (id, number, year, seq, requester_id, received_at, received_local, channel, information, purpose,
       access_methods, delivery_method, status, due_date, calendar_version, zone, cutoff, closed_at, created_at, updated_at)
     VALUES (1, '001/PPID/XI/2024', 2024, 1, 1, '2024-11-20T02:00:00.000Z', '2024-11-20', 'langsung', 'DPA', 'Riset',
       '["membaca"]', 'email', 'withdrawn', '2024-12-04', 'v', 'Asia/Makassar', '16:00', '2024-11-21T02:00:00.000Z', 'x', 'x')`,
  ).run();
  db.prepare("INSERT INTO outlets (id, name, name_key, type, created_at) VALUES (1, 'Kaltim Post', 'kaltim post', 'cetak', 'x')").run();
  db.prepare("INSERT INTO journalists (id, name, name_key, outlet_id, created_at, updated_at) VALUES (1, 'Rina', 'rina', 1, 'x', 'x')").run();
}

const anonymiseRequester = (db: Db, id: number, set: string) => db.prepare(`UPDATE requesters SET ${set}, anonymised_at = ? WHERE id = ?`).run(AT, id);

describe('migration pdp', () => {
  it('is version 7; an archive at schema 6 keeps its rows, unstamped', () => {
    expect(migrations.find((m) => m.name === 'pdp')?.version).toBe(7);
    const db = at(6);
    seed(db);
    expect(migrate(db)).toEqual({ from: 6, to: LATEST_SCHEMA_VERSION });
    expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
    expect(db.prepare('SELECT id, name, anonymised_at FROM requesters ORDER BY id').all()).toEqual([
      { id: 1, name: 'Siti', anonymised_at: null },
      { id: 2, name: 'CV Maju', anonymised_at: null },
    ]);
    expect(db.prepare('SELECT anonymised_at FROM requests').pluck().all()).toEqual([null]);
    expect(db.prepare('SELECT anonymised_at FROM journalists').pluck().all()).toEqual([null]);
    db.close();
  });

  it('stamps a requester only when the name, address and number are erased', () => {
    const db = at(8);
    seed(db);
    expect(() => anonymiseRequester(db, 1, "name = '[dihapus]'")).toThrow(/CHECK/);
    expect(() => anonymiseRequester(db, 1, "name = '[dihapus]', address = '[dihapus]'")).toThrow(/CHECK/);
    // A NIK stays 16 digits (migration 002): the erased NIK is the impossible 0000000000000000.
    expect(() => anonymiseRequester(db, 1, "name = '[dihapus]', address = '[dihapus]', id_number = '[dihapus]'")).toThrow(/CHECK/);
    anonymiseRequester(db, 1, "name = '[dihapus]', address = '[dihapus]', id_number = '0000000000000000'");
    anonymiseRequester(db, 2, "name = '[dihapus]', address = '[dihapus]', id_number = '[dihapus]'");
    expect(db.prepare('SELECT count(*) FROM requesters WHERE anonymised_at IS NOT NULL').pluck().get()).toBe(2);
    db.close();
  });

  it('refuses a stamp that is not a UTC instant, and a journalist stamped with a name', () => {
    const db = at(8);
    seed(db);
    expect(() => db.prepare("UPDATE requests SET anonymised_at = '2031-01-02' WHERE id = 1").run()).toThrow(/CHECK/);
    db.prepare('UPDATE requests SET anonymised_at = ? WHERE id = 1').run(AT);
    expect(() => db.prepare('UPDATE journalists SET anonymised_at = ? WHERE id = 1').run(AT)).toThrow(/CHECK/);
    db.prepare("UPDATE journalists SET name = '[dihapus]', anonymised_at = ? WHERE id = 1").run(AT);
    db.close();
  });

  it('indexes the closed cases still to anonymise', () => {
    const db = at(8);
    seed(db);
    const plan = db
      .prepare("EXPLAIN QUERY PLAN SELECT id FROM requests WHERE closed_at IS NOT NULL AND anonymised_at IS NULL AND closed_at <= '2030'")
      .all() as { detail: string }[];
    expect(plan.map((p) => p.detail).join(' ')).toMatch(/requests_retention/);
    db.close();
  });
});

// Migration 016: every versioned table gets row_version (1 for existing rows) and, where it had
// none, updated_by filled from the row's last audit entry; rows and other columns are kept.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../../electron/core/db/connection';
import { migrate } from '../../../../../electron/core/db/migrate';
import { migrations } from '../../../../../electron/core/db/migrations';
import { tempDir } from '../../../../helpers/tempDir';

const INDEX = migrations.findIndex((m) => m.name === 'row-versions');
const VERSIONED = ['requests', 'objections', 'disputes', 'inquiries', 'archive_documents', 'settings', 'tariff_decree', 'report_narratives'];

function seededBefore() {
  const db = openDatabase(path.join(tempDir(), 'archive.db'));
  migrate(db, migrations.slice(0, INDEX));
  db.prepare("INSERT INTO requesters (id, name, id_type, id_number, address, phone, created_at) VALUES (1, 'Siti', 'nik', '6472014101900001', 'Jl. A', '0812', 'x')").run();
  const request = db.prepare(
    `INSERT INTO requests (id, number, year, seq, requester_id, received_at, received_local, channel, information, purpose,
       access_methods, delivery_method, status, due_date, calendar_version, zone, cutoff, created_at, updated_at)
     VALUES (?, ?, 2026, ?, 1, '2026-11-20T02:00:00.000Z', '2026-11-20', 'langsung', 'DPA', 'Riset',
       '["membaca"]', 'email', 'in_process', '2026-12-04', 'v', 'Asia/Makassar', '16:00', 'x', '2026-11-20T03:00:00.000Z')`,
  );
  request.run(1, '001/PPID/XI/2026', 1);
  request.run(2, '002/PPID/XI/2026', 2);
  db.prepare("INSERT INTO settings (key, value, updated_at) VALUES ('office_profile', '{}', 'x')").run();
  db.prepare("INSERT INTO tariff_decree (id, number, date, updated_at, updated_by) VALUES (1, '', NULL, 'x', 'Rina')").run();
  const audit = db.prepare("INSERT INTO audit_log (at, actor, action, entity, entity_id, data, prev_hash, hash) VALUES ('x', ?, ?, ?, ?, '{}', '', ?)");
  audit.run('Ani', 'request.create', 'request', '1', 'h1');
  audit.run('Budi', 'request.status', 'request', '1', 'h2');
  audit.run('Cici', 'settings.profile.update', 'settings', 'office_profile', 'h3');
  return db;
}

describe('migration row-versions', () => {
  it('is number 16 and follows the earlier migrations', () => {
    expect(migrations[INDEX]).toMatchObject({ version: 16, name: 'row-versions' });
    expect(migrations[INDEX - 1]!.version).toBeLessThan(16);
  });

  it('starts every existing row at version 1 and names its last actor from the audit log', () => {
    const db = seededBefore();
    const before = db.prepare('SELECT * FROM requests ORDER BY id').all() as Record<string, unknown>[];
    migrate(db);
    for (const table of VERSIONED) {
      const columns = (db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map((c) => c.name);
      expect(columns, table).toEqual(expect.arrayContaining(['row_version', 'updated_by']));
    }
    const after = db.prepare('SELECT * FROM requests ORDER BY id').all() as Record<string, unknown>[];
    expect(after.map((r) => [r.id, r.row_version, r.updated_by])).toEqual([
      [1, 1, 'Budi'],
      [2, 1, ''],
    ]);
    // Nothing else about the rows changed.
    expect(after.map(({ row_version: _v, updated_by: _b, ...rest }) => rest)).toEqual(before);
    expect(db.prepare('SELECT row_version, updated_by FROM settings').get()).toEqual({ row_version: 1, updated_by: 'Cici' });
    expect(db.prepare('SELECT row_version, updated_by FROM tariff_decree').get()).toEqual({ row_version: 1, updated_by: 'Rina' });
    db.close();
  });

  it('refuses a version below 1', () => {
    const db = seededBefore();
    migrate(db);
    expect(() => db.prepare('UPDATE requests SET row_version = 0 WHERE id = 1').run()).toThrow(/CHECK/);
    db.close();
  });
});

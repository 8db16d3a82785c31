// Migration 013: the tariff tables, the request's cost lines and accessibility needs, and the
// letters table rebuilt for the new case letters, on an archive that already holds letters.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../../electron/core/db/connection';
import { migrate } from '../../../../../electron/core/db/migrate';
import { migrations } from '../../../../../electron/core/db/migrations';
import { tempDir } from '../../../../helpers/tempDir';

const INDEX = migrations.findIndex((m) => m.name === 'costs-case-letters-access');
const SHA_A = 'a'.repeat(64);
const SHA_B = 'b'.repeat(64);

function seededBefore() {
  const db = openDatabase(path.join(tempDir(), 'archive.db'));
  migrate(db, migrations.slice(0, INDEX));
  db.prepare("INSERT INTO requesters (id, name, id_type, id_number, address, phone, created_at) VALUES (1, 'Siti', 'nik', '6472014101900001', 'Jl. A', '0812', 'x')").run();
  db.prepare(
    `INSERT INTO requests (id, number, year, seq, requester_id, received_at, received_local, channel, information, purpose,
       access_methods, delivery_method, status, due_date, calendar_version, zone, cutoff, created_at, updated_at, cost_rp, payment_method)
     VALUES (1, '001/PPID/XI/2026', 2026, 1, 1, '2026-11-20T02:00:00.000Z', '2026-11-20', 'langsung', 'DPA', 'Riset',
       '["membaca"]', 'email', 'registered', '2026-12-04', 'v', 'Asia/Makassar', '16:00', 'x', 'x', 12500, 'tunai')`,
  ).run();
  for (const sha of [SHA_A, SHA_B]) db.prepare("INSERT INTO blobs (sha256, size, mime_type, created_at) VALUES (?, 1, 'x', 'x')").run(sha);
  const insert = db.prepare(
    `INSERT INTO letters (id, type, case_kind, request_id, number, year, seq, version, issued_date, issued_at, issued_by, data, pdf_sha256, docx_sha256)
     VALUES (?, 'tanda-bukti', 'request', 1, '001/TB/XI/2026', 2026, 1, ?, '2026-11-23', 'x', 'tester', '{}', ?, ?)`,
  );
  insert.run(1, 1, SHA_A, SHA_B);
  insert.run(2, 2, SHA_B, SHA_A);
  db.prepare('UPDATE letters SET superseded_by = 2 WHERE id = 1').run();
  return db;
}

describe('migration costs-case-letters-access', () => {
  it('keeps every letter, version link and request value, and accepts the new letter types', () => {
    const db = seededBefore();
    const lettersBefore = db.prepare('SELECT * FROM letters ORDER BY id').all();
    const letterType = (t: string) => () =>
      db
        .prepare(
          `INSERT INTO letters (type, case_kind, request_id, number, year, seq, version, issued_date, issued_at, issued_by, data, pdf_sha256, docx_sha256)
           VALUES (?, 'request', 1, '001/X/2026', 2026, 1, 1, '2026-11-23', 'x', 'tester', '{}', ?, ?)`,
        )
        .run(t, SHA_A, SHA_B);
    expect(letterType('kuitansi')).toThrow(/CHECK/);

    migrate(db, migrations.slice(0, INDEX + 1));
    expect(db.prepare('SELECT * FROM letters ORDER BY id').all()).toEqual(lettersBefore);
    for (const t of ['penyerahan', 'pemberitahuan-kelengkapan', 'kuitansi']) letterType(t)();
    expect(letterType('surat-lain')).toThrow(/CHECK/);
    // The indexes came back: a second version 1 of the same type for the same request is refused.
    expect(letterType('kuitansi')).toThrow(/UNIQUE/);
    // The self-reference now names the rebuilt table.
    expect(() => db.prepare('UPDATE letters SET superseded_by = 999 WHERE id = 2').run()).toThrow(/FOREIGN KEY/);
    expect(db.pragma('foreign_key_check')).toEqual([]);

    const request = db.prepare('SELECT cost_rp, payment_method, cost_items, accessibility_needs, accessibility_note, accessible_format FROM requests WHERE id = 1').get();
    expect(request).toEqual({ cost_rp: 12500, payment_method: 'tunai', cost_items: '[]', accessibility_needs: '[]', accessibility_note: '', accessible_format: 0 });
    expect(() => db.prepare("UPDATE requests SET accessibility_needs = '{}' WHERE id = 1").run()).toThrow(/CHECK/);

    db.prepare("INSERT INTO tariff_items (kind, label, unit, price_rp, position) VALUES ('halaman', 'Fotokopi/cetak A4', 'lembar', 500, 0)").run();
    expect(() => db.prepare("INSERT INTO tariff_items (kind, label, unit, price_rp, position) VALUES ('emas', 'x', 'y', 1, 1)").run()).toThrow(/CHECK/);
    expect(() => db.prepare("INSERT INTO tariff_items (kind, label, unit, price_rp, position) VALUES ('media', 'CD', 'keping', -1, 1)").run()).toThrow(/CHECK/);
    expect(() => db.prepare("INSERT INTO tariff_decree (id, number, updated_at, updated_by) VALUES (2, 'x', 'x', 'x')").run()).toThrow(/CHECK/);
    db.close();
  });
});

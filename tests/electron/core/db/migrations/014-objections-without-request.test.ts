// Migration 014: objections, disputes and letters rebuilt with a nullable request, on an archive
// that already holds an objection with its dispute and letter; the search index still finds them.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../../electron/core/db/connection';
import { migrate } from '../../../../../electron/core/db/migrate';
import { migrations } from '../../../../../electron/core/db/migrations';
import { tempDir } from '../../../../helpers/tempDir';

const INDEX = migrations.findIndex((m) => m.name === 'objections-without-request');
const SHA = 'a'.repeat(64);

function seededBefore() {
  const db = openDatabase(path.join(tempDir(), 'archive.db'));
  migrate(db, migrations.slice(0, INDEX));
  db.prepare("INSERT INTO requesters (id, name, id_type, id_number, address, phone, created_at) VALUES (1, 'Siti Aminah', 'nik', '6472014101900001', 'Jl. A', '0812', 'x')").run();
  db.prepare(
    `INSERT INTO requests (id, number, year, seq, requester_id, received_at, received_local, channel, information, purpose,
       access_methods, delivery_method, status, due_date, calendar_version, zone, cutoff, created_at, updated_at)
     VALUES (1, '001/PPID/XI/2026', 2026, 1, 1, '2026-11-02T02:00:00.000Z', '2026-11-02', 'langsung', 'DPA Dinas', 'Riset',
       '["membaca"]', 'email', 'registered', '2026-11-16', 'v', 'Asia/Makassar', '16:00', 'x', 'x')`,
  ).run();
  db.prepare(
    `INSERT INTO objections (id, number, year, seq, request_id, grounds, case_summary, registered_at, registered_local, atasan_due,
       calendar_version, zone, cutoff, status, decision, answer_date, created_at, updated_at)
     VALUES (5, '001/KEB/XI/2026', 2026, 1, 1, '["a"]', 'Ditolak tanpa uji', '2026-11-20T02:00:00.000Z', '2026-11-20', '2027-01-05',
       'v', 'Asia/Makassar', '16:00', 'answered', 'ditolak', '2026-11-27', 'x', 'x')`,
  ).run();
  db.prepare(
    `INSERT INTO disputes (id, objection_id, request_id, ki_register_number, filed_date, window_start, window_due, filed_late,
       ki_start_due, ki_settle_due, calendar_version, zone, status, recorded_at, created_at, updated_at, court_stage)
     VALUES (7, 5, 1, 'KI-9', '2026-12-01', '2026-11-27', '2026-12-17', 0, '2026-12-21', '2027-04-30', 'v', 'Asia/Makassar', 'filed', 'x', 'x', 'x', 'none')`,
  ).run();
  db.prepare("INSERT INTO blobs (sha256, size, mime_type, created_at) VALUES (?, 1, 'x', 'x')").run(SHA);
  db.prepare(
    `INSERT INTO letters (id, type, case_kind, request_id, objection_id, number, year, seq, version, issued_date, issued_at, issued_by, data, pdf_sha256, docx_sha256)
     VALUES (3, 'keberatan-tanggapan', 'objection', 1, 5, '001/TA/XI/2026', 2026, 1, 1, '2026-11-27', 'x', 'tester', '{}', ?, ?)`,
  ).run(SHA, SHA);
  return db;
}

const search = (db: ReturnType<typeof seededBefore>, table: string, words: string) =>
  db.prepare(`SELECT rowid AS id FROM ${table} WHERE ${table} MATCH ? ORDER BY rowid`).all(words);

describe('migration objections-without-request', () => {
  it('keeps every objection, dispute and letter and lets an objection stand without a request', () => {
    const db = seededBefore();
    const objection = db.prepare('SELECT * FROM objections').all();
    const dispute = db.prepare('SELECT * FROM disputes').all();
    const letter = db.prepare('SELECT * FROM letters').all();
    db.prepare("INSERT INTO request_events (request_id, at, actor, action, subject_kind, subject_id, to_status, note) VALUES (1, 'x', 't', 'objection_withdrawn', 'objection', 5, 'withdrawn', 'n')").run();
    const events = db.prepare('SELECT * FROM request_events').all();

    migrate(db, migrations.slice(0, INDEX + 1));
    const objectionAfter = db.prepare('SELECT * FROM objections').get() as Record<string, unknown>;
    expect(objectionAfter).toMatchObject(objection[0] as object);
    expect(objectionAfter).toMatchObject({ requester_id: null, information: '', release_due: null, release_done_at: null });
    expect(db.prepare('SELECT * FROM disputes').all()).toEqual(dispute);
    expect(db.prepare('SELECT * FROM letters').all()).toEqual(letter);
    expect(db.prepare('SELECT * FROM request_events').all()).toEqual(events);
    // An objection's event may stand without a request; a request's may not.
    const event = (kind: string) => () =>
      db.prepare("INSERT INTO request_events (request_id, at, actor, action, subject_kind, subject_id) VALUES (NULL, 'x', 't', 'a', ?, 9)").run(kind);
    expect(event('request')).toThrow(/CHECK/);
    event('objection')();
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name LIKE '%_copy'").get()).toEqual({ n: 0 });

    // An objection on ground b, by its own objector.
    db.prepare("INSERT INTO requesters (id, name, id_type, id_number, address, phone, created_at) VALUES (2, 'Yayasan Pena', 'badan_hukum', 'AHU-1', 'Jl. B', '0813', 'x')").run();
    const insert = (requestId: number | null, requesterId: number | null, information: string) => () =>
      db
        .prepare(
          `INSERT INTO objections (number, year, seq, request_id, requester_id, information, grounds, case_summary, registered_at,
             registered_local, atasan_due, calendar_version, zone, cutoff, status, created_at, updated_at)
           VALUES (?, 2026, ?, ?, ?, ?, '["b"]', 'LKPD tidak diumumkan', '2026-12-01T02:00:00.000Z', '2026-12-01', '2027-01-14',
             'v', 'Asia/Makassar', '16:00', 'registered', 'x', 'x')`,
        )
        .run(`00${2 + Number(requestId ?? 0) + Number(requesterId ?? 0)}/KEB`, 2 + Number(requestId ?? 0) + Number(requesterId ?? 0), requestId, requesterId, information);
    expect(insert(null, null, 'LKPD 2025')).toThrow(/CHECK/);
    expect(insert(1, 2, 'LKPD 2025')).toThrow(/CHECK/);
    expect(insert(null, 2, '')).toThrow(/CHECK/);
    expect(insert(null, 9, 'LKPD 2025')).toThrow(/FOREIGN KEY/);
    insert(null, 2, 'Laporan keuangan 2025')();
    const id = (db.prepare("SELECT id FROM objections WHERE requester_id = 2").get() as { id: number }).id;
    expect(search(db, 'objections_fts', 'Pena')).toEqual([{ id }]);
    expect(search(db, 'objections_fts', 'keuangan')).toEqual([{ id }]);
    expect(search(db, 'objections_fts', 'Siti')).toEqual([{ id: 5 }]);
    db.prepare("UPDATE requesters SET name = 'Yayasan Lentera' WHERE id = 2").run();
    expect(search(db, 'objections_fts', 'Lentera')).toEqual([{ id }]);

    // Its dispute and letter carry no request; a request letter still must.
    db.prepare(
      `INSERT INTO disputes (objection_id, request_id, ki_register_number, filed_date, window_start, window_due, filed_late,
         ki_start_due, ki_settle_due, calendar_version, zone, status, recorded_at, created_at, updated_at)
       VALUES (?, NULL, 'KI-10', '2027-01-20', '2027-01-14', '2027-02-03', 0, '2027-02-08', '2027-06-10', 'v', 'Asia/Makassar', 'filed', 'x', 'x', 'x')`,
    ).run(id);
    expect(search(db, 'disputes_fts', 'Lentera')).toHaveLength(1);
    const letterInsert = (kind: string, objectionId: number | null) => () =>
      db
        .prepare(
          `INSERT INTO letters (type, case_kind, request_id, objection_id, number, year, seq, version, issued_date, issued_at, issued_by, data, pdf_sha256, docx_sha256)
           VALUES ('keberatan-tanda-bukti', ?, NULL, ?, '002/TB', 2026, 2, 1, '2026-12-01', 'x', 'tester', '{}', ?, ?)`,
        )
        .run(kind, objectionId, SHA, SHA);
    expect(letterInsert('request', null)).toThrow(/CHECK/);
    letterInsert('objection', id)();

    // The release order belongs to a granted answer only.
    expect(() => db.prepare("UPDATE objections SET release_due = '2026-12-10' WHERE id = 5").run()).toThrow(/CHECK/);
    // The refusal's structured consequence test is a JSON object.
    expect(() => db.prepare("UPDATE requests SET consequence = '[]' WHERE id = 1").run()).toThrow(/CHECK/);
    db.prepare(`UPDATE requests SET consequence = '{"harm":"x"}' WHERE id = 1`).run();
    expect(db.pragma('foreign_key_check')).toEqual([]);
    db.close();
  });
});

// Migration "report-figures": disputes get a structured outcome (kind + court stage) read from their
// old free text, which stays as the note; the report's narratives get their table; the figure
// queries read date ranges through indexes. Found by name, not position: the lead may renumber it.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../../../../electron/core/db/connection';
import { migrate } from '../../../../../electron/core/db/migrate';
import { migrations } from '../../../../../electron/core/db/migrations';
import { seedInbox } from '../../../../helpers/seedInbox';
import { tempDir } from '../../../../helpers/tempDir';

const INDEX = migrations.findIndex((m) => m.name === 'report-figures');

function previous(): Db {
  const db = openDatabase(path.join(tempDir(), 'archive.db'));
  migrate(db, migrations.slice(0, INDEX));
  seedInbox(db, { requests: 200, objections: 60, disputes: 12, now: '2026-11-23T02:00:00Z', spanDays: 300 });
  return db;
}

const plan = (db: Db, sql: string, ...params: unknown[]) =>
  (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[]).map((r) => r.detail).join(' | ');

describe('migration report-figures', () => {
  it('is registered once, after the registers', () => {
    expect(INDEX).toBeGreaterThan(migrations.findIndex((m) => m.name === 'registers'));
    expect(migrations.filter((m) => m.name === 'report-figures')).toHaveLength(1);
  });

  it('reads an outcome kind from the old free text, keeps the text as the note, and withdrawn rows become withdrawn', () => {
    const db = previous();
    const ids = db.prepare("SELECT id FROM disputes WHERE status <> 'withdrawn' ORDER BY id").pluck().all() as number[];
    const texts = [
      'Mediasi berhasil: informasi diberikan.',
      'Para pihak SEPAKAT informasi diserahkan',
      'Permohonan ditolak seluruhnya oleh Majelis',
      'Permohonan dikabulkan sebagian',
      'Majelis mengabulkan permohonan',
      'Putusan dibacakan',
    ];
    expect(ids.length).toBeGreaterThanOrEqual(texts.length);
    const decide = db.prepare("UPDATE disputes SET status = 'decided', outcome = ?, outcome_date = filed_date WHERE id = ?");
    texts.forEach((text, i) => decide.run(text, ids[i]));
    const withdrawn = db.prepare("SELECT count(*) FROM disputes WHERE status = 'withdrawn'").pluck().get() as number;
    expect(withdrawn).toBeGreaterThan(0);

    migrate(db);
    const rows = db.prepare('SELECT outcome, outcome_kind, court_stage FROM disputes WHERE id IN (' + ids.slice(0, texts.length).join(',') + ') ORDER BY id').all();
    expect(rows).toEqual([
      { outcome: texts[0], outcome_kind: 'mediation_agreed', court_stage: 'none' },
      { outcome: texts[1], outcome_kind: 'mediation_agreed', court_stage: 'none' },
      { outcome: texts[2], outcome_kind: 'adjudication_refused', court_stage: 'none' },
      { outcome: texts[3], outcome_kind: 'adjudication_granted_partly', court_stage: 'none' },
      { outcome: texts[4], outcome_kind: 'adjudication_granted', court_stage: 'none' },
      { outcome: texts[5], outcome_kind: null, court_stage: 'none' },
    ]);
    expect(db.prepare("SELECT count(*) FROM disputes WHERE status = 'withdrawn' AND outcome_kind = 'withdrawn'").pluck().get()).toBe(withdrawn);
    // Open disputes have no outcome yet.
    expect(db.prepare("SELECT count(*) FROM disputes WHERE is_open AND outcome_kind IS NOT NULL").pluck().get()).toBe(0);
    db.close();
  });

  it('allows only the known outcome kinds and court stages', () => {
    const db = previous();
    migrate(db);
    const id = db.prepare('SELECT id FROM disputes LIMIT 1').pluck().get() as number;
    const set = (col: string, value: unknown) => db.prepare(`UPDATE disputes SET ${col} = ? WHERE id = ?`).run(value, id);
    expect(() => set('outcome_kind', 'gugur')).not.toThrow();
    expect(() => set('outcome_kind', 'menang')).toThrow(/CHECK/);
    expect(() => set('court_stage', 'kasasi')).not.toThrow();
    expect(() => set('court_stage', 'mk')).toThrow(/CHECK/);
    expect(() => set('court_stage', null)).toThrow(/NOT NULL/);
    db.close();
  });

  it('keeps one narrative row per year, with empty sections by default', () => {
    const db = previous();
    migrate(db);
    const insert = (year: number) => db.prepare("INSERT INTO report_narratives (year, policy, updated_at, updated_by) VALUES (?, 'Kebijakan', 'x', 'tester')").run(year);
    insert(2026);
    expect(() => insert(2026)).toThrow(/UNIQUE|PRIMARY/);
    expect(() => insert(1999)).toThrow(/CHECK/);
    expect(db.prepare('SELECT policy, service, obstacles, recommendations FROM report_narratives').get()).toEqual({ policy: 'Kebijakan', service: '', obstacles: '', recommendations: '' });
    expect(db.prepare("SELECT strict FROM pragma_table_list WHERE name = 'report_narratives'").pluck().get()).toBe(1);
    db.close();
  });

  it('reads each date range of the figures through an index', () => {
    const db = previous();
    migrate(db);
    expect(plan(db, 'SELECT count(*) FROM requests WHERE received_local BETWEEN ? AND ?', '2026-01-01', '2026-12-31')).toMatch(/USING (COVERING )?INDEX requests_received_local/);
    expect(plan(db, 'SELECT decision FROM requests WHERE notice_date BETWEEN ? AND ?', '2026-01-01', '2026-12-31')).toMatch(/INDEX requests_notice/);
    expect(plan(db, 'SELECT id FROM requests WHERE extended_at >= ? AND extended_at < ?', 'a', 'b')).toMatch(/INDEX requests_extended/);
    expect(plan(db, "SELECT request_id FROM request_events WHERE subject_kind = 'request' AND to_status = 'withdrawn' AND at >= ? AND at < ?", 'a', 'b')).toMatch(/INDEX request_events_withdrawn/);
    expect(plan(db, 'SELECT grounds FROM objections WHERE registered_local BETWEEN ? AND ?', 'a', 'b')).toMatch(/INDEX objections_registered_local/);
    expect(plan(db, 'SELECT decision FROM objections WHERE answer_date BETWEEN ? AND ?', 'a', 'b')).toMatch(/INDEX objections_answer/);
    expect(plan(db, 'SELECT id FROM disputes WHERE filed_date BETWEEN ? AND ?', 'a', 'b')).toMatch(/INDEX disputes_filed/);
    expect(plan(db, "SELECT data FROM audit_log WHERE action = 'archive.dip.update' AND at >= ? AND at < ?", 'a', 'b')).toMatch(/INDEX audit_log_action/);
    db.close();
  });
});

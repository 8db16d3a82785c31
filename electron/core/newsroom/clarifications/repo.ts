// Rows of clarifications and their checklist steps. Sync, `db` first; the service owns transactions.
import type { Db } from '../../db/connection';
import type { ClarificationLabel, ClarificationStatus, CrisisStep } from '../../../../shared/domain/newsroom/clarifications';

export interface ClarificationRow {
  id: number;
  number: string;
  year: number;
  seq: number;
  label: ClarificationLabel;
  title: string;
  claim: string;
  facts: string;
  source: string;
  links: string;
  opd: string;
  alt_text: string;
  status: ClarificationStatus;
  crisis_opened_at: string | null;
  holding_due_at: string | null;
  holding_statement: string;
  holding_issued_at: string | null;
  crisis_closed_at: string | null;
  approved_by: string | null;
  approved_at: string | null;
  published_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface StepRow {
  step: CrisisStep;
  done_by: string;
  done_at: string;
  note: string;
}

export interface ClarificationContent {
  label: ClarificationLabel;
  title: string;
  claim: string;
  facts: string;
  source: string;
  links: string[];
  opd: string;
  altText: string;
}

export function getClarificationRow(db: Db, id: number): ClarificationRow | undefined {
  return db.prepare('SELECT * FROM clarifications WHERE id = ?').get(id) as ClarificationRow | undefined;
}

export function clarificationIdByNumber(db: Db, number: string): number | undefined {
  return db.prepare('SELECT id FROM clarifications WHERE number = ?').pluck().get(number) as number | undefined;
}

export function nextClarificationSeq(db: Db, year: number): number {
  return db.prepare('SELECT coalesce(max(seq), 0) + 1 FROM clarifications WHERE year = ?').pluck().get(year) as number;
}

export function insertClarification(
  db: Db,
  row: ClarificationContent & { number: string; year: number; seq: number; crisisOpenedAt: string | null; holdingDueAt: string | null; at: string },
): number {
  const info = db
    .prepare(
      `INSERT INTO clarifications (number, year, seq, label, title, claim, facts, source, links, opd, alt_text, status,
         crisis_opened_at, holding_due_at, created_at, updated_at)
       VALUES (@number, @year, @seq, @label, @title, @claim, @facts, @source, @links, @opd, @altText, 'draf', @crisisOpenedAt, @holdingDueAt, @at, @at)`,
    )
    .run({ ...row, links: JSON.stringify(row.links) });
  return Number(info.lastInsertRowid);
}

export function updateContent(db: Db, id: number, c: ClarificationContent, at: string): void {
  db.prepare(
    `UPDATE clarifications SET label = @label, title = @title, claim = @claim, facts = @facts, source = @source, links = @links,
       opd = @opd, alt_text = @altText, updated_at = @at WHERE id = @id`,
  ).run({ ...c, links: JSON.stringify(c.links), id, at });
}

export function setFields(db: Db, id: number, fields: Partial<Omit<ClarificationRow, 'id'>>): void {
  const keys = Object.keys(fields);
  if (keys.length === 0) return;
  db.prepare(`UPDATE clarifications SET ${keys.map((k) => `${k} = @${k}`).join(', ')} WHERE id = @id`).run({ ...fields, id });
}

export function stepRows(db: Db, id: number): StepRow[] {
  return db.prepare('SELECT step, done_by, done_at, note FROM clarification_steps WHERE clarification_id = ?').all(id) as StepRow[];
}

export function insertStep(db: Db, id: number, step: CrisisStep, by: string, at: string, note: string): void {
  db.prepare('INSERT INTO clarification_steps (clarification_id, step, done_by, done_at, note) VALUES (?, ?, ?, ?, ?)').run(id, step, by, at, note);
}

export function listRows(db: Db, match: string | null, limit = 500): ClarificationRow[] {
  if (match === null) return db.prepare('SELECT * FROM clarifications ORDER BY created_at DESC, id DESC LIMIT ?').all(limit) as ClarificationRow[];
  return db
    .prepare(
      `SELECT c.* FROM clarifications_fts f JOIN clarifications c ON c.id = f.rowid
       WHERE clarifications_fts MATCH ? ORDER BY c.created_at DESC, c.id DESC LIMIT ?`,
    )
    .all(match, limit) as ClarificationRow[];
}

/** Open crises, the most urgent holding statement first (partial index clarifications_open_crisis). */
export function openCrisisRows(db: Db): Array<ClarificationRow & { steps_done: number }> {
  return db
    .prepare(
      `SELECT c.*, (SELECT count(*) FROM clarification_steps s WHERE s.clarification_id = c.id) AS steps_done
       FROM clarifications c WHERE c.crisis_opened_at IS NOT NULL AND c.crisis_closed_at IS NULL
       ORDER BY c.holding_due_at, c.id`,
    )
    .all() as Array<ClarificationRow & { steps_done: number }>;
}

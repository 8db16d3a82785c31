// Issued letters: synchronous SQL, `db` first. One row per version (migration 003).
import type { Db } from '../db/connection';
import type { CaseKind, LetterType } from '../../../shared/domain/letters';

/** The columns every issued letter has, from a case (letters) or a document (document_letters). */
export interface IssuedLetterColumns {
  id: number;
  number: string;
  year: number;
  seq: number;
  version: number;
  issued_date: string;
  issued_at: string;
  issued_by: string;
  data: string;
  pdf_sha256: string;
  docx_sha256: string;
  superseded_by: number | null;
}

export interface LetterRow extends IssuedLetterColumns {
  type: LetterType;
  case_kind: CaseKind;
  /** Null for the letters of an objection without a request. */
  request_id: number | null;
  objection_id: number | null;
}

/** Inserts one version of a letter into `table` (a constant of this module's callers, never input). */
export function insertIssuedLetter<R extends IssuedLetterColumns>(db: Db, table: 'letters' | 'document_letters', row: Omit<R, 'id' | 'superseded_by'>): number {
  const cols = Object.keys(row);
  return Number(db.prepare(`INSERT INTO ${table} (${cols.join(', ')}) VALUES (${cols.map((c) => `@${c}`).join(', ')})`).run(row).lastInsertRowid);
}

export function insertLetter(db: Db, row: Omit<LetterRow, 'id' | 'superseded_by'>): number {
  return insertIssuedLetter<LetterRow>(db, 'letters', row);
}

export function supersede(db: Db, oldId: number, newId: number): void {
  db.prepare('UPDATE letters SET superseded_by = ? WHERE id = ? AND superseded_by IS NULL').run(newId, oldId);
}

export function getLetter(db: Db, id: number): LetterRow | undefined {
  return db.prepare('SELECT * FROM letters WHERE id = ?').get(id) as LetterRow | undefined;
}

const caseColumn = (kind: CaseKind) => (kind === 'request' ? 'request_id' : 'objection_id');

/** The current (not superseded) version of a letter type for a case. */
export function currentLetter(db: Db, kind: CaseKind, caseId: number, type: LetterType): LetterRow | undefined {
  return db
    .prepare(`SELECT * FROM letters WHERE ${caseColumn(kind)} = ? AND case_kind = ? AND type = ? AND superseded_by IS NULL`)
    .get(caseId, kind, type) as LetterRow | undefined;
}

export function listLetters(db: Db, kind: CaseKind, caseId: number): LetterRow[] {
  return db
    .prepare(`SELECT * FROM letters WHERE ${caseColumn(kind)} = ? AND case_kind = ? ORDER BY id`)
    .all(caseId, kind) as LetterRow[];
}

/** Next gap-free seq of a letter type in a year (versions share their letter's seq). */
export function nextLetterSeq(db: Db, type: LetterType, year: number): number {
  return db.prepare('SELECT coalesce(max(seq), 0) + 1 FROM letters WHERE type = ? AND year = ?').pluck().get(type, year) as number;
}

// Letters issued from an archive document (migration 012): synchronous SQL, `db` first.
import type { Db } from '../db/connection';
import type { DocumentLetterType } from '../../../shared/domain/letters';
import { insertIssuedLetter, type IssuedLetterColumns } from './repo';

export interface DocumentLetterRow extends IssuedLetterColumns {
  type: DocumentLetterType;
  document_id: number;
}

export function insertDocumentLetter(db: Db, row: Omit<DocumentLetterRow, 'id' | 'superseded_by'>): number {
  return insertIssuedLetter<DocumentLetterRow>(db, 'document_letters', row);
}

export function supersedeDocumentLetter(db: Db, oldId: number, newId: number): void {
  db.prepare('UPDATE document_letters SET superseded_by = ? WHERE id = ? AND superseded_by IS NULL').run(newId, oldId);
}

export function getDocumentLetter(db: Db, id: number): DocumentLetterRow | undefined {
  return db.prepare('SELECT * FROM document_letters WHERE id = ?').get(id) as DocumentLetterRow | undefined;
}

export function currentDocumentLetter(db: Db, documentId: number, type: DocumentLetterType): DocumentLetterRow | undefined {
  return db.prepare('SELECT * FROM document_letters WHERE document_id = ? AND type = ? AND superseded_by IS NULL').get(documentId, type) as DocumentLetterRow | undefined;
}

export function listDocumentLetters(db: Db, documentId: number): DocumentLetterRow[] {
  return db.prepare('SELECT * FROM document_letters WHERE document_id = ? ORDER BY id').all(documentId) as DocumentLetterRow[];
}

/** Next gap-free seq of a type in a year (versions share their letter's seq). */
export function nextDocumentLetterSeq(db: Db, type: DocumentLetterType, year: number): number {
  return db.prepare('SELECT coalesce(max(seq), 0) + 1 FROM document_letters WHERE type = ? AND year = ?').pluck().get(type, year) as number;
}

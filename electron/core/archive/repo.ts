// Archive documents, their search index and their links to requests: synchronous SQL, `db` first.
import type { Db } from '../db/connection';

export interface ArchiveRow {
  id: number;
  sha256: string;
  file_name: string;
  file_type: 'docx' | 'pdf' | 'other';
  mime_type: string;
  size: number;
  encrypted: 0 | 1;
  page_count: number | null;
  meta_title: string;
  meta_author: string;
  meta_created: string | null;
  text_chars: number;
  text_truncated: 0 | 1;
  preview_html: string | null;
  import_notes: string;
  imported_at: string;
  dip_number: string;
  title: string;
  summary: string;
  unit: string;
  responsible: string;
  produced_date: string | null;
  produced_place: string;
  form: 'softcopy' | 'hardcopy' | 'keduanya';
  retention: string;
  category: 'berkala' | 'serta_merta' | 'setiap_saat' | 'dikecualikan' | null;
  exemption_letter: 'a' | 'b' | 'c' | 'd' | 'e' | 'f' | 'g' | 'h' | 'i' | 'j' | null;
  /** JSON array of the Ps 17 letters of the basis (migration 012); exemption_letter is its first. */
  exemption_letters: string;
  exemption_law: string;
  ct_information: string;
  ct_harm: string;
  ct_public_interest: string;
  /** The consequence test's note (before migration 012: the whole test as free text). */
  consequence_test: string;
  exemption_years: number | null;
  exemption_permanent: 0 | 1;
  decree_number: string;
  decree_date: string | null;
  review_date: string | null;
  updated_at: string;
  year: number | null;
  /** db/versions.ts: bumped by every officer's update. */
  row_version: number;
}

export type NewArchiveDocument = Pick<
  ArchiveRow,
  'sha256' | 'file_name' | 'file_type' | 'mime_type' | 'size' | 'encrypted' | 'page_count' | 'meta_title' | 'meta_author' | 'meta_created'
  | 'text_chars' | 'text_truncated' | 'preview_html' | 'import_notes' | 'imported_at' | 'title' | 'updated_at'
>;

export type DipUpdate = Pick<
  ArchiveRow,
  'dip_number' | 'title' | 'summary' | 'unit' | 'responsible' | 'produced_date' | 'produced_place' | 'form' | 'retention' | 'category'
  | 'exemption_letter' | 'exemption_letters' | 'exemption_law' | 'ct_information' | 'ct_harm' | 'ct_public_interest' | 'consequence_test' | 'exemption_years' | 'exemption_permanent' | 'decree_number' | 'decree_date'
  | 'review_date' | 'updated_at'
>;

export function findBySha(db: Db, sha256: string): { id: number; title: string } | undefined {
  return db.prepare('SELECT id, title FROM archive_documents WHERE sha256 = ?').get(sha256) as { id: number; title: string } | undefined;
}

/**
 * Inserts the row and its search entry; the blob must already be durable and recorded. The id is
 * past every id ever used, withdrawn ones included: SQLite would otherwise give a withdrawn last
 * document's id to the next import, and old import lines and audit entries would name the new one.
 */
export function insertDocument(db: Db, row: NewArchiveDocument, text: string): number {
  const id =
    (db.prepare('SELECT max(coalesce((SELECT max(id) FROM archive_documents), 0), coalesce((SELECT max(document_id) FROM archive_withdrawals), 0)) + 1').pluck().get() as number);
  const cols = ['id', ...Object.keys(row)];
  db.prepare(`INSERT INTO archive_documents (${cols.join(', ')}) VALUES (${cols.map((c) => `@${c}`).join(', ')})`).run({ id, ...row });
  db.prepare("INSERT INTO archive_fts (rowid, title, summary, body) VALUES (?, ?, '', ?)").run(id, row.title, text);
  return id;
}

export function getDocument(db: Db, id: number): ArchiveRow | undefined {
  return db.prepare('SELECT * FROM archive_documents WHERE id = ?').get(id) as ArchiveRow | undefined;
}

export function documentText(db: Db, id: number, maxChars: number): string {
  return (db.prepare('SELECT substr(body, 1, ?) FROM archive_fts WHERE rowid = ?').pluck().get(maxChars, id) as string | undefined) ?? '';
}

export function updateDip(db: Db, id: number, update: DipUpdate): void {
  const cols = Object.keys(update);
  db.prepare(`UPDATE archive_documents SET ${cols.map((c) => `${c} = @${c}`).join(', ')} WHERE id = @id`).run({ ...update, id });
  // Keep the body, replace title and summary: FTS5 rows are replaced whole.
  const body = db.prepare('SELECT body FROM archive_fts WHERE rowid = ?').pluck().get(id) as string | undefined;
  db.prepare('DELETE FROM archive_fts WHERE rowid = ?').run(id);
  db.prepare('INSERT INTO archive_fts (rowid, title, summary, body) VALUES (?, ?, ?, ?)').run(id, update.title, update.summary, body ?? '');
}

/** Published DIP order: the categories as UU KIP lists them (Ps 9, 10, 11), then by DIP number, then title. */
const PUBLISHED_ORDER = "CASE category WHEN 'berkala' THEN 1 WHEN 'serta_merta' THEN 2 ELSE 3 END, dip_number = '', dip_number, title, id";

/**
 * The published Daftar Informasi Publik (UU KIP Ps 7(3); Perki 1/2021): only classified public
 * information, berkala (Ps 9), serta-merta (Ps 10) and setiap saat (Ps 11), in that order. Exempt
 * items belong to the Daftar Informasi yang Dikecualikan; an imported file nobody has classified
 * yet is no decision of the office and is in neither.
 */
export function listPublishedDip(db: Db): ArchiveRow[] {
  return db.prepare(`SELECT * FROM archive_documents WHERE category IN ('berkala', 'serta_merta', 'setiap_saat') ORDER BY ${PUBLISHED_ORDER}`).all() as ArchiveRow[];
}

/** The Daftar Informasi yang Dikecualikan (UU KIP Ps 17): exempt items by DIP number, then title. */
export function listExempt(db: Db): ArchiveRow[] {
  return db.prepare("SELECT * FROM archive_documents WHERE category = 'dikecualikan' ORDER BY dip_number = '', dip_number, title, id").all() as ArchiveRow[];
}

/** Exempt items whose review date has come by `untilDate` (office-local 'YYYY-MM-DD'); for the inbox reminders. */
export function listReviewsDue(db: Db, untilDate: string): Array<{ id: number; title: string; exemption_letter: NonNullable<ArchiveRow['exemption_letter']>; review_date: string }> {
  return db
    .prepare("SELECT id, title, exemption_letter, review_date FROM archive_documents WHERE category = 'dikecualikan' AND review_date <= ? ORDER BY review_date, id")
    .all(untilDate) as Array<{ id: number; title: string; exemption_letter: NonNullable<ArchiveRow['exemption_letter']>; review_date: string }>;
}

export interface LinkRow {
  document_id: number;
  title: string;
  file_name: string;
  category: ArchiveRow['category'];
  linked_at: string;
}

export function listLinks(db: Db, requestId: number): LinkRow[] {
  return db
    .prepare(
      `SELECT l.document_id, d.title, d.file_name, d.category, l.linked_at FROM archive_request_links l
       JOIN archive_documents d ON d.id = l.document_id WHERE l.request_id = ? ORDER BY l.linked_at, l.document_id`,
    )
    .all(requestId) as LinkRow[];
}

export function insertLink(db: Db, requestId: number, documentId: number, at: string, actor: string): boolean {
  return db.prepare('INSERT OR IGNORE INTO archive_request_links (request_id, document_id, linked_at, actor) VALUES (?, ?, ?, ?)').run(requestId, documentId, at, actor).changes > 0;
}

export function deleteLink(db: Db, requestId: number, documentId: number): boolean {
  return db.prepare('DELETE FROM archive_request_links WHERE request_id = ? AND document_id = ?').run(requestId, documentId).changes > 0;
}

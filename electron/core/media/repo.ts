// The media directory and statement library: synchronous SQL, `db` first.
import type { Db } from '../db/connection';

export interface OutletRow {
  id: number;
  name: string;
  name_key: string;
  type: 'cetak' | 'online' | 'tv' | 'radio';
  region: string;
  created_at: string;
}

export interface JournalistRow {
  id: number;
  name: string;
  name_key: string;
  outlet_id: number;
  phone: string;
  phone_key: string;
  email: string;
  notes: string;
  created_at: string;
  updated_at: string;
}

export interface StatementRow {
  id: number;
  title: string;
  body: string;
  topic: string;
  approved_by: string;
  approved_on: string;
  created_at: string;
  updated_at: string;
}

export function outletByKey(db: Db, nameKey: string): OutletRow | undefined {
  return db.prepare('SELECT * FROM outlets WHERE name_key = ?').get(nameKey) as OutletRow | undefined;
}

export function outletById(db: Db, id: number): OutletRow | undefined {
  return db.prepare('SELECT * FROM outlets WHERE id = ?').get(id) as OutletRow | undefined;
}

export function insertOutlet(db: Db, row: Omit<OutletRow, 'id'>): number {
  return Number(
    db.prepare('INSERT INTO outlets (name, name_key, type, region, created_at) VALUES (@name, @name_key, @type, @region, @created_at)').run(row)
      .lastInsertRowid,
  );
}

export function listOutlets(db: Db, nameKeyPrefix: string): OutletRow[] {
  if (nameKeyPrefix === '') return db.prepare('SELECT * FROM outlets ORDER BY name_key LIMIT 500').all() as OutletRow[];
  return db
    .prepare("SELECT * FROM outlets WHERE name_key LIKE ? ESCAPE '\\' OR name_key LIKE ? ESCAPE '\\' ORDER BY name_key LIMIT 500")
    .all(`${escapeLike(nameKeyPrefix)}%`, `% ${escapeLike(nameKeyPrefix)}%`) as OutletRow[];
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

export function journalistById(db: Db, id: number): JournalistRow | undefined {
  return db.prepare('SELECT * FROM journalists WHERE id = ?').get(id) as JournalistRow | undefined;
}

export function journalistByNameOutlet(db: Db, nameKey: string, outletId: number): JournalistRow | undefined {
  return db.prepare('SELECT * FROM journalists WHERE name_key = ? AND outlet_id = ?').get(nameKey, outletId) as JournalistRow | undefined;
}

export function journalistByPhone(db: Db, phoneKey: string): JournalistRow | undefined {
  if (phoneKey === '') return undefined;
  return db.prepare('SELECT * FROM journalists WHERE phone_key = ?').get(phoneKey) as JournalistRow | undefined;
}

export function insertJournalist(db: Db, row: Omit<JournalistRow, 'id'>): number {
  return Number(
    db
      .prepare(
        `INSERT INTO journalists (name, name_key, outlet_id, phone, phone_key, email, notes, created_at, updated_at)
         VALUES (@name, @name_key, @outlet_id, @phone, @phone_key, @email, @notes, @created_at, @updated_at)`,
      )
      .run(row).lastInsertRowid,
  );
}

/** Journalists whose name, outlet, region, phone or e-mail match the FTS expression; all when null. */
export function searchJournalists(db: Db, match: string | null, limit: number): JournalistRow[] {
  if (match === null) return db.prepare('SELECT * FROM journalists ORDER BY name_key LIMIT ?').all(limit) as JournalistRow[];
  return db
    .prepare('SELECT j.* FROM directory_fts f JOIN journalists j ON j.id = f.rowid WHERE directory_fts MATCH ? ORDER BY f.rank LIMIT ?')
    .all(match, limit) as JournalistRow[];
}

export function statementById(db: Db, id: number): StatementRow | undefined {
  return db.prepare('SELECT * FROM statements WHERE id = ?').get(id) as StatementRow | undefined;
}

export function searchStatements(db: Db, match: string | null): StatementRow[] {
  if (match === null) return db.prepare('SELECT * FROM statements ORDER BY approved_on DESC, id DESC LIMIT 200').all() as StatementRow[];
  return db
    .prepare('SELECT s.* FROM statements_fts f JOIN statements s ON s.id = f.rowid WHERE statements_fts MATCH ? ORDER BY f.rank LIMIT 200')
    .all(match) as StatementRow[];
}

export function insertStatement(db: Db, row: Omit<StatementRow, 'id'>): number {
  return Number(
    db
      .prepare(
        `INSERT INTO statements (title, body, topic, approved_by, approved_on, created_at, updated_at)
         VALUES (@title, @body, @topic, @approved_by, @approved_on, @created_at, @updated_at)`,
      )
      .run(row).lastInsertRowid,
  );
}

export function updateStatement(db: Db, id: number, row: Omit<StatementRow, 'id' | 'created_at'>): void {
  db.prepare(
    `UPDATE statements SET title = @title, body = @body, topic = @topic, approved_by = @approved_by,
       approved_on = @approved_on, updated_at = @updated_at WHERE id = @id`,
  ).run({ ...row, id });
}

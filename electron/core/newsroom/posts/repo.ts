// Social post drafts and the content calendar: synchronous SQL, `db` first.
import type { Db } from '../../db/connection';
import { prepared } from '../../db/statements';

export interface PostRow {
  id: number;
  platform: 'x' | 'instagram' | 'facebook' | 'whatsapp';
  text: string;
  hashtags: string;
  alt_text: string;
  release_id: number | null;
  issue_id: number | null;
  status: 'draf' | 'siap' | 'terbit';
  created_at: string;
  updated_at: string;
}

export interface CalendarRow {
  id: number;
  planned_on: string;
  channel: 'x' | 'instagram' | 'facebook' | 'whatsapp' | 'situs' | 'media';
  item: string;
  status: 'rencana' | 'siap' | 'terbit' | 'batal';
  release_id: number | null;
  post_id: number | null;
  note: string;
  created_at: string;
  updated_at: string;
}

export const getPostRow = (db: Db, id: number) => db.prepare('SELECT * FROM social_posts WHERE id = ?').get(id) as PostRow | undefined;

export function listPostRows(db: Db, releaseId?: number): PostRow[] {
  return releaseId
    ? (db.prepare('SELECT * FROM social_posts WHERE release_id = ? ORDER BY updated_at DESC, id DESC').all(releaseId) as PostRow[])
    : (db.prepare('SELECT * FROM social_posts ORDER BY updated_at DESC, id DESC LIMIT 500').all() as PostRow[]);
}

type Upsert<R> = Omit<R, 'id' | 'created_at'> & { id?: number; created_at: string };

/** Changes the row with `row.id` (its creation time kept), or inserts a new one; returns its id. */
function upsert<R>(db: Db, table: string, columns: ReadonlyArray<keyof R & string>, row: Upsert<R>): number {
  if (row.id) {
    prepared(db, `UPDATE ${table} SET ${[...columns, 'updated_at'].map((c) => `${c} = @${c}`).join(', ')} WHERE id = @id`).run(row);
    return row.id;
  }
  const all = [...columns, 'created_at', 'updated_at'];
  return Number(prepared(db, `INSERT INTO ${table} (${all.join(', ')}) VALUES (${all.map((c) => `@${c}`).join(', ')})`).run(row).lastInsertRowid);
}

export const upsertPost = (db: Db, row: Upsert<PostRow>): number => 
  upsert(db, 'social_posts', ['platform', 'text', 'hashtags', 'alt_text', 'release_id', 'issue_id', 'status'], row);

export const getCalendarRow = (db: Db, id: number) => db.prepare('SELECT * FROM content_calendar WHERE id = ?').get(id) as CalendarRow | undefined;

export function listCalendarRows(db: Db, from: string, to: string): CalendarRow[] {
  return db.prepare('SELECT * FROM content_calendar WHERE planned_on BETWEEN ? AND ? ORDER BY planned_on, id').all(from, to) as CalendarRow[];
}

export const upsertCalendar = (db: Db, row: Upsert<CalendarRow>): number => 
  upsert(db, 'content_calendar', ['planned_on', 'channel', 'item', 'status', 'release_id', 'post_id', 'note'], row);

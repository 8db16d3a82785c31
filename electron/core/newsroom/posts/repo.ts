// Social post drafts and the content calendar: synchronous SQL, `db` first.
import type { Db } from '../../db/connection';

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

export function upsertPost(db: Db, row: Omit<PostRow, 'id' | 'created_at'> & { id?: number; created_at: string }): number {
  if (row.id) {
    db.prepare(
      `UPDATE social_posts SET platform = @platform, text = @text, hashtags = @hashtags, alt_text = @alt_text, release_id = @release_id,
         issue_id = @issue_id, status = @status, updated_at = @updated_at WHERE id = @id`,
    ).run(row);
    return row.id;
  }
  const info = db
    .prepare(
      `INSERT INTO social_posts (platform, text, hashtags, alt_text, release_id, issue_id, status, created_at, updated_at)
       VALUES (@platform, @text, @hashtags, @alt_text, @release_id, @issue_id, @status, @created_at, @updated_at)`,
    )
    .run(row);
  return Number(info.lastInsertRowid);
}

export const getCalendarRow = (db: Db, id: number) => db.prepare('SELECT * FROM content_calendar WHERE id = ?').get(id) as CalendarRow | undefined;

export function listCalendarRows(db: Db, from: string, to: string): CalendarRow[] {
  return db.prepare('SELECT * FROM content_calendar WHERE planned_on BETWEEN ? AND ? ORDER BY planned_on, id').all(from, to) as CalendarRow[];
}

export function upsertCalendar(db: Db, row: Omit<CalendarRow, 'id' | 'created_at'> & { id?: number; created_at: string }): number {
  if (row.id) {
    db.prepare(
      `UPDATE content_calendar SET planned_on = @planned_on, channel = @channel, item = @item, status = @status, release_id = @release_id,
         post_id = @post_id, note = @note, updated_at = @updated_at WHERE id = @id`,
    ).run(row);
    return row.id;
  }
  const info = db
    .prepare(
      `INSERT INTO content_calendar (planned_on, channel, item, status, release_id, post_id, note, created_at, updated_at)
       VALUES (@planned_on, @channel, @item, @status, @release_id, @post_id, @note, @created_at, @updated_at)`,
    )
    .run(row);
  return Number(info.lastInsertRowid);
}

// Press releases, their timeline and published links: synchronous SQL, `db` first.
import type { Db } from '../../db/connection';
import { prepared } from '../../db/statements';
import { whereOf } from '../../db/where';
import { timeline } from '../timeline';
import type { ReleaseStatus } from '../../../../shared/domain/newsroom/releases';

export interface ReleaseRow {
  id: number;
  number: string;
  year: number;
  seq: number;
  title: string;
  release_on: string;
  lead: string;
  body: string;
  quotes: string;
  contact: string;
  status: ReleaseStatus;
  approved_by: string | null;
  approved_at: string | null;
  published_at: string | null;
  created_by: string;
  created_at: string;
  updated_at: string;
}

export interface ReleaseLinkRow {
  id: number;
  url: string;
  outlet: string;
  outlet_id: number | null;
  published_on: string;
}

export function getReleaseRow(db: Db, id: number): ReleaseRow | undefined {
  return db.prepare('SELECT * FROM press_releases WHERE id = ?').get(id) as ReleaseRow | undefined;
}

export function releaseByNumber(db: Db, number: string): ReleaseRow | undefined {
  return db.prepare('SELECT * FROM press_releases WHERE number = ?').get(number) as ReleaseRow | undefined;
}

export function insertRelease(db: Db, row: Omit<ReleaseRow, 'id'>): number {
  const info = db
    .prepare(
      `INSERT INTO press_releases (number, year, seq, title, release_on, lead, body, quotes, contact, status, approved_by, approved_at, published_at, created_by, created_at, updated_at)
       VALUES (@number, @year, @seq, @title, @release_on, @lead, @body, @quotes, @contact, @status, @approved_by, @approved_at, @published_at, @created_by, @created_at, @updated_at)`,
    )
    .run(row);
  return Number(info.lastInsertRowid);
}

export function updateRelease(db: Db, id: number, patch: Partial<Omit<ReleaseRow, 'id' | 'number' | 'year' | 'seq'>>): void {
  const keys = Object.keys(patch);
  if (keys.length === 0) return;
  db.prepare(`UPDATE press_releases SET ${keys.map((k) => `${k} = @${k}`).join(', ')} WHERE id = @id`).run({ ...patch, id });
}

const releaseTimeline = timeline('press_release_events', 'release_id');
export const insertReleaseEvent = releaseTimeline.insert;
export const releaseEvents = releaseTimeline.list;

export function releaseLinks(db: Db, releaseId: number): ReleaseLinkRow[] {
  return db.prepare('SELECT id, url, outlet, outlet_id, published_on FROM press_release_links WHERE release_id = ? ORDER BY published_on, id').all(releaseId) as ReleaseLinkRow[];
}

export function insertReleaseLink(db: Db, releaseId: number, link: Omit<ReleaseLinkRow, 'id'>, at: string): void {
  db.prepare('INSERT INTO press_release_links (release_id, url, outlet, outlet_id, published_on, created_at) VALUES (?, ?, ?, ?, ?, ?)').run(
    releaseId,
    link.url,
    link.outlet,
    link.outlet_id,
    link.published_on,
    at,
  );
}

export function listReleaseRows(db: Db, f: { status?: ReleaseStatus; year?: number; match: string | null }): Array<ReleaseRow & { links: number }> {
  const where = whereOf([
    f.status && ['r.status = ?', f.status],
    f.year && ['r.year = ?', f.year],
    f.match && ['r.id IN (SELECT rowid FROM press_releases_fts WHERE press_releases_fts MATCH ?)', f.match],
  ]);
  const sql = `SELECT r.*, (SELECT count(*) FROM press_release_links l WHERE l.release_id = r.id) AS links
    FROM press_releases r ${where.sql} ORDER BY r.release_on DESC, r.id DESC LIMIT 500`;
  return prepared(db, sql).all(...where.params) as Array<ReleaseRow & { links: number }>;
}

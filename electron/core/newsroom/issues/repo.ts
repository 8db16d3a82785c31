// Issues, their timeline and links: synchronous SQL, `db` first.
import type { Db } from '../../db/connection';
import { prepared } from '../../db/statements';
import { whereOf } from '../../db/where';
import { timeline } from '../timeline';
import type { IssuePlatform, IssueStatus, Sentiment } from '../../../../shared/domain/newsroom/issues';

export interface IssueRow {
  id: number;
  title: string;
  summary: string;
  source_urls: string;
  platform: IssuePlatform;
  first_seen_at: string;
  estimated_reach: number;
  sentiment: Sentiment;
  category: string;
  opd: string;
  owner: string;
  status: IssueStatus;
  clarification_id: number | null;
  created_at: string;
  updated_at: string;
}

export type IssueContent = Pick<IssueRow, 'title' | 'summary' | 'source_urls' | 'platform' | 'first_seen_at' | 'estimated_reach' | 'sentiment' | 'category' | 'opd' | 'owner'>;

export function getIssueRow(db: Db, id: number): IssueRow | undefined {
  return db.prepare('SELECT * FROM issues WHERE id = ?').get(id) as IssueRow | undefined;
}

export function insertIssue(db: Db, row: Omit<IssueRow, 'id'>): number {
  const info = db
    .prepare(
      `INSERT INTO issues (title, summary, source_urls, platform, first_seen_at, estimated_reach, sentiment, category, opd, owner, status, clarification_id, created_at, updated_at)
       VALUES (@title, @summary, @source_urls, @platform, @first_seen_at, @estimated_reach, @sentiment, @category, @opd, @owner, @status, @clarification_id, @created_at, @updated_at)`,
    )
    .run(row);
  return Number(info.lastInsertRowid);
}

export function updateIssue(db: Db, id: number, patch: Partial<Omit<IssueRow, 'id'>>): void {
  const keys = Object.keys(patch);
  if (keys.length === 0) return;
  db.prepare(`UPDATE issues SET ${keys.map((k) => `${k} = @${k}`).join(', ')} WHERE id = @id`).run({ ...patch, id });
}

const issueTimeline = timeline('issue_events', 'issue_id');
export const insertIssueEvent = issueTimeline.insert;
export const issueEvents = issueTimeline.list;

export function listIssueRows(db: Db, f: { status?: IssueStatus; open?: boolean }): IssueRow[] {
  const where = whereOf([f.status && ['status = ?', f.status], f.open !== undefined && [f.open ? "status <> 'selesai'" : "status = 'selesai'"]]);
  return prepared(db, `SELECT * FROM issues ${where.sql} ORDER BY first_seen_at DESC, id DESC LIMIT 500`).all(...where.params) as IssueRow[];
}

/** Issues seen by `untilIso` (UTC): the brief's candidates. */
export function issuesSeenBy(db: Db, untilIso: string): IssueRow[] {
  return db.prepare('SELECT * FROM issues WHERE first_seen_at <= ? ORDER BY id').all(untilIso) as IssueRow[];
}

export function linkedInquiries(db: Db, issueId: number) {
  return db
    .prepare('SELECT q.id, q.number, q.topic FROM issue_links l JOIN inquiries q ON q.id = l.inquiry_id WHERE l.issue_id = ? ORDER BY l.id')
    .all(issueId) as Array<{ id: number; number: string; topic: string }>;
}

export function linkedReleases(db: Db, issueId: number) {
  return db
    .prepare('SELECT r.id, r.number, r.title, r.status FROM issue_links l JOIN press_releases r ON r.id = l.release_id WHERE l.issue_id = ? ORDER BY l.id')
    .all(issueId) as Array<{ id: number; number: string; title: string; status: string }>;
}

export function addLink(db: Db, issueId: number, column: 'inquiry_id' | 'release_id', targetId: number, at: string): boolean {
  const info = db.prepare(`INSERT OR IGNORE INTO issue_links (issue_id, ${column}, created_at) VALUES (?, ?, ?)`).run(issueId, targetId, at);
  return info.changes > 0;
}

export function removeLink(db: Db, issueId: number, column: 'inquiry_id' | 'release_id', targetId: number): boolean {
  return db.prepare(`DELETE FROM issue_links WHERE issue_id = ? AND ${column} = ?`).run(issueId, targetId).changes > 0;
}

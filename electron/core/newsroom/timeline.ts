// The timeline of a newsroom record (isu, siaran pers): who did what and when, one row per change,
// written in the change's transaction and shown oldest first in the detail.
import type { Db } from '../db/connection';
import { prepared } from '../db/statements';

export interface TimelineRow {
  at: string;
  actor: string;
  action: string;
  from_status: string | null;
  to_status: string | null;
  note: string;
}

export interface TimelineEvent {
  at: string;
  actor: string;
  action: string;
  fromStatus: string | null;
  toStatus: string | null;
  note: string;
}

/** The events table `table` whose rows belong to a record through `owner` (e.g. issue_events.issue_id). */
export function timeline(table: string, owner: string) {
  return {
    insert(db: Db, id: number, e: TimelineRow): void {
      prepared(db, `INSERT INTO ${table} (${owner}, at, actor, action, from_status, to_status, note) VALUES (?, ?, ?, ?, ?, ?, ?)`).run(
        id,
        e.at,
        e.actor,
        e.action,
        e.from_status,
        e.to_status,
        e.note,
      );
    },
    list(db: Db, id: number): TimelineEvent[] {
      const rows = prepared(db, `SELECT at, actor, action, from_status, to_status, note FROM ${table} WHERE ${owner} = ? ORDER BY id`).all(id) as TimelineRow[];
      return rows.map((e) => ({ at: e.at, actor: e.actor, action: e.action, fromStatus: e.from_status, toStatus: e.to_status, note: e.note }));
    },
  };
}

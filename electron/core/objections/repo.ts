// Objections (keberatan): synchronous SQL, `db` first.
import type { Db } from '../db/connection';

export interface ObjectionRow {
  id: number;
  number: string;
  year: number;
  seq: number;
  request_id: number;
  grounds: string;
  case_summary: string;
  proxy_name: string;
  registered_at: string;
  registered_local: string;
  atasan_due: string;
  calendar_version: string;
  zone: string;
  cutoff: string;
  status: 'registered' | 'answered' | 'withdrawn';
  decision: 'dikabulkan' | 'dikabulkan_sebagian' | 'ditolak' | null;
  decision_reason: string | null;
  answer_date: string | null;
  atasan_name: string | null;
  atasan_position: string | null;
  requester_reply: string | null;
  created_at: string;
  updated_at: string;
  /** db/versions.ts: bumped by every officer's update. */
  row_version: number;
}

/** The row with what a detail view shows of its request. */
export interface ObjectionWithRequest extends ObjectionRow {
  request_number: string;
  requester_name: string;
}

export type NewObjection = Omit<
  ObjectionRow,
  'id' | 'decision' | 'decision_reason' | 'answer_date' | 'atasan_name' | 'atasan_position' | 'requester_reply' | 'row_version'
>;

export function insertObjection(db: Db, row: NewObjection): number {
  const info = db
    .prepare(
      `INSERT INTO objections (number, year, seq, request_id, grounds, case_summary, proxy_name, registered_at,
         registered_local, atasan_due, calendar_version, zone, cutoff, status, created_at, updated_at)
       VALUES (@number, @year, @seq, @request_id, @grounds, @case_summary, @proxy_name, @registered_at,
         @registered_local, @atasan_due, @calendar_version, @zone, @cutoff, @status, @created_at, @updated_at)`,
    )
    .run(row);
  return Number(info.lastInsertRowid);
}

export function getObjection(db: Db, id: number): ObjectionWithRequest | undefined {
  return db
    .prepare(
      `SELECT o.*, r.number AS request_number, q.name AS requester_name
       FROM objections o JOIN requests r ON r.id = o.request_id JOIN requesters q ON q.id = r.requester_id
       WHERE o.id = ?`,
    )
    .get(id) as ObjectionWithRequest | undefined;
}

export type ObjectionPatch = Partial<
  Pick<
    ObjectionRow,
    | 'status' | 'decision' | 'decision_reason' | 'answer_date' | 'atasan_name' | 'atasan_position' | 'requester_reply'
    | 'atasan_due' | 'calendar_version' | 'updated_at'
  >
>;

const PATCHABLE = new Set<string>([
  'status', 'decision', 'decision_reason', 'answer_date', 'atasan_name', 'atasan_position', 'requester_reply',
  'atasan_due', 'calendar_version', 'updated_at',
]);

export function updateObjection(db: Db, id: number, patch: ObjectionPatch): void {
  const keys = Object.keys(patch).filter((k) => PATCHABLE.has(k));
  if (keys.length === 0) return;
  db.prepare(`UPDATE objections SET ${keys.map((k) => `${k} = @${k}`).join(', ')} WHERE id = @id`).run({ ...patch, id });
}

/** Objections still waiting for the Atasan's answer: recomputed when the calendar changes. */
export function listOpenObjections(db: Db): ObjectionRow[] {
  return db.prepare(`SELECT * FROM objections WHERE status = 'registered' ORDER BY id`).all() as ObjectionRow[];
}

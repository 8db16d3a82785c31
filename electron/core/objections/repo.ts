// Objections (keberatan): synchronous SQL, `db` first.
import type { Db } from '../db/connection';
import type { EventRow } from '../requests/repo';

export interface ObjectionRow {
  id: number;
  number: string;
  year: number;
  seq: number;
  /** Null when the objection stands without a request (UU KIP Ps 35(1) huruf b). */
  request_id: number | null;
  /** The objector's own requesters row, set exactly when request_id is null. */
  requester_id: number | null;
  information: string;
  purpose: string;
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
  release_due: string | null;
  release_done_at: string | null;
  release_done_by: string | null;
  created_at: string;
  updated_at: string;
  /** db/versions.ts: bumped by every officer's update. */
  row_version: number;
}

/** The row with what a detail view shows of its request (or of its own objector). */
export interface ObjectionWithRequest extends ObjectionRow {
  request_number: string | null;
  requester_name: string;
  /** The request's information and purpose, or the objection's own without a request. */
  subject_information: string;
  subject_purpose: string;
  /** The request's recorded handover (null without a request or before it). */
  request_delivered: string | null;
}

export type NewObjection = Omit<
  ObjectionRow,
  | 'id' | 'decision' | 'decision_reason' | 'answer_date' | 'atasan_name' | 'atasan_position' | 'requester_reply' | 'row_version'
  | 'release_due' | 'release_done_at' | 'release_done_by'
>;

/**
 * The objection's case tables: its request when it has one, and the requesters row that names the
 * objector (its own, or its request's). For the registers, inbox, letters and figures alike.
 */
export const OBJECTION_JOINS =
  'LEFT JOIN requests r ON r.id = o.request_id JOIN requesters q ON q.id = coalesce(o.requester_id, r.requester_id)';
export const OBJECTION_FROM = `objections o ${OBJECTION_JOINS}`;

/**
 * UU KIP Ps 36(2): a granted answer's order to release is open until the information is handed
 * over — the request's handover recorded on or after the answer, or, without a request, the
 * officer's mark. Needs OBJECTION_FROM's aliases.
 */
export const RELEASE_OPEN_SQL =
  "(o.release_due IS NOT NULL AND o.release_done_at IS NULL AND (r.id IS NULL OR r.delivered_date IS NULL OR r.delivered_date < o.answer_date))";

export function insertObjection(db: Db, row: NewObjection): number {
  const info = db
    .prepare(
      `INSERT INTO objections (number, year, seq, request_id, requester_id, information, purpose, grounds, case_summary,
         proxy_name, registered_at, registered_local, atasan_due, calendar_version, zone, cutoff, status, created_at, updated_at)
       VALUES (@number, @year, @seq, @request_id, @requester_id, @information, @purpose, @grounds, @case_summary, @proxy_name, @registered_at,
         @registered_local, @atasan_due, @calendar_version, @zone, @cutoff, @status, @created_at, @updated_at)`,
    )
    .run(row);
  return Number(info.lastInsertRowid);
}

export function getObjection(db: Db, id: number): ObjectionWithRequest | undefined {
  return db
    .prepare(
      `SELECT o.*, r.number AS request_number, q.name AS requester_name,
         coalesce(r.information, o.information) AS subject_information, coalesce(r.purpose, o.purpose) AS subject_purpose,
         r.delivered_date AS request_delivered
       FROM ${OBJECTION_FROM}
       WHERE o.id = ?`,
    )
    .get(id) as ObjectionWithRequest | undefined;
}

export type ObjectionPatch = Partial<
  Pick<
    ObjectionRow,
    | 'status' | 'decision' | 'decision_reason' | 'answer_date' | 'atasan_name' | 'atasan_position' | 'requester_reply'
    | 'atasan_due' | 'calendar_version' | 'updated_at' | 'release_due' | 'release_done_at' | 'release_done_by'
  >
>;

const PATCHABLE = new Set<string>([
  'status', 'decision', 'decision_reason', 'answer_date', 'atasan_name', 'atasan_position', 'requester_reply',
  'atasan_due', 'calendar_version', 'updated_at', 'release_due', 'release_done_at', 'release_done_by',
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

/**
 * An objection's (or its dispute's, or letter's) event on the case timeline: on its request's, or —
 * filed without a request — with request_id NULL, read by subject (the report figures count
 * withdrawals from these events).
 */
export function insertObjectionEvent(db: Db, event: Omit<EventRow, 'id' | 'request_id'> & { request_id: number | null }): void {
  db.prepare(
    `INSERT INTO request_events (request_id, at, actor, action, subject_kind, subject_id, from_status, to_status, note)
     VALUES (@request_id, @at, @actor, @action, @subject_kind, @subject_id, @from_status, @to_status, @note)`,
  ).run(event);
}

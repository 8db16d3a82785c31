// Disputes (sengketa informasi) at the Komisi Informasi: synchronous SQL, `db` first.
import type { Db } from '../db/connection';
import { OBJECTION_JOINS } from '../objections/repo';
import type { DisputeStatus } from '../../../shared/domain/requests/fields';
import type { CourtStage, DisputeOutcomeKind } from '../../../shared/domain/disputes/outcome';

export interface DisputeRow {
  id: number;
  objection_id: number;
  /** Null when its objection stands without a request (UU KIP Ps 35(1) huruf b). */
  request_id: number | null;
  ki_register_number: string;
  filed_date: string;
  window_start: string;
  window_due: string;
  filed_late: 0 | 1;
  ki_start_due: string;
  ki_settle_due: string;
  next_hearing_date: string | null;
  calendar_version: string;
  zone: string;
  status: DisputeStatus;
  /** Catatan putusan (free text, kept from before outcomes were structured). */
  outcome: string;
  outcome_date: string | null;
  outcome_kind: DisputeOutcomeKind | null;
  court_stage: CourtStage;
  recorded_at: string;
  created_at: string;
  updated_at: string;
  inbox_due: string;
  /** db/versions.ts: bumped by every officer's update. */
  row_version: number;
}

export interface DisputeWithCase extends DisputeRow {
  objection_number: string;
  request_number: string | null;
  requester_name: string;
}

export type NewDispute = Omit<DisputeRow, 'id' | 'inbox_due' | 'next_hearing_date' | 'outcome' | 'outcome_date' | 'outcome_kind' | 'court_stage' | 'row_version'>;

export function insertDispute(db: Db, row: NewDispute): number {
  const info = db
    .prepare(
      `INSERT INTO disputes (objection_id, request_id, ki_register_number, filed_date, window_start, window_due,
         filed_late, ki_start_due, ki_settle_due, calendar_version, zone, status, recorded_at, created_at, updated_at)
       VALUES (@objection_id, @request_id, @ki_register_number, @filed_date, @window_start, @window_due,
         @filed_late, @ki_start_due, @ki_settle_due, @calendar_version, @zone, @status, @recorded_at, @created_at, @updated_at)`,
    )
    .run(row);
  return Number(info.lastInsertRowid);
}

export function getDispute(db: Db, id: number): DisputeWithCase | undefined {
  return db
    .prepare(
      `SELECT d.*, o.number AS objection_number, r.number AS request_number, q.name AS requester_name
       FROM disputes d JOIN objections o ON o.id = d.objection_id ${OBJECTION_JOINS}
       WHERE d.id = ?`,
    )
    .get(id) as DisputeWithCase | undefined;
}

export type DisputePatch = Partial<
  Pick<
    DisputeRow,
    | 'status' | 'ki_register_number' | 'next_hearing_date' | 'outcome' | 'outcome_date' | 'outcome_kind' | 'court_stage' | 'ki_start_due'
    | 'ki_settle_due' | 'calendar_version' | 'updated_at'
  >
>;

const PATCHABLE = new Set<string>([
  'status', 'ki_register_number', 'next_hearing_date', 'outcome', 'outcome_date', 'outcome_kind', 'court_stage', 'ki_start_due', 'ki_settle_due',
  'calendar_version', 'updated_at',
]);

export function updateDispute(db: Db, id: number, patch: DisputePatch): void {
  const keys = Object.keys(patch).filter((k) => PATCHABLE.has(k));
  if (keys.length === 0) return;
  db.prepare(`UPDATE disputes SET ${keys.map((k) => `${k} = @${k}`).join(', ')} WHERE id = @id`).run({ ...patch, id });
}

export function listOpenDisputes(db: Db): DisputeRow[] {
  return db
    .prepare(`SELECT * FROM disputes WHERE status IN ('filed', 'mediation', 'adjudication') ORDER BY id`)
    .all() as DisputeRow[];
}

// Requests, their requesters and their timeline: synchronous SQL, `db` first.
import type { Db } from '../db/connection';
import { CLOCK_RUNNING_STATUSES, type RequestStatus } from '../../../shared/domain/requests/status';

export interface RequesterRow {
  id: number;
  name: string;
  id_type: 'nik' | 'badan_hukum';
  id_number: string;
  address: string;
  phone: string;
  email: string;
  occupation: string;
  proxy_name: string;
  created_at: string;
}

export interface RequestRow {
  id: number;
  number: string;
  year: number;
  seq: number;
  requester_id: number;
  received_at: string;
  received_local: string;
  complete_at: string | null;
  channel: string;
  information: string;
  purpose: string;
  access_methods: string;
  delivery_method: string;
  unit: string;
  officer: string;
  status: RequestStatus;
  waiting_reason: 'kelengkapan' | 'biaya' | null;
  waiting_from: RequestStatus | null;
  due_date: string;
  calendar_version: string;
  zone: string;
  cutoff: string;
  extended_due_date: string | null;
  extension_reason: string | null;
  extended_at: string | null;
  decision: 'diterima_seluruhnya' | 'diterima_sebagian' | 'ditolak' | null;
  held_status: 'dikuasai' | 'dikuasai_badan_lain' | 'belum_didokumentasikan' | null;
  held_by: string | null;
  refusal_ps17: string;
  refusal_other_law: string | null;
  consequence_test: string | null;
  /** The refusal's uji konsekuensi in its steps, JSON (migration 014; consequence.ts). */
  consequence: string | null;
  notice_date: string | null;
  delivered_date: string | null;
  cost_rp: number | null;
  payment_method: string | null;
  /** JSON CostLine[] (migration 013). */
  cost_items: string;
  accessibility_needs: string;
  accessibility_note: string;
  accessible_format: 0 | 1;
  closed_at: string | null;
  created_at: string;
  updated_at: string;
  inbox_due: string;
  /** db/versions.ts: bumped by every officer's update. */
  row_version: number;
}

export type NewRequester = Omit<RequesterRow, 'id'>;
export type NewRequest = Pick<
  RequestRow,
  | 'number' | 'year' | 'seq' | 'requester_id' | 'received_at' | 'received_local' | 'complete_at' | 'channel'
  | 'information' | 'purpose' | 'access_methods' | 'delivery_method' | 'unit' | 'officer' | 'status'
  | 'due_date' | 'calendar_version' | 'zone' | 'cutoff' | 'created_at' | 'updated_at'
> &
  Partial<Pick<RequestRow, 'accessibility_needs' | 'accessibility_note' | 'accessible_format'>>;

/** Columns a service may change after the insert. */
export type RequestPatch = Partial<
  Pick<
    RequestRow,
    | 'status' | 'waiting_reason' | 'waiting_from' | 'due_date' | 'calendar_version' | 'extended_due_date'
    | 'extension_reason' | 'extended_at' | 'decision' | 'held_status' | 'held_by' | 'refusal_ps17'
    | 'refusal_other_law' | 'consequence_test' | 'consequence' | 'notice_date' | 'delivered_date' | 'cost_rp' | 'payment_method' | 'cost_items'
    | 'closed_at' | 'updated_at'
  >
>;

const PATCHABLE = new Set<string>([
  'status', 'waiting_reason', 'waiting_from', 'due_date', 'calendar_version', 'extended_due_date', 'extension_reason',
  'extended_at', 'decision', 'held_status', 'held_by', 'refusal_ps17', 'refusal_other_law', 'consequence_test', 'consequence',
  'notice_date', 'delivered_date', 'cost_rp', 'payment_method', 'cost_items', 'closed_at', 'updated_at',
]);

export function insertRequester(db: Db, row: NewRequester): number {
  const info = db
    .prepare(
      `INSERT INTO requesters (name, id_type, id_number, address, phone, email, occupation, proxy_name, created_at)
       VALUES (@name, @id_type, @id_number, @address, @phone, @email, @occupation, @proxy_name, @created_at)`,
    )
    .run(row);
  return Number(info.lastInsertRowid);
}

export function getRequester(db: Db, id: number): RequesterRow | undefined {
  return db.prepare('SELECT * FROM requesters WHERE id = ?').get(id) as RequesterRow | undefined;
}

export function insertRequest(db: Db, row: NewRequest): number {
  const info = db
    .prepare(
      `INSERT INTO requests (number, year, seq, requester_id, received_at, received_local, complete_at, channel,
         information, purpose, access_methods, delivery_method, unit, officer, status, due_date, calendar_version,
         zone, cutoff, created_at, updated_at, accessibility_needs, accessibility_note, accessible_format)
       VALUES (@number, @year, @seq, @requester_id, @received_at, @received_local, @complete_at, @channel,
         @information, @purpose, @access_methods, @delivery_method, @unit, @officer, @status, @due_date,
         @calendar_version, @zone, @cutoff, @created_at, @updated_at, @accessibility_needs, @accessibility_note, @accessible_format)`,
    )
    .run({ accessibility_needs: '[]', accessibility_note: '', accessible_format: 0, ...row });
  return Number(info.lastInsertRowid);
}

export function getRequestRow(db: Db, id: number): RequestRow | undefined {
  return db.prepare('SELECT * FROM requests WHERE id = ?').get(id) as RequestRow | undefined;
}

export function updateRequest(db: Db, id: number, patch: RequestPatch): void {
  const keys = Object.keys(patch).filter((k) => PATCHABLE.has(k));
  if (keys.length === 0) return;
  const sets = keys.map((k) => `${k} = @${k}`).join(', ');
  db.prepare(`UPDATE requests SET ${sets} WHERE id = @id`).run({ ...patch, id });
}

/** Requests whose legal clock still runs: recomputed when the calendar changes. */
export function listClockRunning(db: Db): RequestRow[] {
  const placeholders = CLOCK_RUNNING_STATUSES.map(() => '?').join(', ');
  return db.prepare(`SELECT * FROM requests WHERE status IN (${placeholders}) ORDER BY id`).all(...CLOCK_RUNNING_STATUSES) as RequestRow[];
}

export interface EventRow {
  id: number;
  request_id: number;
  at: string;
  actor: string;
  action: string;
  subject_kind: 'request' | 'objection' | 'dispute';
  subject_id: number;
  from_status: string | null;
  to_status: string | null;
  note: string;
}

export function insertEvent(db: Db, event: Omit<EventRow, 'id'>): void {
  db.prepare(
    `INSERT INTO request_events (request_id, at, actor, action, subject_kind, subject_id, from_status, to_status, note)
     VALUES (@request_id, @at, @actor, @action, @subject_kind, @subject_id, @from_status, @to_status, @note)`,
  ).run(event);
}

export function listEvents(db: Db, requestId: number): EventRow[] {
  return db.prepare('SELECT * FROM request_events WHERE request_id = ? ORDER BY id').all(requestId) as EventRow[];
}

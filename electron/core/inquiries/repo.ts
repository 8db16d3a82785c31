// Inquiries, their timeline, coverage and hak jawab/koreksi: synchronous SQL, `db` first.
import type { Db } from '../db/connection';
import type { InquiryStatus } from '../../../shared/domain/inquiries';

export interface InquiryRow {
  id: number;
  number: string;
  year: number;
  seq: number;
  journalist_id: number;
  outlet_id: number;
  channel: 'whatsapp' | 'telepon' | 'email' | 'langsung';
  received_at: string;
  topic: string;
  question: string;
  outlet_deadline_at: string | null;
  priority: 'biasa' | 'mendesak' | 'krisis';
  answer_format: 'tertulis' | 'wawancara';
  record_mode: 'on_record' | 'off_record';
  spokesperson: string;
  unit: string;
  status: InquiryStatus;
  ack_due_at: string;
  answer_due_at: string;
  clock_hours: string;
  zone: string;
  due_at: string;
  due_local: string;
  answer: string;
  answer_statement_id: number | null;
  approved_by: string | null;
  answered_at: string | null;
  attachments: string;
  request_id: number | null;
  created_at: string;
  updated_at: string;
  /** db/versions.ts: bumped by every officer's update. */
  row_version: number;
}

export type NewInquiry = Omit<InquiryRow, 'id' | 'answer' | 'answer_statement_id' | 'approved_by' | 'answered_at' | 'attachments' | 'request_id' | 'row_version'>;

export function insertInquiry(db: Db, row: NewInquiry): number {
  const cols = Object.keys(row);
  return Number(db.prepare(`INSERT INTO inquiries (${cols.join(', ')}) VALUES (${cols.map((c) => `@${c}`).join(', ')})`).run(row).lastInsertRowid);
}

export function getInquiryRow(db: Db, id: number): InquiryRow | undefined {
  return db.prepare('SELECT * FROM inquiries WHERE id = ?').get(id) as InquiryRow | undefined;
}

const UPDATABLE = new Set([
  'status',
  'spokesperson',
  'unit',
  'due_at',
  'due_local',
  'answer',
  'answer_statement_id',
  'approved_by',
  'answered_at',
  'attachments',
  'request_id',
  'updated_at',
]);

export function updateInquiry(db: Db, id: number, fields: Partial<InquiryRow>): void {
  const cols = Object.keys(fields);
  for (const c of cols) if (!UPDATABLE.has(c)) throw new Error(`inquiries.${c} is not updatable`);
  db.prepare(`UPDATE inquiries SET ${cols.map((c) => `${c} = @${c}`).join(', ')} WHERE id = @id`).run({ ...fields, id });
}

/** Gap-free per year, read inside the insert's IMMEDIATE transaction (UNIQUE(year, seq) backs it). */
export function nextInquirySeq(db: Db, year: number): number {
  return db.prepare('SELECT coalesce(max(seq), 0) + 1 FROM inquiries WHERE year = ?').pluck().get(year) as number;
}

export interface InquiryEventRow {
  at: string;
  actor: string;
  action: string;
  from_status: string | null;
  to_status: string | null;
  note: string;
}

export function insertInquiryEvent(db: Db, inquiryId: number, event: InquiryEventRow): void {
  db.prepare(
    'INSERT INTO inquiry_events (inquiry_id, at, actor, action, from_status, to_status, note) VALUES (?, ?, ?, ?, ?, ?, ?)',
  ).run(inquiryId, event.at, event.actor, event.action, event.from_status, event.to_status, event.note);
}

export function inquiryEvents(db: Db, inquiryId: number): InquiryEventRow[] {
  return db.prepare('SELECT at, actor, action, from_status, to_status, note FROM inquiry_events WHERE inquiry_id = ? ORDER BY id').all(inquiryId) as InquiryEventRow[];
}

export interface CoverageRow {
  id: number;
  link: string;
  published_on: string;
  outlet: string;
  tone: 'positif' | 'netral' | 'negatif';
  note: string;
}

export function insertCoverage(
  db: Db,
  row: { inquiry_id: number; link: string; published_on: string; outlet_id: number; tone: string; note: string; created_at: string },
): number {
  return Number(
    db
      .prepare(
        `INSERT INTO coverage (inquiry_id, link, published_on, outlet_id, tone, note, created_at)
         VALUES (@inquiry_id, @link, @published_on, @outlet_id, @tone, @note, @created_at)`,
      )
      .run(row).lastInsertRowid,
  );
}

export function coverageOf(db: Db, inquiryId: number): CoverageRow[] {
  return db
    .prepare('SELECT c.id, c.link, c.published_on, o.name AS outlet, c.tone, c.note FROM coverage c JOIN outlets o ON o.id = c.outlet_id WHERE c.inquiry_id = ? ORDER BY c.published_on, c.id')
    .all(inquiryId) as CoverageRow[];
}

export interface PressRightRow {
  id: number;
  kind: 'hak_jawab' | 'hak_koreksi';
  sent_on: string;
  outlet: string;
  text: string;
}

export function insertPressRight(
  db: Db,
  row: { inquiry_id: number; kind: string; sent_on: string; outlet_id: number; text: string; created_at: string },
): number {
  return Number(
    db
      .prepare('INSERT INTO press_rights (inquiry_id, kind, sent_on, outlet_id, text, created_at) VALUES (@inquiry_id, @kind, @sent_on, @outlet_id, @text, @created_at)')
      .run(row).lastInsertRowid,
  );
}

export function pressRightsOf(db: Db, inquiryId: number): PressRightRow[] {
  return db
    .prepare('SELECT p.id, p.kind, p.sent_on, o.name AS outlet, p.text FROM press_rights p JOIN outlets o ON o.id = p.outlet_id WHERE p.inquiry_id = ? ORDER BY p.sent_on, p.id')
    .all(inquiryId) as PressRightRow[];
}

export interface InquiryListRow {
  id: number;
  number: string;
  received_at: string;
  topic: string;
  priority: InquiryRow['priority'];
  status: InquiryStatus;
  due_at: string;
  request_id: number | null;
  journalist_name: string;
  outlet_name: string;
}

export function listInquiryRows(db: Db, opts: { match: string | null; status?: string | undefined; limit: number }): InquiryListRow[] {
  const where: string[] = [];
  const params: unknown[] = [];
  if (opts.match) {
    where.push('i.id IN (SELECT rowid FROM inquiries_fts WHERE inquiries_fts MATCH ?)');
    params.push(opts.match);
  }
  if (opts.status) {
    where.push('i.status = ?');
    params.push(opts.status);
  }
  params.push(opts.limit);
  return db
    .prepare(
      `SELECT i.id, i.number, i.received_at, i.topic, i.priority, i.status, i.due_at, i.request_id, j.name AS journalist_name, o.name AS outlet_name
       FROM inquiries i JOIN journalists j ON j.id = i.journalist_id JOIN outlets o ON o.id = i.outlet_id
       ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY i.received_at DESC, i.id DESC LIMIT ?`,
    )
    .all(...params) as InquiryListRow[];
}

/** Inquiries received in [fromAt, toAt): the media log. */
export function inquiriesReceivedBetween(db: Db, fromAt: string, toAt: string): InquiryRow[] {
  return db.prepare('SELECT * FROM inquiries WHERE received_at >= ? AND received_at < ? ORDER BY received_at, id').all(fromAt, toAt) as InquiryRow[];
}

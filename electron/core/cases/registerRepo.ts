// The register query of one kind: every case, newest first, keyset-paged on (received, id).
// Each kind reads its own index (migration 009): (received, id) for the whole register,
// (year, received, id) when a year is chosen; the search goes through the kind's FTS5 index.
import type { Db } from '../db/connection';
import type { CaseRegisterKind } from '../../../shared/ipc/channels/cases';

export const REGISTER_TITLE_MAX = 160;

export interface RegisterCursor {
  receivedAt: string;
  id: number;
}

export interface RegisterRow {
  id: number;
  number: string;
  year: number;
  title: string;
  requester_name: string;
  status: string;
  is_open: 0 | 1;
  received_at: string;
  channel: string;
  unit: string;
  officer: string;
  decision: string | null;
  due: string;
  closed_on: string | null;
  request_number: string | null;
}

export interface RegisterQuery {
  year?: number | undefined;
  /** 'any', 'open', 'closed' or one status. */
  status: string;
  channel?: string | undefined;
  unit?: string | undefined;
  officer?: string | undefined;
  decision?: string | undefined;
  /** An FTS5 expression of quoted tokens (never raw input). */
  match?: string | null;
  /** Four digits: also the last four of a NIK (UU 27/2022: the full number is never searched). */
  nikTail?: string | null;
}

interface Spec {
  from: string;
  id: string;
  received: string;
  year: string;
  open: string;
  status: string;
  fts: string;
  select: string;
  /** Where the requester's identity is, for the NIK tail; none for inquiries. */
  requester?: string;
  channel?: string;
  unit: string;
  officer: string;
  decision?: string;
}

const SPECS: Record<CaseRegisterKind, Spec> = {
  request: {
    from: 'requests r JOIN requesters q ON q.id = r.requester_id',
    id: 'r.id',
    received: 'r.received_at',
    year: 'r.year',
    open: 'r.is_open',
    status: 'r.status',
    fts: 'requests_fts',
    requester: 'q',
    channel: 'r.channel',
    unit: 'r.unit',
    officer: 'r.officer',
    decision: 'r.decision',
    select: `r.id, r.number, r.year, substr(r.information, 1, ${REGISTER_TITLE_MAX + 1}) AS title, q.name AS requester_name,
      r.status, r.is_open, r.received_at, r.channel, r.unit, r.officer, r.decision, r.inbox_due AS due,
      r.closed_at AS closed_on, NULL AS request_number`,
  },
  objection: {
    from: 'objections o LEFT JOIN requests r ON r.id = o.request_id JOIN requesters q ON q.id = coalesce(o.requester_id, r.requester_id)',
    id: 'o.id',
    received: 'o.registered_at',
    year: 'o.year',
    open: 'o.is_open',
    status: 'o.status',
    fts: 'objections_fts',
    requester: 'q',
    unit: "coalesce(r.unit, '')",
    officer: "coalesce(r.officer, '')",
    decision: 'o.decision',
    select: `o.id, o.number, o.year, substr(coalesce(r.information, o.information), 1, ${REGISTER_TITLE_MAX + 1}) AS title, q.name AS requester_name,
      o.status, o.is_open, o.registered_at AS received_at, '' AS channel, coalesce(r.unit, '') AS unit, coalesce(r.officer, '') AS officer, o.decision, o.atasan_due AS due,
      o.answer_date AS closed_on, r.number AS request_number`,
  },
  inquiry: {
    from: 'inquiries i JOIN journalists j ON j.id = i.journalist_id JOIN outlets u ON u.id = i.outlet_id LEFT JOIN requests rr ON rr.id = i.request_id',
    id: 'i.id',
    received: 'i.received_at',
    year: 'i.year',
    open: 'i.is_open',
    status: 'i.status',
    fts: 'inquiries_fts',
    channel: 'i.channel',
    unit: 'i.unit',
    officer: 'i.spokesperson',
    select: `i.id, i.number, i.year, substr(i.topic, 1, ${REGISTER_TITLE_MAX + 1}) AS title, j.name || ' (' || u.name || ')' AS requester_name,
      i.status, i.is_open, i.received_at, i.channel, i.unit, i.spokesperson AS officer, NULL AS decision, i.due_at AS due,
      i.answered_at AS closed_on, rr.number AS request_number`,
  },
};

function whereOf(spec: Spec, query: RegisterQuery): { clauses: string[]; params: unknown[] } {
  const clauses: string[] = [];
  const params: unknown[] = [];
  if (query.year !== undefined) {
    clauses.push(`${spec.year} = ?`);
    params.push(query.year);
  }
  if (query.status === 'open') clauses.push(spec.open);
  else if (query.status === 'closed') clauses.push(`NOT ${spec.open}`);
  else if (query.status !== 'any') {
    clauses.push(`${spec.status} = ?`);
    params.push(query.status);
  }
  const exact: [string | undefined, string | undefined][] = [
    [spec.channel, query.channel],
    [spec.unit, query.unit],
    [spec.officer, query.officer],
    [spec.decision, query.decision],
  ];
  for (const [column, value] of exact) {
    if (!column || !value) continue;
    clauses.push(`${column} = ?`);
    params.push(value);
  }
  const search: string[] = [];
  if (query.match) {
    search.push(`${spec.id} IN (SELECT rowid FROM ${spec.fts} WHERE ${spec.fts} MATCH ?)`);
    params.push(query.match);
  }
  if (query.nikTail && spec.requester) {
    const q = spec.requester;
    search.push(`(${q}.id_type = 'nik' AND ${q}.anonymised_at IS NULL AND substr(${q}.id_number, 13) = ?)`);
    params.push(query.nikTail);
  }
  if (search.length) clauses.push(`(${search.join(' OR ')})`);
  return { clauses, params };
}

export function buildRegisterSql(kind: CaseRegisterKind, query: RegisterQuery, after: RegisterCursor | null, limit: number): { sql: string; params: unknown[] } {
  const spec = SPECS[kind];
  const { clauses, params } = whereOf(spec, query);
  if (after) {
    clauses.push(`(${spec.received}, ${spec.id}) < (?, ?)`);
    params.push(after.receivedAt, after.id);
  }
  const where = clauses.length ? `WHERE ${clauses.join(' AND ')}` : '';
  params.push(limit);
  return { sql: `SELECT ${spec.select} FROM ${spec.from} ${where} ORDER BY ${spec.received} DESC, ${spec.id} DESC LIMIT ?`, params };
}

export function registerRows(db: Db, kind: CaseRegisterKind, query: RegisterQuery, after: RegisterCursor | null, limit: number): RegisterRow[] {
  const { sql, params } = buildRegisterSql(kind, query, after, limit);
  return db.prepare(sql).all(...params) as RegisterRow[];
}

export function registerCount(db: Db, kind: CaseRegisterKind, query: RegisterQuery): number {
  const spec = SPECS[kind];
  const { clauses, params } = whereOf(spec, query);
  const where = clauses.length ? `WHERE ${clauses.join(' AND ')}` : '';
  return db.prepare(`SELECT count(*) FROM ${spec.from} ${where}`).pluck().get(...params) as number;
}

const YEAR_TABLE: Record<CaseRegisterKind, string> = { request: 'requests', objection: 'objections', inquiry: 'inquiries' };

export function registerYears(db: Db, kind: CaseRegisterKind): number[] {
  return db.prepare(`SELECT DISTINCT year FROM ${YEAR_TABLE[kind]} ORDER BY year DESC`).pluck().all() as number[];
}

// The inbox query: open requests, objections, disputes and press inquiries merged in due order.
// Each kind is read from its partial index on (due, tie key, id) WHERE is_open, and SQLite merges
// the ordered streams (MERGE UNION ALL), so the first page reads about one page of rows, not the
// table. Paging is by keyset (due, tie key, id, kind) — stable while rows are added or closed.
//
// One ordering key for two kinds of deadline: KIP items are due at the END of an office-local date;
// an inquiry is due at an instant. Both sort first by that local date; the tie key is received_at
// for KIP items and '!' || due_at for inquiries ('!' sorts before the digit every instant starts
// with), so on the same date every inquiry — due at some hour of it — comes before the KIP items
// due at its end, and inquiries among themselves come by due instant (migration media).
import type { Db } from '../db/connection';
import { prepared } from '../db/statements';
import { OPEN_DISPUTE_STATUSES } from '../../../shared/domain/requests/fields';
import { OPEN_REQUEST_STATUSES } from '../../../shared/domain/requests/status';
import { OPEN_INQUIRY_STATUSES } from '../../../shared/domain/inquiries/status';
import { RELEASE_STATUS, type InboxKind } from '../../../shared/ipc/channels/inbox';
import { OBJECTION_FROM, RELEASE_OPEN_SQL } from '../objections/repo';

export const TITLE_MAX = 160;

export interface InboxCursor {
  due: string;
  receivedAt: string;
  id: number;
  /** 0 request, 1 objection, 2 dispute, 3 inquiry: the last tie-breaker. */
  rank: number;
}

export interface InboxRow {
  kind_rank: 0 | 1 | 2 | 3;
  id: number;
  number: string;
  title: string;
  requester_name: string;
  status: string;
  due: string;
  /** The tie key of the ordering (received_at for KIP items). */
  received_at: string;
  /** When the item reached the office. */
  real_received: string;
  /** Inquiries: the due instant; null for KIP items (due at the end of `due`). */
  due_at: string | null;
  unit: string;
  officer: string;
}

export interface InboxQuery {
  kinds: readonly InboxKind[];
  status?: string | undefined;
  unit?: string | undefined;
  officer?: string | undefined;
  /** Only items due on or before this local date. */
  dueUntil?: string | null;
  /** An FTS5 expression built from quoted tokens (never raw user input). */
  match?: string | null;
  after?: InboxCursor | null;
  limit: number;
}

interface Arm {
  rank: 0 | 1 | 2 | 3;
  from: string;
  columns: { id: string; number: string; title: string; status: string; due: string; received: string; open: string; receivedOut?: string; dueAt?: string };
  /** Requester (journalist) name, unit and officer (spokesperson). */
  who?: { name: string; unit: string; officer: string };
  fts: string;
  statuses: readonly string[];
}

/** An objection (or its dispute) without a request has no unit or officer of its own. */
const CASE_WHO = { name: 'q.name', unit: "coalesce(r.unit, '')", officer: "coalesce(r.officer, '')" };

const ARMS: Record<InboxKind, Arm> = {
  request: {
    rank: 0,
    from: 'requests r JOIN requesters q ON q.id = r.requester_id',
    columns: { id: 'r.id', number: 'r.number', title: 'r.information', status: 'r.status', due: 'r.inbox_due', received: 'r.received_at', open: 'r.is_open' },
    fts: 'requests_fts',
    statuses: OPEN_REQUEST_STATUSES,
  },
  objection: {
    rank: 1,
    from: 'objections o LEFT JOIN requests r ON r.id = o.request_id JOIN requesters q ON q.id = coalesce(o.requester_id, r.requester_id)',
    columns: { id: 'o.id', number: 'o.number', title: 'coalesce(r.information, o.information)', status: 'o.status', due: 'o.atasan_due', received: 'o.registered_at', open: 'o.is_open' },
    who: CASE_WHO,
    fts: 'objections_fts',
    statuses: ['registered'],
  },
  dispute: {
    rank: 2,
    from: 'disputes d JOIN objections o ON o.id = d.objection_id LEFT JOIN requests r ON r.id = o.request_id JOIN requesters q ON q.id = coalesce(o.requester_id, r.requester_id)',
    columns: {
      id: 'd.id',
      number: "CASE WHEN d.ki_register_number <> '' THEN d.ki_register_number ELSE o.number END",
      title: 'coalesce(r.information, o.information)',
      status: 'd.status',
      due: 'd.inbox_due',
      received: 'd.recorded_at',
      open: 'd.is_open',
    },
    who: CASE_WHO,
    fts: 'disputes_fts',
    statuses: OPEN_DISPUTE_STATUSES,
  },
  inquiry: {
    rank: 3,
    from: 'inquiries i JOIN journalists j ON j.id = i.journalist_id',
    columns: {
      id: 'i.id',
      number: 'i.number',
      title: 'i.topic',
      status: 'i.status',
      due: 'i.due_local',
      received: 'i.inbox_order',
      open: 'i.is_open',
      receivedOut: 'i.received_at',
      dueAt: 'i.due_at',
    },
    who: { name: 'j.name', unit: 'i.unit', officer: 'i.spokesperson' },
    fts: 'inquiries_fts',
    statuses: OPEN_INQUIRY_STATUSES,
  },
};

/**
 * UU KIP Ps 36(2): an objection the Atasan granted stays on the inbox, as the task of carrying out
 * the answer, until the information is handed over (RELEASE_OPEN_SQL), due on the date the Atasan
 * set. Same kind and rank as the objection arm: an objection is never open in both (this one needs
 * the answer, that one waits for it), so (due, received, id) stays unique across the two.
 */
const RELEASE_ARM: Arm = {
  rank: 1,
  from: OBJECTION_FROM,
  columns: {
    id: 'o.id',
    number: 'o.number',
    title: 'coalesce(r.information, o.information)',
    status: `'${RELEASE_STATUS}'`,
    due: 'o.release_due',
    received: 'o.registered_at',
    open: RELEASE_OPEN_SQL,
  },
  who: CASE_WHO,
  fts: 'objections_fts',
  statuses: [RELEASE_STATUS],
};

const armsOf = (kind: InboxKind): Arm[] => (kind === 'objection' ? [ARMS.objection, RELEASE_ARM] : [ARMS[kind]]);

export const KIND_BY_RANK: readonly InboxKind[] = ['request', 'objection', 'dispute', 'inquiry'];

export function buildInboxSql(query: InboxQuery): { sql: string; params: unknown[] } {
  const params: unknown[] = [];
  const selects: string[] = [];
  for (const arm of query.kinds.flatMap(armsOf)) {
    if (query.status !== undefined && !arm.statuses.includes(query.status)) continue;
    const c = arm.columns;
    const who = arm.who ?? { name: 'q.name', unit: 'r.unit', officer: 'r.officer' };
    const where = [c.open];
    if (query.after) {
      // Rows equal on (due, received, id) come after the cursor only when their kind ranks later.
      where.push(`(${c.due}, ${c.received}, ${c.id}) ${arm.rank > query.after.rank ? '>=' : '>'} (?, ?, ?)`);
      params.push(query.after.due, query.after.receivedAt, query.after.id);
    }
    if (query.dueUntil) {
      where.push(`${c.due} <= ?`);
      params.push(query.dueUntil);
    }
    if (query.status !== undefined) {
      where.push(`${c.status} = ?`);
      params.push(query.status);
    }
    if (query.unit) {
      where.push(`${who.unit} = ?`);
      params.push(query.unit);
    }
    if (query.officer) {
      where.push(`${who.officer} = ?`);
      params.push(query.officer);
    }
    if (query.match) {
      where.push(`${c.id} IN (SELECT rowid FROM ${arm.fts} WHERE ${arm.fts} MATCH ?)`);
      params.push(query.match);
    }
    selects.push(
      `SELECT ${arm.rank} AS kind_rank, ${c.id} AS id, ${c.number} AS number, substr(${c.title}, 1, ${TITLE_MAX + 1}) AS title, ` +
        `${who.name} AS requester_name, ${c.status} AS status, ${c.due} AS due, ${c.received} AS received_at, ` +
        `${c.receivedOut ?? c.received} AS real_received, ${c.dueAt ?? 'NULL'} AS due_at, ${who.unit} AS unit, ${who.officer} AS officer ` +
        `FROM ${arm.from} WHERE ${where.join(' AND ')}`,
    );
  }
  if (selects.length === 0) return { sql: '', params: [] };
  const order = selects.length === 1 ? 'ORDER BY due, received_at, id' : 'ORDER BY due, received_at, id, kind_rank';
  params.push(query.limit);
  return { sql: `${selects.join(' UNION ALL ')} ${order} LIMIT ?`, params };
}

export function inboxRows(db: Db, query: InboxQuery): InboxRow[] {
  const { sql, params } = buildInboxSql(query);
  if (sql === '') return [];
  return prepared(db, sql).all(...params) as InboxRow[];
}


// Everything the archive holds about one requester, for their copy (hak akses: UU 27/2022 Ps 7; the
// controller gives access to the data and to the record of its processing, Ps 32(1)). A person is
// found by NIK, or by one requester row and every other row with the same identity number: each
// request stores the requester as written on its form, so one person may have several rows. An
// objection filed without a request (UU KIP Ps 35(1) huruf b, migration 014) names its objector on
// a requesters row of its own: it is found by that row like a request, and its disputes, letters
// and timeline (which have no request) come with it.
import { isErasedIdNumber, maskIdNumber } from '../../../shared/domain/requests/nik';
import type { Db } from '../db/connection';
import { AppError, notFound } from '../errors';
import type { RequesterRow } from '../requests/repo';

export interface SubjectRecords {
  requesters: Array<{ id: number; name: string; idType: string; idNumber: string; address: string; phone: string; email: string; occupation: string; proxyName: string; createdAt: string }>;
  requests: Array<{
    id: number; number: string; receivedAt: string; receivedLocal: string; channel: string; information: string; purpose: string;
    accessMethod: string[]; deliveryMethod: string; status: string; decision: string | null; dueDate: string; extendedDueDate: string | null;
    noticeDate: string | null; deliveredDate: string | null; costRp: number | null; closedAt: string | null;
  }>;
  objections: Array<{
    /** '' for an objection filed without a request; `information` and `purpose` then say what it is about. */
    id: number; number: string; requestNumber: string; information?: string; purpose?: string; grounds: string[]; caseSummary: string; proxyName: string; registeredLocal: string;
    status: string; decision: string | null; decisionReason: string | null; answerDate: string | null; requesterReply: string | null;
  }>;
  disputes: Array<{ id: number; requestNumber: string; objectionNumber: string; kiRegisterNumber: string; filedDate: string; status: string; outcome: string; outcomeDate: string | null }>;
  /** requestNumber '' with objectionNumber: a letter or an event of an objection without a request. */
  letters: Array<{ id: number; type: string; number: string; version: number; issuedDate: string; requestNumber: string; objectionNumber?: string }>;
  events: Array<{ requestNumber: string; objectionNumber?: string; at: string; actor: string; action: string; fromStatus: string | null; toStatus: string | null; note: string }>;
  audit: Array<{ seq: number; at: string; actor: string; action: string; entity: string; entityId: string | null; data: unknown }>;
}

export type SubjectQuery = { nik: string } | { requesterId: number };

/** The requester rows of the person, or a not-found error naming what was looked for (NIK masked). */
export function findRequesters(db: Db, query: SubjectQuery): RequesterRow[] {
  if ('nik' in query) {
    const rows = db.prepare("SELECT * FROM requesters WHERE id_type = 'nik' AND id_number = ? ORDER BY id").all(query.nik) as RequesterRow[];
    if (rows.length === 0) throw notFound(`Tidak ada pemohon dengan NIK ${maskIdNumber(query.nik)} di arsip ini (atau datanya sudah dianonimkan).`);
    return rows;
  }
  const row = db.prepare('SELECT * FROM requesters WHERE id = ?').get(query.requesterId) as RequesterRow | undefined;
  if (!row) throw notFound(`Pemohon dengan nomor data ${query.requesterId} tidak ditemukan.`);
  if (isErasedIdNumber(row.id_number)) {
    throw new AppError('precondition', 'Identitas pemohon ini sudah dianonimkan (masa retensi berakhir): tidak ada lagi data pribadi yang dapat diekspor.');
  }
  return db.prepare('SELECT * FROM requesters WHERE id_type = ? AND id_number = ? ORDER BY id').all(row.id_type, row.id_number) as RequesterRow[];
}

const placeholders = (ids: readonly number[]) => ids.map(() => '?').join(', ');

type ObjectionRow = Record<string, unknown> & { id: number; number: string; request_id: number | null; registered_at: string };

export function collectSubject(db: Db, requesters: RequesterRow[]): SubjectRecords {
  const requesterIds = requesters.map((r) => r.id);
  const requests = db
    .prepare(`SELECT * FROM requests WHERE requester_id IN (${placeholders(requesterIds)}) ORDER BY received_at, id`)
    .all(...requesterIds) as Array<Record<string, unknown> & { id: number; number: string }>;
  const requestIds = requests.map((r) => r.id);
  const numberOf = new Map(requests.map((r) => [r.id, r.number]));
  const inRequests = `(${placeholders(requestIds)})`;
  const withRequest = requestIds.length
    ? (db.prepare(`SELECT * FROM objections WHERE request_id IN ${inRequests} ORDER BY registered_at, id`).all(...requestIds) as ObjectionRow[])
    : [];
  // Filed without a request: the person is the objection's own requesters row.
  const withoutRequest = db
    .prepare(`SELECT * FROM objections WHERE request_id IS NULL AND requester_id IN (${placeholders(requesterIds)}) ORDER BY registered_at, id`)
    .all(...requesterIds) as ObjectionRow[];
  const objections = [...withRequest, ...withoutRequest].sort((a, b) => (a.registered_at === b.registered_at ? a.id - b.id : a.registered_at < b.registered_at ? -1 : 1));
  const objectionNumber = new Map(objections.map((o) => [o.id, o.number]));
  const ownIds = withoutRequest.map((o) => o.id);
  const inOwn = `(${placeholders(ownIds)})`;
  const byCase = <T>(sql: (where: string) => string): T[] => {
    const where = [requestIds.length ? `request_id IN ${inRequests}` : null, ownIds.length ? `(request_id IS NULL AND objection_id IN ${inOwn})` : null].filter((w) => w !== null);
    return where.length ? (db.prepare(sql(where.join(' OR '))).all(...requestIds, ...ownIds) as T[]) : [];
  };
  const disputes = byCase<Record<string, unknown> & { id: number; request_id: number | null; objection_id: number }>((w) => `SELECT * FROM disputes WHERE ${w} ORDER BY filed_date, id`);
  const letters = byCase<{ id: number; type: string; number: string; version: number; issued_date: string; request_id: number | null; objection_id: number | null }>(
    (w) => `SELECT id, type, number, version, issued_date, request_id, objection_id FROM letters WHERE ${w} ORDER BY issued_at, id`,
  );
  // The timeline of an objection without a request: its events (and its disputes') name their subject.
  const ownDisputes = disputes.filter((d) => d.request_id === null);
  const disputeObjection = new Map(ownDisputes.map((d) => [d.id, d.objection_id]));
  const eventWhere = [
    requestIds.length ? `request_id IN ${inRequests}` : null,
    ownIds.length ? `(request_id IS NULL AND subject_kind = 'objection' AND subject_id IN ${inOwn})` : null,
    ownDisputes.length ? `(request_id IS NULL AND subject_kind = 'dispute' AND subject_id IN (${placeholders(ownDisputes.map((d) => d.id))}))` : null,
  ].filter((w) => w !== null);
  const events = eventWhere.length
    ? (db
        .prepare(`SELECT request_id, subject_kind, subject_id, at, actor, action, from_status, to_status, note FROM request_events WHERE ${eventWhere.join(' OR ')} ORDER BY at, id`)
        .all(...requestIds, ...ownIds, ...ownDisputes.map((d) => d.id)) as Array<{
        request_id: number | null; subject_kind: string; subject_id: number; at: string; actor: string; action: string; from_status: string | null; to_status: string | null; note: string;
      }>)
    : [];
  const caseOf = (requestId: number | null, objectionId: number | null) =>
    requestId !== null ? { requestNumber: numberOf.get(requestId)! } : { requestNumber: '', objectionNumber: objectionNumber.get(objectionId ?? -1) ?? '' };
  return {
    requesters: requesters.map((q) => ({
      id: q.id, name: q.name, idType: q.id_type, idNumber: q.id_number, address: q.address, phone: q.phone, email: q.email,
      occupation: q.occupation, proxyName: q.proxy_name, createdAt: q.created_at,
    })),
    requests: requests.map((r) => ({
      id: r.id, number: r.number, receivedAt: r.received_at as string, receivedLocal: r.received_local as string, channel: r.channel as string,
      information: r.information as string, purpose: r.purpose as string, accessMethod: JSON.parse(r.access_methods as string) as string[],
      deliveryMethod: r.delivery_method as string, status: r.status as string, decision: r.decision as string | null, dueDate: r.due_date as string,
      extendedDueDate: r.extended_due_date as string | null, noticeDate: r.notice_date as string | null, deliveredDate: r.delivered_date as string | null,
      costRp: r.cost_rp as number | null, closedAt: r.closed_at as string | null,
    })),
    objections: objections.map((o) => ({
      id: o.id, number: o.number, requestNumber: o.request_id === null ? '' : numberOf.get(o.request_id)!,
      ...(o.request_id === null ? { information: o.information as string, purpose: o.purpose as string } : {}), grounds: JSON.parse(o.grounds as string) as string[],
      caseSummary: o.case_summary as string, proxyName: o.proxy_name as string, registeredLocal: o.registered_local as string, status: o.status as string,
      decision: o.decision as string | null, decisionReason: o.decision_reason as string | null, answerDate: o.answer_date as string | null,
      requesterReply: o.requester_reply as string | null,
    })),
    disputes: disputes.map((d) => ({
      id: d.id, requestNumber: d.request_id === null ? '' : numberOf.get(d.request_id)!, objectionNumber: objectionNumber.get(d.objection_id) ?? '', kiRegisterNumber: d.ki_register_number as string,
      filedDate: d.filed_date as string, status: d.status as string, outcome: d.outcome as string, outcomeDate: d.outcome_date as string | null,
    })),
    letters: letters.map((l) => ({ id: l.id, type: l.type, number: l.number, version: l.version, issuedDate: l.issued_date, ...caseOf(l.request_id, l.objection_id) })),
    events: events.map((e) => ({ ...caseOf(e.request_id, e.subject_kind === 'dispute' ? (disputeObjection.get(e.subject_id) ?? null) : e.subject_id), at: e.at, actor: e.actor, action: e.action, fromStatus: e.from_status, toStatus: e.to_status, note: e.note })),
    audit: auditAbout(db, {
      requester: requesterIds,
      request: requestIds,
      objection: objections.map((o) => o.id),
      dispute: disputes.map((d) => d.id),
      letter: letters.map((l) => l.id),
    }),
  };
}

/** The audit entries about the person: their requester rows and their requests, objections, disputes and letters. */
function auditAbout(db: Db, ids: Record<'requester' | 'request' | 'objection' | 'dispute' | 'letter', number[]>): SubjectRecords['audit'] {
  const clauses: string[] = [];
  const args: string[] = [];
  for (const [entity, list] of Object.entries(ids)) {
    if (list.length === 0) continue;
    clauses.push(`(entity = ? AND entity_id IN (${placeholders(list)}))`);
    args.push(entity, ...list.map(String));
  }
  if (clauses.length === 0) return [];
  const rows = db.prepare(`SELECT seq, at, actor, action, entity, entity_id, data FROM audit_log WHERE ${clauses.join(' OR ')} ORDER BY seq`).all(...args) as Array<{
    seq: number; at: string; actor: string; action: string; entity: string; entity_id: string | null; data: string;
  }>;
  return rows.map((r) => ({ seq: r.seq, at: r.at, actor: r.actor, action: r.action, entity: r.entity, entityId: r.entity_id, data: JSON.parse(r.data) as unknown }));
}

// Which closed cases have outlived their retention (UU 27/2022 Ps 44(1) huruf a). A case is the
// request with its objections and disputes: closed when the request is done or withdrawn and none
// of its objections or disputes is still open. It closed on the office-local date of the last thing
// that happened to it (the close itself, a later objection answer, a dispute outcome, a letter), so
// a case the officer still touched keeps its identity for the full period after that.
import { isPastRetention } from '../../../shared/domain/pdp/retention';
import { localDateOf } from '../../../shared/domain/requests/instant';
import type { Db } from '../db/connection';

export interface DueCase {
  requestId: number;
  requesterId: number;
  number: string;
  closedOn: string;
  objections: { id: number; number: string }[];
  disputeIds: number[];
  letterIds: number[];
}

export interface DueJournalist {
  journalistId: number;
  inquiries: { id: number; number: string }[];
  closedOn: string;
}

interface ClosedRow {
  id: number;
  requester_id: number;
  number: string;
  last_at: string;
}

/** Closed requests not yet anonymised, with the instant of the last change to their case. */
function closedCases(db: Db): ClosedRow[] {
  return db
    .prepare(
      `SELECT r.id, r.requester_id, r.number,
              max(r.closed_at, r.updated_at,
                  coalesce((SELECT max(o.updated_at) FROM objections o WHERE o.request_id = r.id), ''),
                  coalesce((SELECT max(d.updated_at) FROM disputes d WHERE d.request_id = r.id), ''),
                  coalesce((SELECT max(l.issued_at) FROM letters l WHERE l.request_id = r.id), '')) AS last_at
       FROM requests r
       WHERE r.closed_at IS NOT NULL AND r.anonymised_at IS NULL AND r.status IN ('done', 'withdrawn')
         AND NOT EXISTS (SELECT 1 FROM objections o WHERE o.request_id = r.id AND o.is_open)
         AND NOT EXISTS (SELECT 1 FROM disputes d WHERE d.request_id = r.id AND d.is_open)
       ORDER BY r.year, r.seq`,
    )
    .all() as ClosedRow[];
}

/**
 * The cases due on `today` (office-local, in `zone`). A requester row is erased only when every
 * request under it is due, so a person with a case still open or recent keeps their identity.
 */
export function dueCases(db: Db, today: string, zone: string, years: number): DueCase[] {
  const closed = closedCases(db).map((row) => ({ ...row, closedOn: localDateOf(Date.parse(row.last_at), zone) }));
  const due = closed.filter((row) => isPastRetention(row.closedOn, today, years));
  const dueByRequester = new Map<number, number>();
  for (const row of due) dueByRequester.set(row.requester_id, (dueByRequester.get(row.requester_id) ?? 0) + 1);
  const totals = db.prepare('SELECT requester_id AS id, count(*) AS n FROM requests GROUP BY requester_id').all() as { id: number; n: number }[];
  const complete = new Set(totals.filter((t) => dueByRequester.get(t.id) === t.n).map((t) => t.id));
  const objectionsOf = db.prepare('SELECT id, number FROM objections WHERE request_id = ? ORDER BY id');
  const disputesOf = db.prepare('SELECT id FROM disputes WHERE request_id = ? ORDER BY id').pluck();
  const lettersOf = db.prepare('SELECT id FROM letters WHERE request_id = ? ORDER BY id').pluck();
  return due
    .filter((row) => complete.has(row.requester_id))
    .map((row) => ({
      requestId: row.id,
      requesterId: row.requester_id,
      number: row.number,
      closedOn: row.closedOn,
      objections: objectionsOf.all(row.id) as { id: number; number: string }[],
      disputeIds: disputesOf.all(row.id) as number[],
      letterIds: lettersOf.all(row.id) as number[],
    }));
}

/**
 * Journalists whose every inquiry is answered or finished and whose last inquiry changed before the
 * cutoff. A directory entry with no inquiry is a contact the office keeps on purpose: untouched.
 */
export function dueJournalists(db: Db, today: string, zone: string, years: number): DueJournalist[] {
  const rows = db
    .prepare(
      `SELECT j.id, max(i.updated_at) AS last_at, sum(i.is_open) AS open
       FROM journalists j JOIN inquiries i ON i.journalist_id = j.id
       WHERE j.anonymised_at IS NULL
       GROUP BY j.id ORDER BY j.id`,
    )
    .all() as { id: number; last_at: string; open: number }[];
  const inquiriesOf = db.prepare('SELECT id, number FROM inquiries WHERE journalist_id = ? ORDER BY id');
  return rows
    .filter((r) => r.open === 0)
    .map((r) => ({ journalistId: r.id, closedOn: localDateOf(Date.parse(r.last_at), zone) }))
    .filter((r) => isPastRetention(r.closedOn, today, years))
    .map((r) => ({ ...r, inquiries: inquiriesOf.all(r.journalistId) as { id: number; number: string }[] }));
}

export interface DueObjection {
  objectionId: number;
  /** The objector's own requesters row (migration 014): erased with the objection. */
  requesterId: number;
  number: string;
  closedOn: string;
  disputeIds: number[];
  letterIds: number[];
}

/**
 * Objections filed without a request (UU KIP Ps 35(1) huruf b; migration 014), whose objector's
 * identity sits on a requesters row of their own that no request reaches, so `dueCases` never sees
 * them. The same rule as a request's case (UU 27/2022 Ps 44(1) huruf a: destroyed at the end of the
 * retention period): the objection is the whole case here, closed when it is answered or withdrawn,
 * no dispute on it is still open and an ordered release (UU KIP Ps 36(2)) has been marked done —
 * until then the office still owes the person an answer or the information. Its retention counts
 * from the office-local date of the last thing that happened to it (the answer or withdrawal, a
 * dispute outcome, a letter), as a request's counts from its case's last change. The objector's row
 * is erased only when every objection naming it is due and no request names it.
 */
export function dueObjections(db: Db, today: string, zone: string, years: number): DueObjection[] {
  const rows = db
    .prepare(
      `SELECT o.id, o.requester_id, o.number,
              max(o.updated_at,
                  coalesce((SELECT max(d.updated_at) FROM disputes d WHERE d.objection_id = o.id), ''),
                  coalesce((SELECT max(l.issued_at) FROM letters l WHERE l.objection_id = o.id), '')) AS last_at,
              (o.is_open OR (o.release_due IS NOT NULL AND o.release_done_at IS NULL)
                 OR EXISTS (SELECT 1 FROM disputes d WHERE d.objection_id = o.id AND d.is_open)) AS open
       FROM objections o JOIN requesters q ON q.id = o.requester_id
       WHERE o.request_id IS NULL AND q.anonymised_at IS NULL
         AND NOT EXISTS (SELECT 1 FROM requests r WHERE r.requester_id = o.requester_id)
       ORDER BY o.year, o.seq`,
    )
    .all() as { id: number; requester_id: number; number: string; last_at: string; open: number }[];
  const candidates = rows.map((r) => ({ ...r, closedOn: localDateOf(Date.parse(r.last_at), zone) }));
  const due = candidates.filter((r) => r.open === 0 && isPastRetention(r.closedOn, today, years));
  const notDue = new Set(candidates.filter((r) => !due.includes(r)).map((r) => r.requester_id));
  const disputesOf = db.prepare('SELECT id FROM disputes WHERE objection_id = ? ORDER BY id').pluck();
  const lettersOf = db.prepare('SELECT id FROM letters WHERE objection_id = ? ORDER BY id').pluck();
  return due
    .filter((r) => !notDue.has(r.requester_id))
    .map((r) => ({
      objectionId: r.id,
      requesterId: r.requester_id,
      number: r.number,
      closedOn: r.closedOn,
      disputeIds: disputesOf.all(r.id) as number[],
      letterIds: lettersOf.all(r.id) as number[],
    }));
}

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

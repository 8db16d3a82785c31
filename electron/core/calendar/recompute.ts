// When the calendar changes, every open case's legal dates are computed again on the new calendar,
// inside the transaction of the change, and each records the new calendar version (DOMAIN.md:
// "a calendar change recomputes open deadlines and writes an audit entry").
import type { WorkingCalendar } from '../../../shared/domain/calendar';
import { formatTanggal } from '../../../shared/domain/calendar/format';
import type { Db } from '../db/connection';
import { listOpenDisputes, updateDispute } from '../disputes/repo';
import { insertObjectionEvent, listOpenObjections, updateObjection } from '../objections/repo';
import { insertEvent, listClockRunning, updateRequest } from '../requests/repo';
import { extensionDeadline, kiDeadlines, objectionDeadline, requestDeadline } from './clocks';

export interface MovedDeadline {
  kind: 'request' | 'objection' | 'dispute';
  id: number;
  before: string;
  after: string;
}

export interface Recomputed {
  requests: number;
  objections: number;
  disputes: number;
  moved: MovedDeadline[];
}

export function recomputeOpenDeadlines(db: Db, cal: WorkingCalendar, event: { at: string; actor: string; why: string }): Recomputed {
  if (!db.inTransaction) throw new Error('recomputeOpenDeadlines must run inside the transaction of the calendar change');
  const moved: MovedDeadline[] = [];
  const note = (before: string, after: string) =>
    `Tenggat dihitung ulang: ${formatTanggal(before)} → ${formatTanggal(after)} (${event.why}; kalender ${cal.version}).`;

  const requests = listClockRunning(db);
  for (const row of requests) {
    const clock = { zone: row.zone, cutoff: row.cutoff };
    const due = requestDeadline(row.received_at, clock, cal).due; // UU KIP Ps 22(7)
    const extended = row.extended_due_date === null ? null : extensionDeadline(due, clock, cal).due; // UU KIP Ps 22(8)
    updateRequest(db, row.id, { due_date: due, extended_due_date: extended, calendar_version: cal.version });
    const before = row.extended_due_date ?? row.due_date;
    const after = extended ?? due;
    if (before !== after || due !== row.due_date) {
      moved.push({ kind: 'request', id: row.id, before, after });
      insertEvent(db, { request_id: row.id, at: event.at, actor: event.actor, action: 'deadline_recomputed', subject_kind: 'request', subject_id: row.id, from_status: null, to_status: null, note: note(before, after) });
    }
  }

  const objections = listOpenObjections(db);
  for (const row of objections) {
    const due = objectionDeadline(row.registered_at, { zone: row.zone, cutoff: row.cutoff }, cal).due; // UU KIP Ps 36(2)
    updateObjection(db, row.id, { atasan_due: due, calendar_version: cal.version });
    if (due !== row.atasan_due) {
      moved.push({ kind: 'objection', id: row.id, before: row.atasan_due, after: due });
      insertObjectionEvent(db, { request_id: row.request_id, at: event.at, actor: event.actor, action: 'deadline_recomputed', subject_kind: 'objection', subject_id: row.id, from_status: null, to_status: null, note: note(row.atasan_due, due) });
    }
  }

  const disputes = listOpenDisputes(db);
  for (const row of disputes) {
    const ki = kiDeadlines(row.filed_date, cal); // UU KIP Ps 38
    updateDispute(db, row.id, { ki_start_due: ki.start, ki_settle_due: ki.settle, calendar_version: cal.version });
    if (ki.start !== row.ki_start_due || ki.settle !== row.ki_settle_due) {
      moved.push({ kind: 'dispute', id: row.id, before: row.ki_settle_due, after: ki.settle });
    }
  }
  return { requests: requests.length, objections: objections.length, disputes: disputes.length, moved };
}

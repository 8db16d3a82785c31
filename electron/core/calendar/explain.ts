// deadline:explain — the count behind each stored due date of a case, redone on the calendar in
// force with every day explained (computeDeadline), beside the date and version stored.
import type { ParsedInput } from '../../../shared/ipc/contract';
import type { DeadlineExplanation } from '../../../shared/ipc/channels/deadline';
import type { Ctx } from '../context';
import { requireDispute } from '../disputes/service';
import { requireObjection } from '../objections/service';
import { requireRequest } from '../requests/service';
import { disputeWindow, extensionDeadline, objectionDeadline, officeClock, requestDeadline } from './clocks';
import { loadCalendar } from './effective';

export function explainDeadline(ctx: Ctx, input: ParsedInput<'deadline:explain'>): DeadlineExplanation {
  const cal = loadCalendar(ctx.db);
  if (input.kind === 'request') {
    const row = requireRequest(ctx, input.id);
    const clock = { zone: row.zone, cutoff: row.cutoff };
    const request = requestDeadline(row.received_at, clock, cal);
    const clocks: DeadlineExplanation['clocks'] = [{ storedDue: row.due_date, storedCalendarVersion: row.calendar_version, result: request }];
    if (row.extended_due_date) {
      clocks.push({ storedDue: row.extended_due_date, storedCalendarVersion: row.calendar_version, result: extensionDeadline(row.due_date, clock, cal) });
    }
    return { kind: 'request', id: row.id, number: row.number, clocks };
  }
  if (input.kind === 'objection') {
    const row = requireObjection(ctx, input.id);
    const result = objectionDeadline(row.registered_at, { zone: row.zone, cutoff: row.cutoff }, cal);
    return { kind: 'objection', id: row.id, number: row.number, clocks: [{ storedDue: row.atasan_due, storedCalendarVersion: row.calendar_version, result }] };
  }
  const row = requireDispute(ctx, input.id);
  const result = disputeWindow(row.window_start, { zone: row.zone, cutoff: officeClock(ctx).cutoff }, cal);
  return {
    kind: 'dispute',
    id: row.id,
    number: row.ki_register_number || row.objection_number,
    clocks: [{ storedDue: row.window_due, storedCalendarVersion: row.calendar_version, result }],
  };
}

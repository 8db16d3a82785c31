// Fulfilment time (UU KIP Ps 12 b): working days from receipt to the written notice, counted the way
// the request's deadline clock counts (shared/domain/clocks: day 0 is the day of receipt, or the next
// working day when received on a day off or after the office's cutoff), on the office calendar in
// force. So a notice on the due date is day 10, never 11.
import { clockDayZero, workingDaysBetween } from '../../../../shared/domain/clocks';
import type { WorkingCalendar } from '../../../../shared/domain/calendar';
import type { ReportFigures } from '../../../../shared/ipc/channels/reports';

export interface FulfilmentRow {
  id: number;
  receivedAt: string;
  zone: string;
  cutoff: string;
  noticeDate: string;
}

type Summary = ReportFigures['requests']['fulfilment_days'];

export function fulfilmentDays(row: FulfilmentRow, cal: WorkingCalendar): number {
  const day0 = clockDayZero(row.receivedAt, row.zone, row.cutoff, cal);
  // A notice on day 0 itself (the same day, or a day off before day 0) took no working day.
  return Math.max(0, workingDaysBetween(day0, row.noticeDate, cal));
}

export function fulfilmentOf(rows: FulfilmentRow[], cal: WorkingCalendar): { days: Map<number, number>; summary: Summary } {
  const days = new Map<number, number>();
  for (const row of rows) days.set(row.id, fulfilmentDays(row, cal));
  const sorted = [...days.values()].sort((a, b) => a - b);
  const n = sorted.length;
  const summary: Summary = {
    count: n,
    mean: n === 0 ? null : Math.round((sorted.reduce((s, d) => s + d, 0) / n) * 10) / 10,
    median: n === 0 ? null : n % 2 === 1 ? sorted[(n - 1) / 2]! : (sorted[n / 2 - 1]! + sorted[n / 2]!) / 2,
    max: n === 0 ? null : sorted[n - 1]!,
    within_10: sorted.filter((d) => d <= 10).length,
    within_17: sorted.filter((d) => d > 10 && d <= 17).length,
    later: sorted.filter((d) => d > 17).length,
  };
  return { days, summary };
}

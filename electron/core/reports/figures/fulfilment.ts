// Fulfilment time (UU KIP Ps 12 b): working days from receipt to the written notice, counted the way
// the request's deadline clock counts (shared/domain/clocks: day 0 is the day of receipt, or the next
// working day when received on a day off or after the office's cutoff), on the office calendar in
// force. So a notice on the due date is day 10, never 11.
import { Temporal } from 'temporal-polyfill';
import { clockDayZero, workingDaysBetween } from '../../../../shared/domain/clocks';
import type { WorkingCalendar } from '../../../../shared/domain/calendar';
import { dateOfEpochDay, epochDayOf } from '../../../../shared/domain/calendar/localDate';
import { toUtcIso } from '../../../../shared/domain/requests/instant';
import type { ReportFigures } from '../../../../shared/ipc/channels/reports';

export interface FulfilmentRow {
  id: number;
  receivedAt: string;
  /** The office-local date of receivedAt in `zone` (stored with the request). */
  receivedLocal: string;
  zone: string;
  cutoff: string;
  noticeDate: string;
}

/**
 * Day 0 for many requests: the clock's own rule (clockDayZero) asked once per office day and side of
 * the cutoff, with an instant on that side, instead of once per request: 100,000 zone conversions
 * would take seconds. A receipt is on the cutoff's side by comparing instants, so it is exact.
 */
function dayZeroMemo(cal: WorkingCalendar) {
  const memo = new Map<string, { cutoffMs: number; before: string; after: string }>();
  return (row: FulfilmentRow): string => {
    const key = `${row.zone}|${row.cutoff}|${row.receivedLocal}`;
    let day = memo.get(key);
    if (!day) {
      const midnightMs = Temporal.PlainDate.from(row.receivedLocal).toZonedDateTime({ timeZone: row.zone }).epochMilliseconds;
      const cutoffMs = Temporal.PlainDateTime.from(`${row.receivedLocal}T${row.cutoff}`).toZonedDateTime(row.zone).epochMilliseconds;
      day = {
        cutoffMs,
        before: clockDayZero(toUtcIso(midnightMs), row.zone, row.cutoff, cal),
        after: clockDayZero(toUtcIso(cutoffMs), row.zone, row.cutoff, cal),
      };
      memo.set(key, day);
    }
    return Date.parse(row.receivedAt) < day.cutoffMs ? day.before : day.after;
  };
}

type Summary = ReportFigures['requests']['fulfilment_days'];


/**
 * workingDaysBetween(a, b) for many pairs: the working days of the whole span counted once (the
 * calendar asked once per date), then each pair is a difference of two running totals.
 */
function workingDayCounter(cal: WorkingCalendar, from: string[], to: string[]): (a: string, b: string) => number {
  if (from.length === 0) return () => 0;
  // Dates compare as text; the spread of Math.min would overflow the stack at 100,000 rows.
  const first = epochDayOf([...from, ...to].reduce((m, d) => (d < m ? d : m)));
  const last = epochDayOf([...from, ...to].reduce((m, d) => (d > m ? d : m)));
  const running = new Map<string, number>();
  for (let day = first, total = 0; day <= last; day += 1) {
    const date = dateOfEpochDay(day);
    if (day > first && cal.isWorkingDay(date)) total += 1;
    running.set(date, total);
  }
  return (a, b) => (b >= a ? running.get(b)! - running.get(a)! : workingDaysBetween(a, b, cal));
}

export function fulfilmentOf(rows: FulfilmentRow[], cal: WorkingCalendar): { days: Map<number, number>; summary: Summary } {
  const days = new Map<number, number>();
  const dayZero = dayZeroMemo(cal);
  const starts = rows.map(dayZero);
  const count = workingDayCounter(cal, starts, rows.map((r) => r.noticeDate));
  // A notice on day 0 itself (the same day, or a day off before day 0) took no working day.
  rows.forEach((row, i) => days.set(row.id, Math.max(0, count(starts[i]!, row.noticeDate))));
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

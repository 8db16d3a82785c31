// A report period as the figure queries use it: office-local dates for the columns that hold dates
// (received_local, notice_date, answer_date ...) and the UTC instants of the period's first and
// after-last midnight, in the office zone, for the columns that hold instants (extended_at, event
// times, inquiries). Never a date cut from a UTC string (DOMAIN.md: WITA dates would shift).
import { Temporal } from 'temporal-polyfill';
import { addDays } from '../../../shared/domain/calendar/localDate';
import type { ReportPeriod } from '../../../shared/domain/reports/period';
import { toUtcIso } from '../../../shared/domain/requests/instant';
import { officeClock, todayLocal } from '../calendar/clocks';
import type { Ctx } from '../context';

export interface FigureRange {
  period: ReportPeriod;
  /** First and last office-local day, inclusive. */
  from: string;
  to: string;
  /** Office-local midnight starting `from`, and the one after `to`, as stored instants. */
  fromUtc: string;
  endUtc: string;
  zone: string;
  /** Today in the office zone: the archive's figures are as of now. */
  today: string;
  generatedAt: string;
}

/** The UTC instant (stored form) of office-local midnight starting `date`. */
export function localMidnightUtc(date: string, zone: string): string {
  return toUtcIso(Temporal.PlainDate.from(date).toZonedDateTime({ timeZone: zone }).epochMilliseconds);
}

export function figureRange(ctx: Pick<Ctx, 'db' | 'clock'>, period: ReportPeriod): FigureRange {
  const { zone } = officeClock(ctx);
  const nowMs = ctx.clock.now().getTime();
  return {
    period,
    from: period.from,
    to: period.to,
    fromUtc: localMidnightUtc(period.from, zone),
    endUtc: localMidnightUtc(addDays(period.to, 1), zone),
    zone,
    today: todayLocal(nowMs, zone),
    generatedAt: toUtcIso(nowMs),
  };
}

/** The named parameters every figure query takes. */
export function rangeParams(range: FigureRange): { from: string; to: string; fromUtc: string; endUtc: string; today: string } {
  return { from: range.from, to: range.to, fromUtc: range.fromUtc, endUtc: range.endUtc, today: range.today };
}

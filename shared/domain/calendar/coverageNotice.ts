// When the working-day calendar runs out. Receipts after the last year with national holidays are
// refused at intake (electron/core/calendar/coverage.ts): a deadline counted without the SKB's
// holidays would be wrong. The officer must therefore learn BEFORE 1 January that next year's
// holidays are missing, not from a refused walk-in on the first working day of the year.
import { yearOf, type IsoDate } from './localDate';

/** From this month on, a missing next year is announced (the SKB is usually signed by October). */
export const NEXT_YEAR_NOTICE_FROM_MONTH = 11;

export type CoverageNotice =
  /** This year is not covered: requests and objections received today cannot be logged. */
  | { kind: 'current'; year: number }
  /** Next year is not covered and the year ends soon: logging stops on 1 January. */
  | { kind: 'next'; year: number };

export function coverageNotice(coveredYears: readonly number[], today: IsoDate): CoverageNotice | null {
  const year = yearOf(today);
  const covered = new Set(coveredYears);
  if (!covered.has(year)) return { kind: 'current', year };
  const month = Number(today.slice(5, 7));
  if (month >= NEXT_YEAR_NOTICE_FROM_MONTH && !covered.has(year + 1)) return { kind: 'next', year: year + 1 };
  return null;
}

// The working-day calendar: Monday to Friday, minus libur nasional, minus cuti bersama (for
// civil servants, set by Keppres; switchable), minus local days the office adds (DOMAIN.md,
// "Working days"). Pure: built from data, asked about local dates 'YYYY-MM-DD'.
import type { CalendarData, CalendarDay, DayKind } from './calendarFile';
import { DAY_KIND_LABEL } from './calendarFile';
import { formatTanggalPendek } from './format';
import { addDays, compareDates, dateOfEpochDay, epochDayOf, toPlainDate, type IsoDate } from './localDate';

export interface CalendarOptions {
  /**
   * Whether cuti bersama days are days off. Default true: PPID offices are government offices and
   * ASN take cuti bersama. An office that stays open (e.g. a BUMD) turns it off.
   */
  cutiBersamaIsDayOff?: boolean;
}

export type OffReason =
  | { kind: DayKind; name: string; basis: string }
  | { kind: 'weekend'; name: 'Sabtu' | 'Minggu' };

export interface WorkingCalendar {
  readonly version: string;
  readonly cutiBersamaIsDayOff: boolean;
  /** Years the data speaks for (those with at least one libur nasional), ascending. */
  readonly coveredYears: readonly number[];
  /** False for a date in a year with no holiday data: only weekends are known there. */
  isCovered(date: IsoDate): boolean;
  isWorkingDay(date: IsoDate): boolean;
  /** Why the date is not a working day; null when it is one. A holiday wins over the weekend it falls on. */
  reasonOff(date: IsoDate): OffReason | null;
  /** The calendar entry for the date, whether or not it makes the day off (cuti bersama may be worked). */
  entry(date: IsoDate): CalendarDay | undefined;
}

export function createCalendar(data: CalendarData, options: CalendarOptions = {}): WorkingCalendar {
  const cutiBersamaIsDayOff = options.cutiBersamaIsDayOff ?? true;
  const byDate = new Map<string, CalendarDay>();
  for (const day of data.days) byDate.set(day.date, day);

  // A year counts as covered only when its national holidays are in the data: a file holding a
  // single local day for 2027 must not make 2027 look complete (the SKB may not exist yet).
  const covered = new Set<number>();
  for (const day of data.days) {
    if (day.kind === 'libur_nasional') covered.add(toPlainDate(day.date).year);
  }
  const coveredYears = [...covered].sort((a, b) => a - b);

  const reasonOff = (date: IsoDate): OffReason | null => {
    const weekday = toPlainDate(date).dayOfWeek;
    const day = byDate.get(date);
    if (day && (day.kind !== 'cuti_bersama' || cutiBersamaIsDayOff)) {
      return { kind: day.kind, name: day.name, basis: day.basis };
    }
    if (weekday === 6) return { kind: 'weekend', name: 'Sabtu' };
    if (weekday === 7) return { kind: 'weekend', name: 'Minggu' };
    return null;
  };

  return {
    version: data.version,
    cutiBersamaIsDayOff,
    coveredYears,
    isCovered: (date) => covered.has(toPlainDate(date).year),
    isWorkingDay: (date) => reasonOff(date) === null,
    reasonOff,
    entry: (date) => byDate.get(date),
  };
}

/** '18 Mar: cuti bersama Hari Suci Nyepi ...', '21 Mar: libur nasional Idul Fitri 1447 H, hari Sabtu'. */
export function describeDayOff(date: IsoDate, reason: OffReason): string {
  return `${formatTanggalPendek(date)}: ${describeReason(date, reason)}`;
}

/** The reason without the date: 'Minggu', 'libur nasional Idul Fitri 1447 H, hari Minggu'. */
export function describeReason(date: IsoDate, reason: OffReason): string {
  if (reason.kind === 'weekend') return reason.name;
  const label = DAY_KIND_LABEL[reason.kind];
  // Names of cuti bersama already start with "Cuti bersama ..."; don't say it twice.
  const text = reason.name.toLowerCase().startsWith(label) ? lowerFirst(reason.name) : `${label} ${reason.name}`;
  const weekday = toPlainDate(date).dayOfWeek;
  // Say so when a holiday falls on a weekend: the day would be off anyway, and the officer
  // checking the count should not think the holiday cost a working day.
  if (weekday === 6) return `${text}, hari Sabtu`;
  if (weekday === 7) return `${text}, hari Minggu`;
  return text;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** The first working day strictly after `date`. */
export function nextWorkingDay(date: IsoDate, cal: WorkingCalendar): IsoDate {
  return addWorkingDays(date, 1, cal);
}

/** `date` itself when it is a working day, else the next working day. */
export function workingDayOnOrAfter(date: IsoDate, cal: WorkingCalendar): IsoDate {
  return cal.isWorkingDay(date) ? toPlainDate(date).toString() : nextWorkingDay(date, cal);
}

/**
 * The n-th working day after `date` (n < 0: before), `date` itself being day 0 whether or not it
 * is a working day. n = 0 returns `date`. This is the counting convention of DOMAIN.md.
 */
export function addWorkingDays(date: IsoDate, n: number, cal: WorkingCalendar): IsoDate {
  if (!Number.isInteger(n)) throw new RangeError(`Jumlah hari kerja harus bilangan bulat, bukan ${n}.`);
  const step = n < 0 ? -1 : 1;
  let current = toPlainDate(date).toString();
  let remaining = Math.abs(n);
  while (remaining > 0) {
    current = addDays(current, step);
    if (cal.isWorkingDay(current)) remaining -= 1;
  }
  return current;
}

/**
 * Signed count of working days from `a` to `b`: the working days in (a, b] when b is later,
 * minus those in (b, a] when b is earlier, 0 on the same date. So for a working day `a`,
 * workingDaysBetween(a, addWorkingDays(a, n)) === n; in an inbox, (today, due) gives the working
 * days left: 0 = due today, negative = overdue by that many working days.
 */
export function workingDaysBetween(a: IsoDate, b: IsoDate, cal: WorkingCalendar): number {
  const order = compareDates(a, b);
  if (order === 0) return 0;
  const [from, to, sign] = order < 0 ? [a, b, 1] : [b, a, -1];
  let count = 0;
  // Integer day numbers, not a Temporal date per step: an inbox page counts across years.
  const end = epochDayOf(to);
  for (let day = epochDayOf(from) + 1; day <= end; day += 1) {
    if (cal.isWorkingDay(dateOfEpochDay(day))) count += 1;
  }
  return sign * count;
}

/** Every day off in [from, to], in order (both ends included). */
export function daysOffBetween(
  from: IsoDate,
  to: IsoDate,
  cal: WorkingCalendar,
): { date: IsoDate; reason: OffReason }[] {
  const out: { date: IsoDate; reason: OffReason }[] = [];
  if (compareDates(from, to) > 0) return out;
  let current = toPlainDate(from).toString();
  const end = toPlainDate(to).toString();
  for (;;) {
    const reason = cal.reasonOff(current);
    if (reason) out.push({ date: current, reason });
    if (current === end) return out;
    current = addDays(current, 1);
  }
}

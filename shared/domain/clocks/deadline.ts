// computeDeadline: one legal clock, one start, one calendar → the due date and the reasons for
// it, so that the officer (and a reviewer) can check every day that was or was not counted.
import { z } from '../../ipc/zod';
import {
  addWorkingDays,
  daysOffBetween,
  describeDayOff,
  workingDayOnOrAfter,
  nextWorkingDay,
  type WorkingCalendar,
} from '../calendar/calendar';
import { yearOf, type IsoDate } from '../calendar/localDate';
import { CLOCK_IDS, CLOCKS, isClockId, type ClockId } from './clocks';
import { explainDeadline, coverageWarningText } from './explanation';
import { checkCutoff, checkZone, ClockInputError, DEFAULT_CUTOFF, DEFAULT_ZONE, resolveStart, type StartPoint } from './start';

export interface DeadlineRequest {
  clock: ClockId;
  /** An ISO instant with offset ('2026-03-17T07:30:00+08:00', '...Z') or a bare local date 'YYYY-MM-DD'. */
  from: string;
  /** IANA zone of the office; default Asia/Makassar (WITA). */
  zone?: string | null;
  /** 'HH:MM'; receipt at or after it counts from the next working day. Default '16:00'. */
  cutoff?: string | null;
}

/** The same request as a schema, for input that arrives as JSON (CLI batch lines, IPC). */
export const DeadlineInput = z.object({
  clock: z.enum(CLOCK_IDS, { error: `Jenis jangka waktu (clock) harus salah satu dari: ${CLOCK_IDS.join(', ')}.` }),
  from: z
    .string({ error: 'Waktu mulai (from) wajib diisi: tanggal TTTT-BB-HH atau waktu dengan offset zona.' })
    .min(1, { error: 'Waktu mulai (from) wajib diisi.' }),
  zone: z.string({ error: 'Zona waktu (zone) harus berupa teks, mis. Asia/Makassar.' }).nullish(),
  cutoff: z.string({ error: 'Batas jam layanan (cutoff) harus berupa teks JJ:MM, mis. 16:00.' }).nullish(),
});

export interface SkippedDay {
  date: IsoDate;
  /** Indonesian, e.g. '18 Mar: cuti bersama Hari Suci Nyepi Tahun Baru Saka 1948'. */
  reason: string;
}

export interface DeadlineResult {
  clock: ClockId;
  from: string;
  zone: string;
  cutoff: string;
  workingDays: number;
  /** The article that sets `workingDays`. */
  basis: string;
  /** The office-local date of `from`. */
  receivedLocalDate: IsoDate;
  /** The office-local time 'HH:MM' of `from`; null when `from` was a bare date. */
  receivedLocalTime: string | null;
  /** Day 0 of the count. */
  effectiveStart: IsoDate;
  /** The end of this working day is the deadline. */
  due: IsoDate;
  calendarVersion: string;
  cutiBersamaIsDayOff: boolean;
  /** Every day off from receivedLocalDate to due, both included. */
  skipped: SkippedDay[];
  /** Indonesian sentences shown to the officer, in order. */
  explanation: string[];
  /** Set when the count runs into a year the calendar has no holidays for. */
  coverageWarning: string | null;
}

export function computeDeadline(request: DeadlineRequest, calendar: WorkingCalendar): DeadlineResult {
  if (!isClockId(request.clock)) {
    throw new ClockInputError(
      `Jenis jangka waktu "${String(request.clock)}" tidak dikenal. Pilih salah satu: ${CLOCK_IDS.join(', ')}.`,
    );
  }
  const clock = CLOCKS[request.clock];
  const zone = checkZone(request.zone ?? DEFAULT_ZONE);
  const cutoff = checkCutoff(request.cutoff ?? DEFAULT_CUTOFF);
  if (typeof request.from !== 'string' || request.from.trim() === '') {
    throw new ClockInputError('Waktu mulai (from) wajib diisi: tanggal TTTT-BB-HH atau waktu dengan offset zona.');
  }
  const start = resolveStart(request.from, zone, cutoff);
  if (clock.dateOnly && start.kind !== 'date') {
    // UU KIP Ps 22(8): the extension runs on from the end of the first period, a date, not an event.
    throw new ClockInputError(
      `Untuk perpanjangan (extension), isi tanggal jatuh tempo semula dalam bentuk TTTT-BB-HH, bukan waktu ("${request.from}").`,
    );
  }

  const received = start.localDate;
  const effectiveStart = dayZeroOf(start, calendar);
  const due = addWorkingDays(effectiveStart, clock.workingDays, calendar);

  const skipped = daysOffBetween(received, due, calendar).map(({ date, reason }) => ({
    date,
    reason: describeDayOff(date, reason),
  }));
  const uncovered = uncoveredYears(received, due, calendar);
  const coverageWarning = uncovered.length > 0 ? coverageWarningText(calendar, uncovered) : null;

  const result: DeadlineResult = {
    clock: clock.id,
    from: request.from,
    zone,
    cutoff,
    workingDays: clock.workingDays,
    basis: clock.basis,
    receivedLocalDate: received,
    receivedLocalTime: start.kind === 'instant' ? start.localTime : null,
    effectiveStart,
    due,
    calendarVersion: calendar.version,
    cutiBersamaIsDayOff: calendar.cutiBersamaIsDayOff,
    skipped,
    explanation: [],
    coverageWarning,
  };
  result.explanation = explainDeadline(result, start, calendar);
  return result;
}

// Counting convention (DOMAIN.md): receipt on a non-working day, or at/after the cutoff, counts
// as receipt on the next working day; a bare date has no time, so only the first rule applies.
function dayZeroOf(start: StartPoint, calendar: WorkingCalendar): IsoDate {
  return start.kind === 'instant' && !start.beforeCutoff ? nextWorkingDay(start.localDate, calendar) : workingDayOnOrAfter(start.localDate, calendar);
}

/**
 * Day 0 of a clock started at `from` (an instant with offset, or a bare date): the date the count
 * starts from, exactly as computeDeadline takes it. The report counts fulfilment time with it.
 */
export function clockDayZero(from: string, zone: string, cutoff: string, calendar: WorkingCalendar): IsoDate {
  return dayZeroOf(resolveStart(from, zone, cutoff), calendar);
}

function uncoveredYears(from: IsoDate, to: IsoDate, calendar: WorkingCalendar): number[] {
  const years: number[] = [];
  for (let year = yearOf(from); year <= yearOf(to); year += 1) {
    if (!calendar.coveredYears.includes(year)) years.push(year);
  }
  return years;
}

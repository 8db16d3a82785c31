// A receipt the working-day calendar cannot count from is refused at intake, with a field message:
// a deadline counted without the year's holidays (SKB libur nasional and cuti bersama) would be
// wrong, and a wrong legal deadline in a register is worse than asking for the calendar first.
import type { WorkingCalendar } from '../../../shared/domain/calendar';
import { formatTanggal } from '../../../shared/domain/calendar/format';
import { yearOf, type IsoDate } from '../../../shared/domain/calendar/localDate';
import { invalidField } from '../errors';

/** The last year the calendar holds national holidays for; null when it holds none. */
export function lastCoveredYear(cal: WorkingCalendar): number | null {
  return cal.coveredYears.length === 0 ? null : cal.coveredYears[cal.coveredYears.length - 1]!;
}

/**
 * Throws AppError('invalid_input') on `path` when `localDate` (the office-local date of the receipt)
 * lies after the last year the calendar covers. Years before it are counted (weekends only where
 * no holidays are known) and carry the deadline's coverage warning.
 */
export function assertReceiptCovered(cal: WorkingCalendar, localDate: IsoDate, path: string, label: string): void {
  const last = lastCoveredYear(cal);
  const year = yearOf(localDate);
  if (last === null || year <= last) return;
  throw invalidField(
    path,
    `${label} (${formatTanggal(localDate)}) di luar kalender hari kerja: kalender versi ${cal.version} hanya memuat hari libur sampai tahun ${last}. ` +
      `Tambahkan libur nasional tahun ${year} di Pengaturan › Kalender hari kerja (atau perbarui PPID Desk), lalu catat lagi.`,
  );
}

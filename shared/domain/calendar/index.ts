// The working-day calendar: holiday data, its file schema, and working-day arithmetic.
export {
  CalendarDay,
  CalendarFile,
  DAY_KINDS,
  DAY_KIND_LABEL,
  parseCalendarFile,
  type CalendarData,
  type CalendarFileResult,
  type DayKind,
} from './calendarFile';
export {
  addWorkingDays,
  createCalendar,
  daysOffBetween,
  describeDayOff,
  describeReason,
  nextWorkingDay,
  workingDayOnOrAfter,
  workingDaysBetween,
  type CalendarOptions,
  type OffReason,
  type WorkingCalendar,
} from './calendar';
export { formatHariTanggal, formatJam, formatTanggal, formatTanggalPendek, namaHari, type TanggalStyle } from './format';
export { isIsoDate, parseIsoDate, type IsoDate } from './localDate';
export { CALENDAR_ID_2024_2026 } from './data/id-2024-2026';

import { CALENDAR_ID_2024_2026 } from './data/id-2024-2026';
/** The calendar that ships with the app; an administrator's file replaces it. */
export const SHIPPED_CALENDAR = CALENDAR_ID_2024_2026;

// The calendar in force: the shipped holidays (SHIPPED_CALENDAR) less the ones this office cancelled
// (a revised decree), plus the days it added,
// with the office's choice whether cuti bersama counts as a day off (DOMAIN.md: default yes).
// Its version names all three, e.g. 'id-2024-2026.1+lokal.3' or 'id-2024-2026.1+lokal.3+cb-kerja',
// and is stored with every deadline.
import { createCalendar, SHIPPED_CALENDAR, type CalendarData, type WorkingCalendar } from '../../../shared/domain/calendar';
import type { Db } from '../db/connection';
import { cutiBersamaIsDayOff, listCancelledDays, listLocalDays, localRevision } from './repo';

/** Marks a version in which cuti bersama days are counted as working days. */
export const CUTI_BERSAMA_WORKING_SUFFIX = '+cb-kerja';

export function effectiveVersion(revision: number, cutiBersamaDayOff = true): string {
  const base = revision === 0 ? SHIPPED_CALENDAR.version : `${SHIPPED_CALENDAR.version}+lokal.${revision}`;
  return cutiBersamaDayOff ? base : `${base}${CUTI_BERSAMA_WORKING_SUFFIX}`;
}

function currentVersion(db: Db): string {
  return effectiveVersion(localRevision(db), cutiBersamaIsDayOff(db));
}

/** Shipped days minus the cancelled ones, plus the office's own days (of any kind). */
export function effectiveCalendarData(db: Db): CalendarData {
  const cancelled = new Set(listCancelledDays(db).map((d) => d.date));
  const shipped = SHIPPED_CALENDAR.days.filter((d) => !cancelled.has(d.date));
  const local = listLocalDays(db).map((d) => ({ date: d.date, kind: d.kind, name: d.name, basis: d.basis }));
  return { version: currentVersion(db), days: [...shipped, ...local] };
}

// One built calendar per open database and version: the inbox asks for it on every page.
const cache = new WeakMap<Db, WorkingCalendar>();

export function loadCalendar(db: Db): WorkingCalendar {
  const version = currentVersion(db);
  const cached = cache.get(db);
  if (cached && cached.version === version) return cached;
  const calendar = memoize(createCalendar(effectiveCalendarData(db), { cutiBersamaIsDayOff: cutiBersamaIsDayOff(db) }));
  cache.set(db, calendar);
  return calendar;
}

/** Same answers, remembered per date: an inbox page asks about the same few weeks again and again. */
function memoize(cal: WorkingCalendar): WorkingCalendar {
  const working = new Map<string, boolean>();
  return {
    version: cal.version,
    cutiBersamaIsDayOff: cal.cutiBersamaIsDayOff,
    coveredYears: cal.coveredYears,
    isCovered: (date) => cal.isCovered(date),
    isWorkingDay(date) {
      let answer = working.get(date);
      if (answer === undefined) {
        answer = cal.isWorkingDay(date);
        working.set(date, answer);
      }
      return answer;
    },
    reasonOff: (date) => cal.reasonOff(date),
    entry: (date) => cal.entry(date),
  };
}

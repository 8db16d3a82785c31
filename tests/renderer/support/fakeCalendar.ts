// The calendar channels of the fake backend: the real shipped holidays plus local days kept in memory.
import type { ParsedInput } from '../../../shared/ipc/contract';
import { SHIPPED_CALENDAR } from '../../../shared/domain/calendar';

export interface FakeCalendar {
  local: { date: string; name: string; basis: string }[];
  revision: number;
  /** Absent means the default: cuti bersama is a day off. */
  cutiBersamaIsDayOff?: boolean;
}

export function calendarHandlers(cal: FakeCalendar = { local: [], revision: 0 }) {
  const dayOff = () => cal.cutiBersamaIsDayOff ?? true;
  const version = () =>
    (cal.revision ? `${SHIPPED_CALENDAR.version}+lokal.${cal.revision}` : SHIPPED_CALENDAR.version) + (dayOff() ? '' : '+cb-kerja');
  const change = () => ({ version: version(), recomputed: { requests: 3, objections: 1, disputes: 0, changed: 2 } });
  return {
    'calendar:get': () => ({
      version: version(),
      shippedVersion: SHIPPED_CALENDAR.version,
      localRevision: cal.revision,
      cutiBersamaIsDayOff: dayOff(),
      coveredYears: [2024, 2025, 2026],
      days: [...SHIPPED_CALENDAR.days, ...cal.local.map((d) => ({ ...d, kind: 'lokal' as const }))].sort((a, b) => a.date.localeCompare(b.date)),
      localDays: cal.local.map((d) => ({ ...d, kind: 'lokal' as const, addedAt: '2026-11-23T02:00:00.000Z', addedBy: 'tester' })),
    }),
    'calendar:addDay': (input: ParsedInput<'calendar:addDay'>) => {
      cal.local.push(input);
      cal.revision += 1;
      return change();
    },
    'calendar:setCutiBersama': (input: ParsedInput<'calendar:setCutiBersama'>) => {
      if (dayOff() === input.dayOff) return { version: version(), recomputed: { requests: 0, objections: 0, disputes: 0, changed: 0 } };
      cal.cutiBersamaIsDayOff = input.dayOff;
      return change();
    },
    'calendar:removeDay': (input: ParsedInput<'calendar:removeDay'>) => {
      cal.local = cal.local.filter((d) => d.date !== input.date);
      cal.revision += 1;
      return change();
    },
  };
}

// The calendar channels of the fake backend: the real shipped holidays plus local days kept in memory.
import type { ParsedInput } from '../../../shared/ipc/contract';
import { SHIPPED_CALENDAR } from '../../../shared/domain/calendar';

type DayKind = 'libur_nasional' | 'cuti_bersama' | 'lokal';

export interface FakeCalendar {
  local: { date: string; name: string; basis: string; kind?: DayKind }[];
  /** Shipped dates cancelled by the office, with the decree. */
  cancelled?: { date: string; basis: string }[];
  revision: number;
  /** Absent means the default: cuti bersama is a day off. */
  cutiBersamaIsDayOff?: boolean;
}

export function calendarHandlers(cal: FakeCalendar = { local: [], revision: 0 }) {
  const dayOff = () => cal.cutiBersamaIsDayOff ?? true;
  const version = () =>
    (cal.revision ? `${SHIPPED_CALENDAR.version}+lokal.${cal.revision}` : SHIPPED_CALENDAR.version) + (dayOff() ? '' : '+cb-kerja');
  const cancelled = () => cal.cancelled ?? [];
  const isCancelled = (date: string) => cancelled().some((c) => c.date === date);
  const change = () => ({ version: version(), recomputed: { requests: 3, objections: 1, disputes: 0, changed: 2 } });
  return {
    'calendar:get': () => ({
      version: version(),
      shippedVersion: SHIPPED_CALENDAR.version,
      localRevision: cal.revision,
      cutiBersamaIsDayOff: dayOff(),
      coveredYears: [2024, 2025, 2026],
      days: [...SHIPPED_CALENDAR.days.filter((d) => !isCancelled(d.date)), ...cal.local.map((d) => ({ ...d, kind: d.kind ?? ('lokal' as const) }))].sort((a, b) =>
        a.date.localeCompare(b.date),
      ),
      localDays: cal.local.map((d) => ({ ...d, kind: d.kind ?? ('lokal' as const), addedAt: '2026-11-23T02:00:00.000Z', addedBy: 'tester' })),
      cancelledDays: cancelled().map((c) => {
        const shipped = SHIPPED_CALENDAR.days.find((d) => d.date === c.date)!;
        return { date: c.date, kind: shipped.kind, name: shipped.name, basis: c.basis, addedAt: '2026-11-23T02:00:00.000Z', addedBy: 'tester' };
      }),
    }),
    'calendar:cancelShippedDay': (input: ParsedInput<'calendar:cancelShippedDay'>) => {
      cal.cancelled = [...cancelled(), input];
      cal.revision += 1;
      return change();
    },
    'calendar:restoreShippedDay': (input: ParsedInput<'calendar:restoreShippedDay'>) => {
      cal.cancelled = cancelled().filter((c) => c.date !== input.date);
      cal.revision += 1;
      return change();
    },
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

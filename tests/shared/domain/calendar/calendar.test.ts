// The working-day model. Weekdays and holidays below were read off a printed 2026 calendar and
// the SKB lists in DOMAIN.md, not taken from the implementation.
import { describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  CALENDAR_ID_2024_2026,
  createCalendar,
  daysOffBetween,
  describeDayOff,
  nextWorkingDay,
  workingDayOnOrAfter,
  workingDaysBetween,
  type CalendarData,
} from '../../../../shared/domain/calendar';

const cal = createCalendar(CALENDAR_ID_2024_2026);

describe('isWorkingDay / reasonOff', () => {
  it('an ordinary Tuesday is a working day with no reason off', () => {
    expect(cal.isWorkingDay('2026-03-17')).toBe(true);
    expect(cal.reasonOff('2026-03-17')).toBeNull();
  });

  it('Saturday and Sunday are off as weekend', () => {
    expect(cal.reasonOff('2026-03-28')).toEqual({ kind: 'weekend', name: 'Sabtu' });
    expect(cal.reasonOff('2026-03-29')).toEqual({ kind: 'weekend', name: 'Minggu' });
    expect(cal.isWorkingDay('2026-03-28')).toBe(false);
  });

  it('a cuti bersama is off, with its name and decree', () => {
    expect(cal.isWorkingDay('2026-03-18')).toBe(false);
    const reason = cal.reasonOff('2026-03-18');
    expect(reason).toMatchObject({ kind: 'cuti_bersama', name: 'Cuti bersama Hari Suci Nyepi Tahun Baru Saka 1948' });
    expect(reason && 'basis' in reason ? reason.basis : '').toContain('1497 Tahun 2025');
  });

  it('a libur nasional is off', () => {
    expect(cal.reasonOff('2026-03-19')).toMatchObject({ kind: 'libur_nasional', name: 'Hari Suci Nyepi Tahun Baru Saka 1948' });
  });

  it('a holiday on a weekend is reported as the holiday, not as the weekend', () => {
    // Sat 21 Mar 2026 is the first day of Idul Fitri 1447 H.
    expect(cal.reasonOff('2026-03-21')).toMatchObject({ kind: 'libur_nasional', name: 'Idul Fitri 1447 H' });
  });

  it('18 Aug 2025 (added by the August 2025 SKB amendment) is off', () => {
    expect(cal.isWorkingDay('2025-08-18')).toBe(false);
    expect(cal.reasonOff('2025-08-18')).toMatchObject({ kind: 'cuti_bersama' });
  });

  it('2024 election days (Keppres 10/2024 and 33/2024) are off', () => {
    expect(cal.reasonOff('2024-02-14')).toMatchObject({ kind: 'libur_nasional' });
    expect(cal.reasonOff('2024-11-27')).toMatchObject({ kind: 'libur_nasional' });
  });

  it('refuses an impossible date with an Indonesian message', () => {
    expect(() => cal.isWorkingDay('2026-02-30')).toThrow(/Tanggal "2026-02-30" tidak sah/);
    expect(() => cal.reasonOff('17-03-2026')).toThrow(/TTTT-BB-HH/);
  });
});

describe('cuti bersama setting', () => {
  const open = createCalendar(CALENDAR_ID_2024_2026, { cutiBersamaIsDayOff: false });

  it('defaults to cuti bersama being a day off', () => {
    expect(cal.cutiBersamaIsDayOff).toBe(true);
  });

  it('with the setting off, a weekday cuti bersama is a working day', () => {
    expect(open.cutiBersamaIsDayOff).toBe(false);
    expect(open.isWorkingDay('2026-03-18')).toBe(true);
    expect(open.reasonOff('2026-03-18')).toBeNull();
    // ... while the entry stays visible for the officer.
    expect(open.entry('2026-03-18')?.kind).toBe('cuti_bersama');
  });

  it('with the setting off, libur nasional and weekends stay off', () => {
    expect(open.isWorkingDay('2026-03-19')).toBe(false);
    expect(open.isWorkingDay('2026-03-28')).toBe(false);
  });
});

describe('local days and coverage', () => {
  const withLocal: CalendarData = {
    version: 'kaltim-2026.1',
    days: [
      ...CALENDAR_ID_2024_2026.days,
      // Fri 27 Nov 2026: an invented regional day off, for the test.
      { date: '2026-11-27', kind: 'lokal', name: 'Hari jadi kantor', basis: 'SE Sekda No. 1/2026' },
      // A local day in 2027 alone must not make 2027 "covered".
      { date: '2027-01-04', kind: 'lokal', name: 'Kerja bakti', basis: 'SE Sekda No. 2/2026' },
    ],
  };
  const local = createCalendar(withLocal);

  it('a lokal entry is a day off like any other', () => {
    expect(local.isWorkingDay('2026-11-27')).toBe(false);
    expect(local.reasonOff('2026-11-27')).toEqual({ kind: 'lokal', name: 'Hari jadi kantor', basis: 'SE Sekda No. 1/2026' });
    expect(local.version).toBe('kaltim-2026.1');
  });

  it('covers the years that have national holidays, and only those', () => {
    expect(cal.coveredYears).toEqual([2024, 2025, 2026]);
    expect(local.coveredYears).toEqual([2024, 2025, 2026]);
    expect(local.isCovered('2026-12-31')).toBe(true);
    expect(local.isCovered('2027-01-04')).toBe(false);
  });

  it('outside the covered years only weekends are off', () => {
    // Fri 1 Jan 2027 will surely be a holiday, but no decree is in the data yet.
    expect(cal.isWorkingDay('2027-01-01')).toBe(true);
    expect(cal.isWorkingDay('2027-01-02')).toBe(false);
  });
});

describe('working-day arithmetic', () => {
  it('addWorkingDays: day 0 is the date itself, day 1 the next working day', () => {
    expect(addWorkingDays('2026-03-17', 0, cal)).toBe('2026-03-17');
    // 18-24 Mar are all off (cuti, Nyepi, cuti, Idul Fitri x2 on the weekend, cuti x2): Wed 25 Mar.
    expect(addWorkingDays('2026-03-17', 1, cal)).toBe('2026-03-25');
    // Tue 26 May 2026 + 1: Wed 27 Idul Adha, Thu 28 cuti, Fri 29 → 29 May.
    expect(addWorkingDays('2026-05-26', 1, cal)).toBe('2026-05-29');
  });

  it('addWorkingDays counts from a non-working day as day 0 too', () => {
    // Sat 28 Mar 2026 → Mon 30 Mar is the first working day after it.
    expect(addWorkingDays('2026-03-28', 1, cal)).toBe('2026-03-30');
  });

  it('addWorkingDays goes backwards for negative n', () => {
    expect(addWorkingDays('2026-03-25', -1, cal)).toBe('2026-03-17');
    // Mon 30 Mar back 1 → Fri 27 Mar.
    expect(addWorkingDays('2026-03-30', -1, cal)).toBe('2026-03-27');
  });

  it('addWorkingDays refuses a fractional count', () => {
    expect(() => addWorkingDays('2026-03-17', 1.5, cal)).toThrow(/bilangan bulat/);
  });

  it('nextWorkingDay and workingDayOnOrAfter', () => {
    expect(nextWorkingDay('2026-03-17', cal)).toBe('2026-03-25');
    expect(workingDayOnOrAfter('2026-03-17', cal)).toBe('2026-03-17');
    expect(workingDayOnOrAfter('2026-03-21', cal)).toBe('2026-03-25');
  });

  it('workingDaysBetween is signed: working days left, 0 on the day, negative when overdue', () => {
    // 17 Mar → 8 Apr 2026 is the 10-day request clock worked out in tests/shared/domain/clocks.
    expect(workingDaysBetween('2026-03-17', '2026-04-08', cal)).toBe(10);
    expect(workingDaysBetween('2026-04-08', '2026-03-17', cal)).toBe(-10);
    expect(workingDaysBetween('2026-04-08', '2026-04-08', cal)).toBe(0);
    // Overdue: today Fri 10 Apr, due Wed 8 Apr → 9 and 10 Apr were working days after it: -2.
    expect(workingDaysBetween('2026-04-10', '2026-04-08', cal)).toBe(-2);
    // Today Saturday 28 Mar, due Monday 30 Mar: one working day left.
    expect(workingDaysBetween('2026-03-28', '2026-03-30', cal)).toBe(1);
    // Across a holiday block: Tue 17 → Wed 25 Mar 2026 is one working day.
    expect(workingDaysBetween('2026-03-17', '2026-03-25', cal)).toBe(1);
  });

  it('workingDaysBetween inverts addWorkingDays from a working day', () => {
    for (const n of [0, 1, 5, 10, 17, 30]) {
      expect(workingDaysBetween('2026-03-17', addWorkingDays('2026-03-17', n, cal), cal)).toBe(n);
    }
  });

  it('daysOffBetween lists the days off in order, both ends included', () => {
    expect(daysOffBetween('2026-03-27', '2026-03-30', cal)).toEqual([
      { date: '2026-03-28', reason: { kind: 'weekend', name: 'Sabtu' } },
      { date: '2026-03-29', reason: { kind: 'weekend', name: 'Minggu' } },
    ]);
    expect(daysOffBetween('2026-03-28', '2026-03-28', cal)).toHaveLength(1);
    expect(daysOffBetween('2026-03-30', '2026-03-27', cal)).toEqual([]);
  });
});

describe('describeDayOff', () => {
  it('writes the short date and the reason in Indonesian', () => {
    expect(describeDayOff('2026-03-18', cal.reasonOff('2026-03-18')!)).toBe(
      '18 Mar: cuti bersama Hari Suci Nyepi Tahun Baru Saka 1948',
    );
    expect(describeDayOff('2026-03-19', cal.reasonOff('2026-03-19')!)).toBe(
      '19 Mar: libur nasional Hari Suci Nyepi Tahun Baru Saka 1948',
    );
    expect(describeDayOff('2026-03-21', cal.reasonOff('2026-03-21')!)).toBe(
      '21 Mar: libur nasional Idul Fitri 1447 H, hari Sabtu',
    );
    expect(describeDayOff('2026-03-28', cal.reasonOff('2026-03-28')!)).toBe('28 Mar: Sabtu');
    expect(describeDayOff('2026-11-27', { kind: 'lokal', name: 'Pilkada', basis: 'x' })).toBe('27 Nov: libur lokal Pilkada');
  });
});

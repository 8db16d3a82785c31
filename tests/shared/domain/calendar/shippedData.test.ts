// The shipped holiday table, checked against the decrees as listed here by hand (not read back
// from the data file): SKB 855/2023 + Keppres 7/2024, 10/2024, 33/2024 for 2024; SKB 1017/2024 +
// Keppres 2/2025 + SKB 933/2025 (18 Aug) for 2025; SKB 1497/2025 for 2026 (DOMAIN.md).
import { describe, expect, it } from 'vitest';
import { CALENDAR_ID_2024_2026, CalendarFile, parseIsoDate, SHIPPED_CALENDAR } from '../../../../shared/domain/calendar';

const expected: Record<string, { libur: string[]; cuti: string[] }> = {
  '2024': {
    libur: [
      '01-01', '02-08', '02-10', '02-14', '03-11', '03-29', '03-31', '04-10', '04-11', '05-01',
      '05-09', '05-23', '06-01', '06-17', '07-07', '08-17', '09-16', '11-27', '12-25',
    ],
    // 11 Apr 2024 is NOT here: it is the second day of Idul Fitri, a libur nasional.
    cuti: ['02-09', '03-12', '04-08', '04-09', '04-12', '04-15', '05-10', '05-24', '06-18', '12-26'],
  },
  '2025': {
    libur: [
      '01-01', '01-27', '01-29', '03-29', '03-31', '04-01', '04-18', '04-20', '05-01', '05-12',
      '05-29', '06-01', '06-06', '06-27', '08-17', '09-05', '12-25',
    ],
    cuti: ['01-28', '03-28', '04-02', '04-03', '04-04', '04-07', '05-13', '05-30', '06-09', '08-18', '12-26'],
  },
  '2026': {
    libur: [
      '01-01', '01-16', '02-17', '03-19', '03-21', '03-22', '04-03', '04-05', '05-01', '05-14',
      '05-27', '05-31', '06-01', '06-16', '08-17', '08-25', '12-25',
    ],
    cuti: ['02-16', '03-18', '03-20', '03-23', '03-24', '05-15', '05-28', '12-24'],
  },
};

function datesOf(year: string, kind: 'libur_nasional' | 'cuti_bersama'): string[] {
  return CALENDAR_ID_2024_2026.days
    .filter((d) => d.date.startsWith(`${year}-`) && d.kind === kind)
    .map((d) => d.date.slice(5))
    .sort();
}

describe('shipped calendar id-2024-2026', () => {
  it('passes its own file schema', () => {
    expect(CalendarFile.safeParse(CALENDAR_ID_2024_2026).success).toBe(true);
    expect(SHIPPED_CALENDAR).toBe(CALENDAR_ID_2024_2026);
  });

  it('has a version', () => {
    expect(CALENDAR_ID_2024_2026.version).toMatch(/\S/);
  });

  for (const [year, lists] of Object.entries(expected)) {
    it(`${year}: libur nasional match the decrees`, () => {
      expect(datesOf(year, 'libur_nasional')).toEqual(lists.libur);
    });
    it(`${year}: cuti bersama match the decrees`, () => {
      expect(datesOf(year, 'cuti_bersama')).toEqual(lists.cuti);
    });
  }

  it('counts: 2026 has 17 libur nasional and 8 cuti bersama (SKB 1497/2025)', () => {
    expect(datesOf('2026', 'libur_nasional')).toHaveLength(17);
    expect(datesOf('2026', 'cuti_bersama')).toHaveLength(8);
  });

  it('counts: 2025 has 17 libur nasional and 10 + 1 cuti bersama (18 Aug added in Aug 2025)', () => {
    expect(datesOf('2025', 'libur_nasional')).toHaveLength(17);
    expect(datesOf('2025', 'cuti_bersama')).toHaveLength(11);
  });

  it('counts: 2024 has 17 SKB libur nasional + 2 election days, and 10 cuti bersama', () => {
    expect(datesOf('2024', 'libur_nasional')).toHaveLength(19);
    expect(datesOf('2024', 'cuti_bersama')).toHaveLength(10);
  });

  it('every cuti bersama falls on a weekday (a cuti bersama on a weekend would be a typo)', () => {
    for (const day of CALENDAR_ID_2024_2026.days.filter((d) => d.kind === 'cuti_bersama')) {
      const weekday = parseIsoDate(day.date)?.dayOfWeek;
      expect(weekday, day.date).toBeLessThanOrEqual(5);
    }
  });

  it('weekdays of key 2026 dates, checked against a printed calendar', () => {
    // Sat 21 and Sun 22 Mar 2026 are Idul Fitri; Fri 3 Apr Wafat; Sun 5 Apr Paskah; Sun 31 May Waisak.
    const weekday = (d: string) => parseIsoDate(d)?.dayOfWeek;
    expect(weekday('2026-03-21')).toBe(6);
    expect(weekday('2026-03-22')).toBe(7);
    expect(weekday('2026-04-03')).toBe(5);
    expect(weekday('2026-04-05')).toBe(7);
    expect(weekday('2026-05-31')).toBe(7);
  });

  it('cites a decree for every date and names every date in Indonesian', () => {
    for (const day of CALENDAR_ID_2024_2026.days) {
      expect(day.basis, day.date).toMatch(/(SKB|Keppres) /);
      expect(day.name, day.date).toMatch(/\S/);
      if (day.kind === 'cuti_bersama') expect(day.name, day.date).toMatch(/^Cuti bersama /);
    }
  });

  it('cites the right decree per year', () => {
    const basisOf = (date: string) => CALENDAR_ID_2024_2026.days.find((d) => d.date === date)?.basis ?? '';
    expect(basisOf('2024-04-10')).toContain('855 Tahun 2023');
    expect(basisOf('2024-04-08')).toContain('Keppres No. 7 Tahun 2024');
    expect(basisOf('2024-02-14')).toContain('Keppres No. 10 Tahun 2024');
    expect(basisOf('2024-11-27')).toContain('Keppres No. 33 Tahun 2024');
    expect(basisOf('2025-03-31')).toContain('1017 Tahun 2024');
    expect(basisOf('2025-04-02')).toContain('Keppres No. 2 Tahun 2025');
    expect(basisOf('2025-08-18')).toContain('933 Tahun 2025');
    expect(basisOf('2026-03-21')).toContain('1497 Tahun 2025');
  });
});

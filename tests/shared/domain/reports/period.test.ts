import { describe, expect, it } from 'vitest';
import { narrativeYearOf, parsePeriod, periodMonths } from '../../../../shared/domain/reports/period';

const ok = (text: string) => {
  const r = parsePeriod(text);
  if (!r.ok) throw new Error(r.message);
  return r.period;
};

describe('report periods', () => {
  it('names a year, semester, quarter, month and range with their first and last office-local days', () => {
    expect(ok('2026')).toMatchObject({ key: '2026', from: '2026-01-01', to: '2026-12-31', label: 'Tahun 2026' });
    expect(ok('2026-s2')).toMatchObject({ key: '2026-S2', from: '2026-07-01', to: '2026-12-31', label: 'Semester II 2026' });
    expect(ok('2026-Q1')).toMatchObject({ from: '2026-01-01', to: '2026-03-31', label: 'Triwulan I 2026' });
    expect(ok('2026-TW3')).toMatchObject({ key: '2026-Q3', from: '2026-07-01', to: '2026-09-30' });
    expect(ok('2028-02')).toMatchObject({ from: '2028-02-01', to: '2028-02-29', label: 'Februari 2028' });
    expect(ok(' 2026-01-15..2026-06-30 ')).toMatchObject({ kind: 'range', from: '2026-01-15', to: '2026-06-30', label: '15 Januari 2026 s.d. 30 Juni 2026' });
  });

  it('refuses what is not a period, in Indonesian, with the forms it accepts', () => {
    for (const bad of ['', '26', '2026-13', '2026-Q5', '2026-S3', '1999', '2026-02-30..2026-03-01', '2026-06-30..2026-01-01', 'tahun lalu']) {
      const r = parsePeriod(bad);
      expect(r.ok, bad).toBe(false);
      if (!r.ok) expect(r.message).toContain('2026-S1');
    }
    const r = parsePeriod('2026-06-30..2026-01-01');
    expect(!r.ok && r.message).toContain('tanggal awal sesudah tanggal akhir');
  });

  it('lists the months a period touches across a year end, and prints the narrative of the year it ends in', () => {
    expect(periodMonths(ok('2026-11-20..2027-02-03'))).toEqual(['2026-11', '2026-12', '2027-01', '2027-02']);
    expect(periodMonths(ok('2026'))).toHaveLength(12);
    expect(narrativeYearOf(ok('2026-S1'))).toBe(2026);
  });
});

// Validation of calendar files an administrator loads: bad dates, duplicates, unknown kinds, each
// with an Indonesian message that points at the entry to fix.
import { describe, expect, it } from 'vitest';
import { CalendarFile, parseCalendarFile } from '../../../../shared/domain/calendar';

const day = (date: string, extra: Record<string, unknown> = {}) => ({
  date,
  kind: 'libur_nasional',
  name: 'Hari uji',
  basis: 'SKB uji',
  ...extra,
});

function errorsOf(input: unknown): string[] {
  const result = parseCalendarFile(input);
  if (result.ok) throw new Error('expected the file to be rejected');
  return result.errors;
}

describe('CalendarFile', () => {
  it('accepts a minimal valid file, lokal days included', () => {
    const result = parseCalendarFile({
      version: 'kantor-2026.2',
      days: [day('2026-01-01'), day('2026-11-27', { kind: 'lokal', name: 'Pilkada', basis: 'SE Gubernur' })],
    });
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value.days[1]?.kind).toBe('lokal');
  });

  it('accepts an empty list of days (a calendar of weekends only)', () => {
    expect(parseCalendarFile({ version: 'kosong', days: [] }).ok).toBe(true);
  });

  it('rejects 2026-02-30, a date that does not exist', () => {
    const errors = errorsOf({ version: 'v', days: [day('2026-01-01'), day('2026-02-30')] });
    expect(errors).toEqual(['Entri ke-2 (date): Tanggal 2026-02-30 tidak ada di kalender.']);
  });

  it('rejects 29 Feb in a non-leap year but accepts it in a leap year', () => {
    expect(errorsOf({ version: 'v', days: [day('2026-02-29')] })[0]).toContain('tidak ada di kalender');
    expect(parseCalendarFile({ version: 'v', days: [day('2028-02-29')] }).ok).toBe(true);
  });

  it('rejects a date not written YYYY-MM-DD', () => {
    const errors = errorsOf({ version: 'v', days: [day('2026-3-1'), day('17/03/2026')] });
    expect(errors).toHaveLength(2);
    expect(errors[0]).toBe('Entri ke-1 (date): Tanggal "2026-3-1" harus berbentuk TTTT-BB-HH, mis. 2026-03-18.');
    expect(errors[1]).toContain('Entri ke-2 (date)');
  });

  it('rejects a duplicate date, naming both entries', () => {
    const errors = errorsOf({
      version: 'v',
      days: [day('2026-03-18'), day('2026-03-19'), day('2026-03-18', { kind: 'lokal' })],
    });
    expect(errors).toEqual(['Entri ke-3 (date): Tanggal 2026-03-18 tercantum lebih dari sekali (entri ke-1 dan ke-3).']);
  });

  it('rejects an unknown kind', () => {
    const errors = errorsOf({ version: 'v', days: [day('2026-03-18', { kind: 'libur_daerah' })] });
    expect(errors).toEqual(['Entri ke-1 (kind): Jenis hari harus libur_nasional, cuti_bersama atau lokal.']);
  });

  it('rejects empty name and basis', () => {
    const errors = errorsOf({ version: 'v', days: [day('2026-03-18', { name: '  ', basis: '' })] });
    expect(errors).toEqual([
      'Entri ke-1 (name): Nama hari libur wajib diisi.',
      'Entri ke-1 (basis): Dasar hukum (nomor keputusan) wajib diisi.',
    ]);
  });

  it('rejects a missing version and a missing list of days', () => {
    const errors = errorsOf({});
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatch(/^version: Versi kalender wajib diisi/);
    expect(errors[1]).toMatch(/^days: Daftar hari \(days\) wajib berupa daftar/);
  });

  it('rejects a value that is not an object at all', () => {
    expect(errorsOf('kalender')).toHaveLength(1);
    expect(errorsOf(null)).toHaveLength(1);
  });

  it('trims names and drops unknown fields', () => {
    const parsed = CalendarFile.parse({ version: ' v1 ', days: [day('2026-03-18', { name: '  Nyepi ', note: 'x' })] });
    expect(parsed.version).toBe('v1');
    expect(parsed.days[0]).toEqual({ date: '2026-03-18', kind: 'libur_nasional', name: 'Nyepi', basis: 'SKB uji' });
  });
});

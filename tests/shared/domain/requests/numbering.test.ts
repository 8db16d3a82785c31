import { describe, expect, it } from 'vitest';
import { formatNumber, patternProblem, romanMonth } from '../../../../shared/domain/requests/numbering';

describe('registration numbers', () => {
  it('fills the default pattern', () => {
    expect(formatNumber('{seq}/PPID/{roman_month}/{year}', 3, { seq: 7, year: 2026, month: 3, unit: 'X' })).toBe('007/PPID/III/2026');
  });

  it('fills every token and pads the sequence to the configured width', () => {
    expect(formatNumber('{unit}.{year}.{month}.{seq}', 5, { seq: 42, year: 2027, month: 1, unit: 'DISKOMINFO' })).toBe('DISKOMINFO.2027.01.00042');
    // A sequence longer than the width is written whole, never cut.
    expect(formatNumber('{seq}/{year}', 2, { seq: 1234, year: 2026, month: 12, unit: '' })).toBe('1234/2026');
  });

  it('writes the months in Roman numerals', () => {
    expect(Array.from({ length: 12 }, (_, i) => romanMonth(i + 1))).toEqual(['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII']);
    expect(() => romanMonth(13)).toThrow(RangeError);
  });

  it.each([
    ['', 'Pola nomor wajib diisi.'],
    ['{seq}/PPID/{year', 'Pola nomor memuat kurung kurawal yang tidak berpasangan.'],
    ['{seq}/{tahun}', 'Pola nomor memuat penanda yang tidak dikenal: {tahun}. Penanda yang boleh: {seq}, {year}, {roman_month}, {month}, {unit}.'],
    ['PPID/{roman_month}/{year}', 'Pola nomor wajib memuat {seq} (nomor urut).'],
    ['{seq}/PPID/{roman_month}', 'Pola nomor wajib memuat {year} (tahun), karena nomor urut dimulai dari 1 setiap tahun.'],
    ['{seq}/{seq}/{year}', 'Pola nomor hanya boleh memuat satu {seq}.'],
  ])('refuses the pattern %j', (pattern, message) => {
    expect(patternProblem(pattern)).toBe(message);
  });
});

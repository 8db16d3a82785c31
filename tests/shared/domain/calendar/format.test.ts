import { describe, expect, it } from 'vitest';
import {
  formatHariTanggal,
  formatJam,
  formatTanggal,
  formatTanggalPendek,
  namaHari,
} from '../../../../shared/domain/calendar';

describe('formatTanggal', () => {
  it('long and short forms', () => {
    expect(formatTanggal('2026-11-23')).toBe('23 November 2026');
    expect(formatTanggal('2026-11-23', 'short')).toBe('23 Nov');
    expect(formatTanggalPendek('2026-11-23')).toBe('23 Nov');
  });

  it('no leading zero on the day', () => {
    expect(formatTanggal('2026-04-03')).toBe('3 April 2026');
    expect(formatTanggalPendek('2026-04-03')).toBe('3 Apr');
  });

  it('every month, in Indonesian', () => {
    const long = Array.from({ length: 12 }, (_, i) => formatTanggal(`2026-${String(i + 1).padStart(2, '0')}-01`));
    expect(long).toEqual([
      '1 Januari 2026', '1 Februari 2026', '1 Maret 2026', '1 April 2026', '1 Mei 2026', '1 Juni 2026',
      '1 Juli 2026', '1 Agustus 2026', '1 September 2026', '1 Oktober 2026', '1 November 2026', '1 Desember 2026',
    ]);
    const short = Array.from({ length: 12 }, (_, i) => formatTanggalPendek(`2026-${String(i + 1).padStart(2, '0')}-01`));
    expect(short).toEqual(['1 Jan', '1 Feb', '1 Mar', '1 Apr', '1 Mei', '1 Jun', '1 Jul', '1 Agu', '1 Sep', '1 Okt', '1 Nov', '1 Des']);
  });

  it('day names', () => {
    expect(formatHariTanggal('2026-03-17')).toBe('Selasa, 17 Maret 2026');
    expect(namaHari('2026-03-22')).toBe('Minggu');
    expect(namaHari('2026-03-23')).toBe('Senin');
    expect(namaHari('2026-12-18')).toBe('Jumat');
  });

  it('clock times with a dot', () => {
    expect(formatJam('16:00')).toBe('16.00');
  });

  it('refuses a date that does not exist', () => {
    expect(() => formatTanggal('2026-02-30')).toThrow(/tidak sah/);
  });
});

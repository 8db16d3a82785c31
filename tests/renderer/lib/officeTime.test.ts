// Dates the screens show are the office's (WITA), whatever zone the PC is set to.
import { describe, expect, it } from 'vitest';
import { formatOfficeDate } from '../../../renderer/src/lib/officeTime';

describe('formatOfficeDate', () => {
  // 17 March 01.30 WITA is still 16 March in UTC (and on a PC set to Jakarta's WIB it is 00.30 the 17th).
  const instant = '2026-03-16T17:30:00.000Z';

  it('names the day on the office calendar, not UTC', () => {
    expect(formatOfficeDate(instant, 'Asia/Makassar', 'id')).toBe('17 Maret 2026');
    expect(formatOfficeDate(instant, 'Asia/Jakarta', 'id')).toBe('17 Maret 2026');
    expect(formatOfficeDate(instant, 'UTC', 'id')).toBe('16 Maret 2026');
  });

  it('speaks English when the screen does', () => {
    expect(formatOfficeDate(instant, 'Asia/Makassar', 'en')).toBe('17 March 2026');
  });
});

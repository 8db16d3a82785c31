// The five clocks, their lengths against the law, and the errors an officer can make.
import { describe, expect, it } from 'vitest';
import { CALENDAR_ID_2024_2026, createCalendar } from '../../../../shared/domain/calendar';
import {
  CLOCK_IDS,
  CLOCKS,
  ClockInputError,
  computeDeadline,
  DeadlineInput,
  workingDaysBetween,
  type ClockId,
} from '../../../../shared/domain/clocks';

const cal = createCalendar(CALENDAR_ID_2024_2026);
const compute = (clock: ClockId, from: string, extra: { zone?: string; cutoff?: string } = {}) =>
  computeDeadline({ clock, from, ...extra }, cal);

describe('clock lengths (UU KIP, Perki 1/2021)', () => {
  it('are 10, 7, 30, 30 and 14 working days, each citing its article', () => {
    expect(CLOCK_IDS).toEqual(['request', 'extension', 'objection-window', 'objection-answer', 'dispute']);
    expect(CLOCKS.request).toMatchObject({ workingDays: 10, basis: 'UU KIP Pasal 22 ayat (7)' });
    expect(CLOCKS.extension).toMatchObject({ workingDays: 7, basis: 'UU KIP Pasal 22 ayat (8)' });
    expect(CLOCKS['objection-window'].workingDays).toBe(30);
    expect(CLOCKS['objection-window'].basis).toContain('Pasal 35');
    expect(CLOCKS['objection-window'].basis).toContain('Perki No. 1 Tahun 2021 Pasal 39');
    expect(CLOCKS['objection-answer']).toMatchObject({ workingDays: 30, basis: 'UU KIP Pasal 36 ayat (2)' });
    expect(CLOCKS.dispute).toMatchObject({ workingDays: 14, basis: 'UU KIP Pasal 37 ayat (2)' });
  });
});

describe('each clock, counted by hand', () => {
  it('request: Tue 17 Mar 2026 10:00 WITA → Wed 8 Apr 2026 (see requestClock.test.ts)', () => {
    expect(compute('request', '2026-03-17T10:00:00+08:00').due).toBe('2026-04-08');
  });

  it('extension: +7 from the original due date Wed 8 Apr 2026 → Fri 17 Apr 2026', () => {
    // 8 Apr = 0; 9 Thu = 1, 10 Fri = 2, (11-12), 13 = 3, 14 = 4, 15 = 5, 16 = 6, 17 Fri = 7.
    const result = compute('extension', '2026-04-08');
    expect(result.workingDays).toBe(7);
    expect(result.receivedLocalTime).toBeNull();
    expect(result.effectiveStart).toBe('2026-04-08');
    expect(result.due).toBe('2026-04-17');
    expect(result.skipped.map((d) => d.date)).toEqual(['2026-04-11', '2026-04-12']);
    expect(result.explanation[0]).toBe('Jangka waktu semula berakhir Rabu, 8 April 2026.');
    // 17 working days at most in all (UU KIP Ps 22(8)): 17 Mar → 17 Apr.
    expect(workingDaysBetween('2026-03-17', result.due, cal)).toBe(17);
  });

  it('extension ignores the cutoff and zone: the original due date is already a local date', () => {
    expect(compute('extension', '2026-04-08', { cutoff: '00:00', zone: 'Asia/Jayapura' }).due).toBe('2026-04-17');
  });

  it('extension refuses an instant', () => {
    expect(() => compute('extension', '2026-04-08T10:00:00+08:00')).toThrow(ClockInputError);
    expect(() => compute('extension', '2026-04-08T10:00:00+08:00')).toThrow(/perpanjangan \(extension\).*TTTT-BB-HH/);
  });

  it('objection-window: 30 from Wed 1 Jul 2026 → Wed 12 Aug 2026', () => {
    // No holidays in July 2026. 2-3 Jul = 1-2, 6-10 = 3-7, 13-17 = 8-12, 20-24 = 13-17,
    // 27-31 = 18-22, 3-7 Aug = 23-27, 10 = 28, 11 = 29, 12 Aug = 30.
    const result = compute('objection-window', '2026-07-01');
    expect(result.due).toBe('2026-08-12');
    expect(result.explanation[0]).toBe('Alasan keberatan timbul Rabu, 1 Juli 2026.');
  });

  it('objection-answer: 30 from Mon 3 Aug 2026 → Wed 16 Sep 2026', () => {
    // 4-7 Aug = 1-4, 10-14 = 5-9, (17 Proklamasi), 18-21 = 10-13, 24 = 14, (25 Maulid),
    // 26-28 = 15-17, 31 = 18, 1-4 Sep = 19-22, 7-11 = 23-27, 14 = 28, 15 = 29, 16 Sep = 30.
    const result = compute('objection-answer', '2026-08-03');
    expect(result.due).toBe('2026-09-16');
    expect(result.skipped.map((d) => d.date)).toContain('2026-08-17');
    expect(result.skipped.map((d) => d.date)).toContain('2026-08-25');
  });

  it('dispute: 14 from Mon 11 May 2026 09:00 WITA → Fri 5 Jun 2026', () => {
    // 12 = 1, 13 = 2, (14 Kenaikan, 15 cuti), 18-22 = 3-7, 25 = 8, 26 = 9, (27 Idul Adha,
    // 28 cuti), 29 Fri = 10, (30-31, 1 Jun Pancasila), 2 = 11, 3 = 12, 4 = 13, 5 Fri = 14.
    const result = compute('dispute', '2026-05-11T09:00:00+08:00');
    expect(result.workingDays).toBe(14);
    expect(result.due).toBe('2026-06-05');
    expect(result.explanation[2]).toContain('14 hari kerja (UU KIP Pasal 37 ayat (2))');
  });

  it('every clock echoes its inputs and the calendar version', () => {
    for (const clock of CLOCK_IDS) {
      const result = compute(clock, '2026-07-01');
      expect(result.clock).toBe(clock);
      expect(result.from).toBe('2026-07-01');
      expect(result.workingDays).toBe(CLOCKS[clock].workingDays);
      expect(result.calendarVersion).toBe(CALENDAR_ID_2024_2026.version);
    }
  });
});

describe('input errors, in Indonesian', () => {
  it('an instant without an offset is refused', () => {
    expect(() => compute('request', '2026-03-17T10:00:00')).toThrow(ClockInputError);
    expect(() => compute('request', '2026-03-17T10:00')).toThrow(/tidak mencantumkan zona waktu.*\+08:00/);
  });

  it('a date that does not exist is refused, bare or in an instant', () => {
    expect(() => compute('request', '2026-02-30')).toThrow(/Tanggal "2026-02-30" tidak ada di kalender/);
    expect(() => compute('request', '2026-02-30T10:00:00+08:00')).toThrow(/tidak sah/);
  });

  it('text that is neither a date nor an instant is refused', () => {
    expect(() => compute('request', 'kemarin')).toThrow(/tidak dikenali/);
    expect(() => compute('request', '17/03/2026')).toThrow(/tidak dikenali/);
    expect(() => compute('request', '  ')).toThrow(/wajib diisi/);
  });

  it('an unknown zone is refused', () => {
    expect(() => compute('request', '2026-03-17', { zone: 'Asia/Samarinda' })).toThrow(
      /Zona waktu "Asia\/Samarinda" tidak dikenal/,
    );
  });

  it('a malformed cutoff is refused', () => {
    for (const cutoff of ['4pm', '24:00', '16.00', '9:00']) {
      expect(() => compute('request', '2026-03-17', { cutoff })).toThrow(/Batas jam layanan .* tidak sah/);
    }
  });

  it('an unknown clock is refused', () => {
    expect(() => computeDeadline({ clock: 'appeal' as ClockId, from: '2026-03-17' }, cal)).toThrow(
      /Jenis jangka waktu "appeal" tidak dikenal/,
    );
  });
});

describe('DeadlineInput schema', () => {
  it('accepts a JSON line with nulls for the optional fields', () => {
    expect(DeadlineInput.parse({ clock: 'dispute', from: '2026-05-11', zone: null, cutoff: null })).toEqual({
      clock: 'dispute',
      from: '2026-05-11',
      zone: null,
      cutoff: null,
    });
  });

  it('names the valid clocks when the clock is wrong', () => {
    const parsed = DeadlineInput.safeParse({ clock: 'banding', from: '2026-05-11' });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toBe(
      'Jenis jangka waktu (clock) harus salah satu dari: request, extension, objection-window, objection-answer, dispute.',
    );
  });
});

// The 10-working-day request clock (UU KIP Ps 22(7)) around the hard stretches of the calendar.
// Every expected date is counted by hand in the comment above it: day 0 is the (effective) day of
// receipt, day 1 the next working day, the deadline the end of day 10.
import { describe, expect, it } from 'vitest';
import { CALENDAR_ID_2024_2026, createCalendar, type CalendarData } from '../../../../shared/domain/calendar';
import { computeDeadline } from '../../../../shared/domain/clocks';

const cal = createCalendar(CALENDAR_ID_2024_2026);
const request = (from: string, extra: { zone?: string; cutoff?: string } = {}) =>
  computeDeadline({ clock: 'request', from, ...extra }, cal);

describe('request clock around Idul Fitri 2026', () => {
  // Tue 17 Mar 2026 10:00 WITA: a working day, before 16:00 → day 0 = 17 Mar.
  // Off: 18 Wed cuti bersama Nyepi, 19 Thu Nyepi, 20 Fri cuti bersama Idul Fitri,
  //      21 Sat + 22 Sun Idul Fitri, 23 Mon + 24 Tue cuti bersama Idul Fitri.
  // 25 Wed = 1, 26 Thu = 2, 27 Fri = 3, (28-29 weekend), 30 Mon = 4, 31 Tue = 5, 1 Apr Wed = 6,
  // 2 Apr Thu = 7, (3 Fri Wafat Yesus Kristus, 4 Sat, 5 Sun Paskah), 6 Mon = 8, 7 Tue = 9,
  // 8 Wed = 10 → due Wednesday 8 April 2026.
  const result = request('2026-03-17T10:00:00+08:00');

  it('due 8 April 2026', () => {
    expect(result.receivedLocalDate).toBe('2026-03-17');
    expect(result.receivedLocalTime).toBe('10:00');
    expect(result.effectiveStart).toBe('2026-03-17');
    expect(result.due).toBe('2026-04-08');
    expect(result.workingDays).toBe(10);
    expect(result.zone).toBe('Asia/Makassar');
    expect(result.cutoff).toBe('16:00');
    expect(result.calendarVersion).toBe(CALENDAR_ID_2024_2026.version);
    expect(result.coverageWarning).toBeNull();
  });

  it('lists the twelve days off between 17 Mar and 8 Apr with reasons', () => {
    expect(result.skipped.map((d) => d.date)).toEqual([
      '2026-03-18', '2026-03-19', '2026-03-20', '2026-03-21', '2026-03-22', '2026-03-23', '2026-03-24',
      '2026-03-28', '2026-03-29', '2026-04-03', '2026-04-04', '2026-04-05',
    ]);
    expect(result.skipped[0]?.reason).toBe('18 Mar: cuti bersama Hari Suci Nyepi Tahun Baru Saka 1948');
    expect(result.skipped[1]?.reason).toBe('19 Mar: libur nasional Hari Suci Nyepi Tahun Baru Saka 1948');
    expect(result.skipped[3]?.reason).toBe('21 Mar: libur nasional Idul Fitri 1447 H, hari Sabtu');
    expect(result.skipped[7]?.reason).toBe('28 Mar: Sabtu');
    expect(result.skipped[9]?.reason).toBe('3 Apr: libur nasional Wafat Yesus Kristus');
  });

  it('explains start, day 0, the rule, the days skipped, the due date and the calendar', () => {
    expect(result.explanation[0]).toBe('Permohonan diterima Selasa, 17 Maret 2026 pukul 10.00 WITA (Asia/Makassar).');
    expect(result.explanation[1]).toBe(
      'Hari itu hari kerja dan waktunya sebelum batas jam layanan 16.00, sehingga hari itu menjadi hari ke-0.',
    );
    expect(result.explanation[2]).toContain('10 hari kerja (UU KIP Pasal 22 ayat (7))');
    expect(result.explanation[3]).toMatch(/^Hari yang tidak dihitung: 18 Mar: cuti bersama .*; 5 Apr: .*\.$/);
    expect(result.explanation[4]).toBe('Tenggat: akhir hari kerja Rabu, 8 April 2026.');
    expect(result.explanation[5]).toBe(
      `Kalender hari libur versi ${CALENDAR_ID_2024_2026.version}; cuti bersama dihitung sebagai hari libur.`,
    );
    expect(result.explanation).toHaveLength(6);
  });

  it('at 16:00 the same day, day 0 moves past the whole holiday block to 25 Mar', () => {
    // 16:00 is not before the cutoff → next working day after 17 Mar = Wed 25 Mar (day 0).
    // 26 = 1, 27 = 2, 30 = 3, 31 = 4, 1 Apr = 5, 2 Apr = 6, (3-5 off), 6 = 7, 7 = 8, 8 = 9, 9 Thu = 10.
    const late = request('2026-03-17T16:00:00+08:00');
    expect(late.receivedLocalDate).toBe('2026-03-17');
    expect(late.effectiveStart).toBe('2026-03-25');
    expect(late.due).toBe('2026-04-09');
    expect(late.skipped).toHaveLength(12);
    expect(late.explanation[1]).toBe(
      'Waktu itu tidak sebelum batas jam layanan 16.00, sehingga dihitung diterima pada hari kerja berikutnya: Rabu, 25 Maret 2026 (hari ke-0).',
    );
  });

  it('with cuti bersama counted as working days, due 1 April 2026', () => {
    // Only 19 Mar (Nyepi), 21-22 (Idul Fitri, weekend) and weekends are off now.
    // 17 = 0; 18 = 1, 20 = 2, 23 = 3, 24 = 4, 25 = 5, 26 = 6, 27 = 7, 30 = 8, 31 = 9, 1 Apr = 10.
    const open = computeDeadline(
      { clock: 'request', from: '2026-03-17T10:00:00+08:00' },
      createCalendar(CALENDAR_ID_2024_2026, { cutiBersamaIsDayOff: false }),
    );
    expect(open.due).toBe('2026-04-01');
    expect(open.cutiBersamaIsDayOff).toBe(false);
    expect(open.skipped.map((d) => d.date)).toEqual(['2026-03-19', '2026-03-21', '2026-03-22', '2026-03-28', '2026-03-29']);
    expect(open.explanation.at(-1)).toContain('cuti bersama dihitung sebagai hari kerja');
  });
});

describe('request clock around Idul Fitri 2025', () => {
  it('Thu 27 Mar 2025 10:00 WITA → due Tue 22 Apr 2025', () => {
    // 27 Mar = 0. Off: 28 Fri cuti Nyepi, 29 Sat Nyepi, 30 Sun, 31 Mon + 1 Apr Tue Idul Fitri,
    // 2-4 Apr cuti, 5-6 weekend, 7 Mon cuti. 8 Tue = 1, 9 = 2, 10 = 3, 11 Fri = 4, 14 = 5, 15 = 6,
    // 16 = 7, 17 Thu = 8, (18 Fri Wafat, 19 Sat, 20 Sun Paskah), 21 Mon = 9, 22 Tue = 10.
    const result = request('2025-03-27T10:00:00+08:00');
    expect(result.effectiveStart).toBe('2025-03-27');
    expect(result.due).toBe('2025-04-22');
  });
});

describe('request clock across the year end', () => {
  it('2024 → 2025: Mon 23 Dec 2024 (a bare date) → due Thu 9 Jan 2025', () => {
    // 23 = 0; 24 Tue = 1, (25 Natal, 26 cuti), 27 Fri = 2, 30 Mon = 3, 31 Tue = 4, (1 Jan),
    // 2 Thu = 5, 3 Fri = 6, 6 Mon = 7, 7 = 8, 8 = 9, 9 Thu = 10.
    const result = request('2024-12-23');
    expect(result.receivedLocalTime).toBeNull();
    expect(result.due).toBe('2025-01-09');
  });

  it('2025 → 2026: Mon 22 Dec 2025 09:00 WITA → due Thu 8 Jan 2026', () => {
    // 22 = 0; 23 Tue = 1, 24 Wed = 2 (24 Dec 2025 is not a cuti bersama), (25 Natal, 26 cuti,
    // 27-28 weekend), 29 = 3, 30 = 4, 31 = 5, (1 Jan 2026), 2 Fri = 6, (3-4), 5 = 7, 6 = 8, 7 = 9, 8 Thu = 10.
    const result = request('2025-12-22T09:00:00+08:00');
    expect(result.due).toBe('2026-01-08');
    expect(result.skipped.map((d) => d.date)).toEqual([
      '2025-12-25', '2025-12-26', '2025-12-27', '2025-12-28', '2026-01-01', '2026-01-03', '2026-01-04',
    ]);
    expect(result.coverageWarning).toBeNull();
  });

  it('2026 → 2027: no 2027 data, weekends only, with a coverage warning', () => {
    // Mon 21 Dec 2026 = 0; 22 = 1, 23 = 2, (24 cuti, 25 Natal, 26-27), 28 = 3, 29 = 4, 30 = 5,
    // 31 Thu = 6, 1 Jan 2027 Fri = 7 (no decree in the data), (2-3), 4 Mon = 8, 5 = 9, 6 Wed = 10.
    const result = request('2026-12-21T10:00:00+08:00');
    expect(result.due).toBe('2027-01-06');
    expect(result.coverageWarning).toMatch(/kalender versi id-2024-2026\.1 hanya memuat hari libur tahun 2024, 2025 dan 2026/);
    expect(result.coverageWarning).toMatch(/Untuk tahun 2027 hanya Sabtu dan Minggu/);
    expect(result.explanation.at(-1)).toBe(result.coverageWarning);
  });

  it('2026 → 2027 with 2027 data added: 1 Jan off, due Thu 7 Jan 2027, no warning', () => {
    // As above, but 1 Jan 2027 is off: 4 Mon = 7, 5 = 8, 6 = 9, 7 Thu = 10.
    const data: CalendarData = {
      version: 'uji-2027',
      days: [
        ...CALENDAR_ID_2024_2026.days,
        { date: '2027-01-01', kind: 'libur_nasional', name: 'Tahun Baru 2027 Masehi', basis: 'SKB uji' },
      ],
    };
    const result = computeDeadline({ clock: 'request', from: '2026-12-21T10:00:00+08:00' }, createCalendar(data));
    expect(result.due).toBe('2027-01-07');
    expect(result.coverageWarning).toBeNull();
    expect(result.calendarVersion).toBe('uji-2027');
  });
});

describe('receipt on a non-working day', () => {
  it('Saturday 6 Jun 2026 10:00 WITA counts from Monday 8 Jun → due Tue 23 Jun', () => {
    // 8 Jun = 0; 9 = 1, 10 = 2, 11 = 3, 12 Fri = 4, 15 Mon = 5, (16 Tahun Baru Islam), 17 = 6,
    // 18 = 7, 19 = 8, 22 Mon = 9, 23 Tue = 10.
    const result = request('2026-06-06T10:00:00+08:00');
    expect(result.receivedLocalDate).toBe('2026-06-06');
    expect(result.effectiveStart).toBe('2026-06-08');
    expect(result.due).toBe('2026-06-23');
    // The Saturday of receipt is itself listed: skipped starts at the received date.
    expect(result.skipped.map((d) => d.date)).toEqual([
      '2026-06-06', '2026-06-07', '2026-06-13', '2026-06-14', '2026-06-16', '2026-06-20', '2026-06-21',
    ]);
    expect(result.explanation[1]).toBe(
      'Hari itu bukan hari kerja (Sabtu), sehingga penghitungan dimulai pada hari kerja berikutnya: Senin, 8 Juni 2026 (hari ke-0).',
    );
  });

  it('a bare Sunday date counts from Monday too (no time rule for dates)', () => {
    const result = request('2026-06-07');
    expect(result.receivedLocalTime).toBeNull();
    expect(result.effectiveStart).toBe('2026-06-08');
    expect(result.due).toBe('2026-06-23');
  });

  it('receipt on a holiday before a long weekend: Thu 14 May 2026 (Kenaikan) → due Thu 4 Jun', () => {
    // 14 Thu Kenaikan, 15 Fri cuti, 16-17 weekend → day 0 Mon 18 May.
    // 19 = 1, 20 = 2, 21 = 3, 22 = 4, 25 = 5, 26 = 6, (27 Idul Adha, 28 cuti), 29 Fri = 7,
    // (30-31, 31 Waisak; 1 Jun Pancasila), 2 Tue = 8, 3 = 9, 4 Thu = 10.
    const result = request('2026-05-14T09:00:00+08:00');
    expect(result.effectiveStart).toBe('2026-05-18');
    expect(result.due).toBe('2026-06-04');
    expect(result.explanation[1]).toContain('bukan hari kerja (libur nasional Kenaikan Yesus Kristus)');
  });

  it('a bare working date is day 0 itself', () => {
    const result = request('2026-03-17');
    expect(result.effectiveStart).toBe('2026-03-17');
    expect(result.due).toBe('2026-04-08');
    expect(result.explanation[0]).toBe('Permohonan diterima Selasa, 17 Maret 2026.');
    expect(result.explanation[1]).toBe('Hari itu hari kerja dan menjadi hari ke-0.');
  });
});

describe('office-hours cutoff', () => {
  // Fri 5 Jun 2026. Before the cutoff: day 0 = Fri 5 Jun → 8 = 1, 9 = 2, 10 = 3, 11 = 4, 12 = 5,
  // 15 = 6, (16 off), 17 = 7, 18 = 8, 19 = 9, 22 Mon = 10 → 22 Jun.
  // At or after: day 0 = Mon 8 Jun → 23 Jun (counted in the weekend case above).
  it('15:59 is before 16:00: day 0 is Friday, due 22 Jun', () => {
    const result = request('2026-06-05T15:59:00+08:00');
    expect(result.effectiveStart).toBe('2026-06-05');
    expect(result.due).toBe('2026-06-22');
  });

  it('15:59:59.999 is still before 16:00', () => {
    expect(request('2026-06-05T15:59:59.999+08:00').effectiveStart).toBe('2026-06-05');
  });

  it('16:00 exactly is not before 16:00: day 0 is Monday, due 23 Jun', () => {
    const result = request('2026-06-05T16:00:00+08:00');
    expect(result.receivedLocalTime).toBe('16:00');
    expect(result.effectiveStart).toBe('2026-06-08');
    expect(result.due).toBe('2026-06-23');
  });

  it('a custom cutoff moves the line', () => {
    expect(request('2026-06-05T15:30:00+08:00', { cutoff: '15:00' }).effectiveStart).toBe('2026-06-08');
    expect(request('2026-06-05T16:30:00+08:00', { cutoff: '17:00' }).effectiveStart).toBe('2026-06-05');
    expect(request('2026-06-05T16:30:00+08:00', { cutoff: '17:00' }).cutoff).toBe('17:00');
  });

  it('a bare date ignores the cutoff', () => {
    expect(request('2026-06-05', { cutoff: '00:00' }).effectiveStart).toBe('2026-06-05');
  });
});

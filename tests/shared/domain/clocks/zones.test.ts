// Instants are read in the office's zone. WIB = UTC+7, WITA = UTC+8, WIT = UTC+9 (no DST).
import { describe, expect, it } from 'vitest';
import { CALENDAR_ID_2024_2026, createCalendar } from '../../../../shared/domain/calendar';
import { computeDeadline } from '../../../../shared/domain/clocks';

const cal = createCalendar(CALENDAR_ID_2024_2026);
const at = (from: string, zone?: string) => computeDeadline({ clock: 'request', from, zone }, cal);

describe('the UTC trap', () => {
  it('2026-12-17T16:30Z is Friday 18 Dec 00:30 WITA, not Thursday 17 Dec', () => {
    // 16:30 UTC + 8 h = 00:30 on the 18th. Fri 18 Dec is a working day and 00:30 is before 16:00,
    // so day 0 = Fri 18 Dec. 21 Mon = 1, 22 = 2, 23 = 3, (24 cuti, 25 Natal, 26-27), 28 = 4,
    // 29 = 5, 30 = 6, 31 = 7, 1 Jan 2027 Fri = 8 (no 2027 data), (2-3), 4 Mon = 9, 5 Tue = 10.
    // Taking the UTC date (Thu 17) as day 0 would give Mon 4 Jan 2027: one working day early.
    const result = at('2026-12-17T16:30Z');
    expect(result.receivedLocalDate).toBe('2026-12-18');
    expect(result.receivedLocalTime).toBe('00:30');
    expect(result.effectiveStart).toBe('2026-12-18');
    expect(result.due).toBe('2027-01-05');
    expect(result.explanation[0]).toBe('Permohonan diterima Jumat, 18 Desember 2026 pukul 00.30 WITA (Asia/Makassar).');
    expect(result.coverageWarning).toContain('2027');
  });

  it('the same instant written with +08:00 gives the same answer', () => {
    expect(at('2026-12-18T00:30:00+08:00').due).toBe('2027-01-05');
  });
});

describe('one instant, three zones', () => {
  it('2026-06-04T16:30Z is Thursday in WIB but Friday in WITA and WIT', () => {
    // WIB: 23:30 Thu 4 Jun (after 16:00 → day 0 Fri 5 Jun). WITA: 00:30 Fri 5 Jun. WIT: 01:30 Fri 5 Jun.
    const wib = at('2026-06-04T16:30:00Z', 'Asia/Jakarta');
    const wita = at('2026-06-04T16:30:00Z', 'Asia/Makassar');
    const wit = at('2026-06-04T16:30:00Z', 'Asia/Jayapura');
    expect([wib.receivedLocalDate, wita.receivedLocalDate, wit.receivedLocalDate]).toEqual([
      '2026-06-04',
      '2026-06-05',
      '2026-06-05',
    ]);
    expect([wib.receivedLocalTime, wita.receivedLocalTime, wit.receivedLocalTime]).toEqual(['23:30', '00:30', '01:30']);
    // All three start on Fri 5 Jun: due Mon 22 Jun (counted in requestClock.test.ts).
    expect([wib.effectiveStart, wita.effectiveStart, wit.effectiveStart]).toEqual(['2026-06-05', '2026-06-05', '2026-06-05']);
    expect(wib.due).toBe('2026-06-22');
    expect(wib.explanation[0]).toBe('Permohonan diterima Kamis, 4 Juni 2026 pukul 23.30 WIB (Asia/Jakarta).');
    expect(wit.explanation[0]).toBe('Permohonan diterima Jumat, 5 Juni 2026 pukul 01.30 WIT (Asia/Jayapura).');
  });

  it('2026-06-05T08:30Z is before the cutoff in WIB only: different due dates', () => {
    // WIB 15:30 Fri → day 0 Fri 5 Jun → due Mon 22 Jun.
    // WITA 16:30 / WIT 17:30 Fri → day 0 Mon 8 Jun → due Tue 23 Jun.
    expect(at('2026-06-05T08:30:00Z', 'Asia/Jakarta').due).toBe('2026-06-22');
    expect(at('2026-06-05T08:30:00Z', 'Asia/Makassar').due).toBe('2026-06-23');
    expect(at('2026-06-05T08:30:00Z', 'Asia/Jayapura').due).toBe('2026-06-23');
  });

  it("the input's offset does not choose the zone: the office's zone does", () => {
    // 15:30+07:00 = 08:30Z = 16:30 WITA: after the cutoff in a WITA office.
    const result = at('2026-06-05T15:30:00+07:00');
    expect(result.receivedLocalTime).toBe('16:30');
    expect(result.due).toBe('2026-06-23');
  });

  it('Pontianak is WIB too, and zone ids are canonicalised', () => {
    expect(at('2026-06-05T08:30:00Z', 'Asia/Pontianak').explanation[0]).toContain('WIB (Asia/Pontianak)');
    expect(at('2026-06-05T08:30:00Z', 'asia/jakarta').zone).toBe('Asia/Jakarta');
  });

  it('a zone outside Indonesia is named by its IANA id', () => {
    // 08:30Z is 08:30 in UTC: before the cutoff on Fri 5 Jun.
    const result = at('2026-06-05T08:30:00Z', 'UTC');
    expect(result.receivedLocalDate).toBe('2026-06-05');
    expect(result.explanation[0]).toBe('Permohonan diterima Jumat, 5 Juni 2026 pukul 08.30 UTC.');
  });
});

describe('offsets accepted', () => {
  it.each([
    ['2026-06-05T07:30:00+08:00', '07:30'],
    ['2026-06-05T07:30+08:00', '07:30'],
    ['2026-06-05T07:30:00+0800', '07:30'],
    ['2026-06-04T23:30:00Z', '07:30'],
    ['2026-06-04t23:30:00z', '07:30'],
    ['2026-06-04 23:30:00Z', '07:30'],
    ['2026-06-05T08:30:00.5+09:00', '07:30'],
  ])('%s → 07:30 WITA on 5 Jun', (from, time) => {
    const result = at(from);
    expect(result.receivedLocalDate).toBe('2026-06-05');
    expect(result.receivedLocalTime).toBe(time);
  });
});

// Integer day numbers agree with Temporal on every date the app accepts (1970-2199).
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { CALENDAR_ID_2024_2026, createCalendar, workingDaysBetween } from '../../../../shared/domain/calendar';
import { dateOfEpochDay, epochDayOf } from '../../../../shared/domain/calendar/localDate';

describe('epoch day numbers', () => {
  it('match Temporal for every day from 1970 to 2199, both ways', () => {
    let date = Temporal.PlainDate.from('1970-01-01');
    let n = 0;
    const wrong: string[] = [];
    for (; date.year < 2200; date = date.add({ days: 1 }), n += 1) {
      const text = date.toString();
      if (epochDayOf(text) !== n || dateOfEpochDay(n) !== text) wrong.push(text);
    }
    expect(n).toBe(Temporal.PlainDate.from('1970-01-01').until('2200-01-01').days);
    expect(wrong).toEqual([]);
  });

  it('refuse a date that does not exist', () => {
    expect(() => epochDayOf('2026-02-30')).toThrow(RangeError);
  });

  it('give workingDaysBetween the same answers as stepping with Temporal', () => {
    const cal = createCalendar(CALENDAR_ID_2024_2026);
    const slow = (a: string, b: string) => {
      const [from, to, sign] = a < b ? [a, b, 1] : [b, a, -1];
      let count = 0;
      for (let d = Temporal.PlainDate.from(from); Temporal.PlainDate.compare(d, Temporal.PlainDate.from(to)) < 0; ) {
        d = d.add({ days: 1 });
        if (cal.isWorkingDay(d.toString())) count += 1;
      }
      return sign * count;
    };
    const dates = ['2024-01-01', '2024-04-10', '2025-08-18', '2025-12-31', '2026-03-17', '2026-03-21', '2026-04-08', '2026-12-31', '2027-02-01'];
    for (const a of dates) for (const b of dates) expect(workingDaysBetween(a, b, cal), `${a} → ${b}`).toBe(a === b ? 0 : slow(a, b));
  });
});

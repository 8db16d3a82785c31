// The Indonesian date text: what officers type becomes the machine value, whatever the browser's
// language; impossible dates and hours are named, not silently shifted.
import { describe, expect, it } from 'vitest';
import { formatDateText, localValueAt, maskTyping, parseDateText, stepDateText } from '../../../renderer/src/forms/dateText';

const typeInto = (keys: string, mode: 'date' | 'datetime') => [...keys].reduce((text, key) => maskTyping(text, text + key, mode), '');

describe('parseDateText', () => {
  it.each([
    ['17/03/2026', '2026-03-17'],
    ['7/3/2026', '2026-03-07'],
    ['17-03-2026', '2026-03-17'],
    ['17.03.2026', '2026-03-17'],
    ['17032026', '2026-03-17'],
    [' 2026-03-17 ', '2026-03-17'],
    ['29/02/2028', '2028-02-29'],
  ])('reads the date %s', (text, value) => {
    expect(parseDateText(text, 'date')).toEqual({ ok: true, value });
  });

  it.each([
    ['17/03/2026 14:30', '2026-03-17T14:30'],
    ['17/03/2026 9:05', '2026-03-17T09:05'],
    ['17/03/2026 14.30', '2026-03-17T14:30'],
    ['17032026 1430', '2026-03-17T14:30'],
    ['2026-03-17T14:30', '2026-03-17T14:30'],
    ['17/03/2026 00:00', '2026-03-17T00:00'],
  ])('reads the date-time %s', (text, value) => {
    expect(parseDateText(text, 'datetime')).toEqual({ ok: true, value });
  });

  it('names what is wrong', () => {
    expect(parseDateText('31/02/2026', 'date')).toEqual({ ok: false, problem: 'noSuchDate' });
    expect(parseDateText('29/02/2026 10:00', 'datetime')).toEqual({ ok: false, problem: 'noSuchDate' });
    expect(parseDateText('17/13/2026', 'date')).toEqual({ ok: false, problem: 'noSuchDate' });
    expect(parseDateText('03/17/26', 'date')).toEqual({ ok: false, problem: 'format' });
    expect(parseDateText('kemarin', 'date')).toEqual({ ok: false, problem: 'format' });
    expect(parseDateText('17/03/2026', 'datetime')).toEqual({ ok: false, problem: 'time' });
    expect(parseDateText('17/03/2026 24:00', 'datetime')).toEqual({ ok: false, problem: 'time' });
    expect(parseDateText('17/03/2026 05:14 PM', 'datetime')).toEqual({ ok: false, problem: 'format' });
  });
});

describe('maskTyping', () => {
  it('puts the separators in while the officer types digits only', () => {
    expect(typeInto('170320261430', 'datetime')).toBe('17/03/2026 14:30');
    expect(typeInto('17032026', 'date')).toBe('17/03/2026');
  });

  it('swallows a separator typed after an automatic one, and pads a single digit', () => {
    expect(typeInto('17/03/2026 14:30', 'datetime')).toBe('17/03/2026 14:30');
    expect(typeInto('7/3/2026 9:05', 'datetime')).toBe('07/03/2026 09:05');
    expect(typeInto('7-3-2026', 'date')).toBe('07/03/2026');
  });

  it('leaves deletions and edits in the middle alone', () => {
    expect(maskTyping('17/03/', '17/03', 'date')).toBe('17/03');
    expect(maskTyping('17/03/2026', '18/03/2026', 'date')).toBe('18/03/2026');
    // After deleting the automatic "/", typing on puts it back.
    expect(maskTyping('17', '170', 'date')).toBe('17/0');
  });
});

describe('formatting and stepping', () => {
  it('formats machine values as dd/mm/yyyy HH:mm', () => {
    expect(formatDateText('2026-03-07', 'date')).toBe('07/03/2026');
    expect(formatDateText('2026-03-07T09:05', 'datetime')).toBe('07/03/2026 09:05');
  });

  it('gives the office-local value of an instant, not UTC', () => {
    // 23:30 UTC on 16 March is 07:30 WITA on the 17th.
    expect(localValueAt(Date.parse('2026-03-16T23:30:00Z'), 'Asia/Makassar', 'datetime')).toBe('2026-03-17T07:30');
    expect(localValueAt(Date.parse('2026-03-16T23:30:00Z'), 'Asia/Makassar', 'date')).toBe('2026-03-17');
    expect(localValueAt(Date.parse('2026-03-16T23:30:00Z'), 'Asia/Jakarta', 'date')).toBe('2026-03-17');
    expect(localValueAt(Date.parse('2026-03-16T16:30:00Z'), 'Asia/Jakarta', 'date')).toBe('2026-03-16');
  });

  it('steps the part under the caret and carries over like a calendar', () => {
    expect(stepDateText('31/01/2026 10:00', 1, 1, 'datetime')).toEqual({ text: '01/02/2026 10:00', caret: 1 });
    expect(stepDateText('31/01/2026 10:00', 4, 1, 'datetime')?.text).toBe('28/02/2026 10:00');
    expect(stepDateText('31/01/2026 10:00', 12, -1, 'datetime')?.text).toBe('31/01/2026 09:00');
    expect(stepDateText('31/01/2026 23:59', 16, 1, 'datetime')?.text).toBe('01/02/2026 00:00');
    expect(stepDateText('17/03/2026', 8, -1, 'date')?.text).toBe('17/03/2025');
    expect(stepDateText('17/03/20', 1, 1, 'date')).toBeNull();
  });
});
